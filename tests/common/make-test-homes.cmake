# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# cmake -DHOMES=DIR -DTESTS=a,b,c -P make-test-homes.cmake: the ctest fixture `test_homes`. Empties
# DIR and makes, for every test, DIR/NAME with config, data, cache, state and runtime (0700)
# folders: the HOME and XDG_* directories tests/CMakeLists.txt gives that test, so that tests
# running at once (ctest -j) share no settings file, local copy, keyring or instance socket.
if(NOT HOMES OR NOT TESTS)
    message(FATAL_ERROR "usage: cmake -DHOMES=DIR -DTESTS=a,b,c -P make-test-homes.cmake")
endif()
string(REPLACE "," ";" TESTS "${TESTS}")
file(REMOVE_RECURSE "${HOMES}")
foreach(test IN LISTS TESTS)
    foreach(sub config data cache state runtime)
        file(MAKE_DIRECTORY "${HOMES}/${test}/${sub}")
    endforeach()
    file(CHMOD "${HOMES}/${test}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endforeach()
