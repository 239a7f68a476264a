# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# The QML compiled to C++ is the same for the same QML. Qt 6.4's qmlcachegen writes a binding's
# register declarations in an order that changes from run to run (a hash of pointers), so the
# generated C++ differed between two builds of one tree: the Debian package build (ctest
# package_debian) missed the compiler cache on every compiled QML file (about 45 s of CPU in the
# window library), and the package could not be reproduced bit for bit. A wrapper runs qmlcachegen
# and sorts those declarations (cmake/qmlcachegen-canonical.awk).
# miragedesk_canonical_qmlcachegen(TARGET): for a target of qt_add_qml_module, before that call.
function(miragedesk_canonical_qmlcachegen target)
    get_target_property(real Qt6::qmlcachegen IMPORTED_LOCATION_NONE)
    if(NOT real)
        get_target_property(real Qt6::qmlcachegen IMPORTED_LOCATION)
    endif()
    find_program(MIRAGEDESK_AWK awk)
    if(NOT real OR NOT MIRAGEDESK_AWK)
        return()
    endif()
    set(MIRAGEDESK_QMLCACHEGEN_REAL ${real})
    set(MIRAGEDESK_QMLCACHEGEN_AWK ${PROJECT_SOURCE_DIR}/cmake/qmlcachegen-canonical.awk)
    set(wrapper ${PROJECT_BINARY_DIR}/qmlcachegen-canonical)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/qmlcachegen-canonical.in ${wrapper} @ONLY
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    set_target_properties(${target} PROPERTIES QT_QMLCACHEGEN_EXECUTABLE ${wrapper})
endfunction()
