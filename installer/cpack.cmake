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
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog" MIRAGEDESK_CHANGELOG_TOP LIMIT_COUNT 1)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog")
if(NOT MIRAGEDESK_CHANGELOG_TOP MATCHES "^miragedesk \\(([^)-]+)-([^)]+)\\)")
    message(FATAL_ERROR "installer/debian/changelog does not start with 'miragedesk (VERSION-REVISION)'")
endif()
if(NOT CMAKE_MATCH_1 VERSION_EQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/debian/changelog's latest entry is for ${CMAKE_MATCH_1}: add one for ${PROJECT_VERSION}")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE "${CMAKE_MATCH_2}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Shared libraries (Qt WebSockets, Quick, DBus, …) come from dpkg-shlibdeps; what it cannot see —
# the QML modules the window imports at run time and the X11 platform plugin — is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, qt6-qpa-plugins, libqt6svg6")
# A secret service keeps the tokens entered in the window (QtKeychain talks to it over D-Bus);
# a colour emoji font shows emoji in names and descriptions instead of boxes.
# qt6-translations-l10n: Qt's own words (dialog buttons, text field menus) in the window's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dunst | notification-daemon, gnome-keyring | keepassxc, fonts-noto-color-emoji, qt6-translations-l10n")
include(CPack)
