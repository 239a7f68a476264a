# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# `cpack -G DEB` in a (Release) build tree: the miragedesk .deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME miragedesk)
set(CPACK_PACKAGE_VENDOR "MirageDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "MirageDesk developers <miragedesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for live MIRAGE-XR activities")
# The extended description as dpkg shows it: lines of at most 80 columns with the leading space.
set(CPACK_PACKAGE_DESCRIPTION
    "MirageDesk follows MIRAGE-XR activities (step-by-step augmented-reality
instructions edited by several people at once) live over the server's WebSocket
channel: the steps and their contents, the people in the activity and their
status, the files that come and go, with desktop notifications. It also has
headless watch and replay commands for scripts and tests.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The Debian revision comes from the latest entry of the changelog (installed as
# changelog.Debian.gz), which must be for this version.
file(STRINGS "${PROJECT_SOURCE_DIR}/debian/changelog" MIRAGEDESK_CHANGELOG_TOP LIMIT_COUNT 1)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/debian/changelog")
if(NOT MIRAGEDESK_CHANGELOG_TOP MATCHES "^miragedesk \\(([^)-]+)-([^)]+)\\)")
    message(FATAL_ERROR "debian/changelog does not start with 'miragedesk (VERSION-REVISION)'")
endif()
if(NOT CMAKE_MATCH_1 VERSION_EQUAL PROJECT_VERSION)
    message(FATAL_ERROR "debian/changelog's latest entry is for ${CMAKE_MATCH_1}: add one for ${PROJECT_VERSION}")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE "${CMAKE_MATCH_2}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Shared libraries (Qt WebSockets, Quick, DBus, …) come from dpkg-shlibdeps; what it cannot see —
# the QML modules the window imports at run time and the X11 platform plugin — and the Recommends
# (a secret service for the tokens, a notification daemon, a colour emoji font, Qt's own
# translations) are debian/control's, read here: one list for both packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
file(READ "${PROJECT_SOURCE_DIR}/debian/control" MIRAGEDESK_CONTROL)
foreach(field Depends Recommends)
    if(NOT MIRAGEDESK_CONTROL MATCHES "\nPackage: miragedesk\n.*\n${field}:([^\n]*(\n[ \t][^\n]*)*)")
        message(FATAL_ERROR "debian/control: the miragedesk package has no ${field}")
    endif()
    string(REGEX REPLACE "\\$\\{[^}]*\\}," "" value "${CMAKE_MATCH_1}") # ${shlibs:Depends}, …: debhelper's
    string(REGEX REPLACE "[ \t\n]+" " " value "${value}")
    string(STRIP "${value}" value)
    string(TOUPPER "${field}" FIELD)
    set(CPACK_DEBIAN_PACKAGE_${FIELD} "${value}")
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/debian/control")
include(CPack)
