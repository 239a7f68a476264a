# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# Debian's hardening flags (what `dpkg-buildflags` gives with hardening=+all), for every target of
# the build the .deb is made from: lintian and `hardening-check` look for them in usr/bin/miragedesk.
# PIE comes from POSITION_INDEPENDENT_CODE with the compiler's and linker's -pie (CMP0083).
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection -Wformat -Werror=format-security)
# _FORTIFY_SOURCE needs the optimiser; a Debug build (-O0) would only warn.
add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
add_link_options(LINKER:-z,relro LINKER:-z,now)
