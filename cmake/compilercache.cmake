# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# The compiler cache. When ccache is installed (scripts/bootstrap installs it), every compile goes
# through build/ccache-launcher, which keeps the objects in build/ccache (or $CCACHE_DIR) with
# settings under which the Debian package build (ctest package_debian, which compiles the app again
# with Debian's flags in build/debian-package) finds the project build's objects instead of
# compiling them a second time:
#  - paths are hashed relative to the source tree (CCACHE_BASEDIR, CCACHE_NOHASHDIR), so the copy
#    of the tree the package is built in, one folder deeper, gives the same keys;
#  - -ffile-prefix-map=TREE=. is left out of the hash: each build maps its own tree to ".", so the
#    objects are the same (only the debug info's compile directory names the first tree's build);
#  - the tests' precompiled headers are cached (CCACHE_SLOPPINESS, as ccache's manual says);
#  - the locale is fixed (ccache hashes LANG and LC_*: dpkg-buildpackage runs ninja with
#    LC_ALL=C.UTF-8), so compiler messages are in English.
# scripts/build configures the project with Debian's flags (dpkg-buildflags) for the same reason.
# -DMIRAGEDESK_CCACHE=OFF compiles without it; a CMAKE_CXX_COMPILER_LAUNCHER given is kept.
option(MIRAGEDESK_CCACHE "Compile through ccache when it is installed" ON)
if(MIRAGEDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(MIRAGEDESK_CCACHE_PROGRAM ccache)
    if(MIRAGEDESK_CCACHE_PROGRAM)
        configure_file(${CMAKE_CURRENT_LIST_DIR}/ccache-launcher.in ${CMAKE_BINARY_DIR}/ccache-launcher @ONLY
            FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_BINARY_DIR}/ccache-launcher)
    endif()
endif()
