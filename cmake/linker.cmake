# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# The linker. Every program and test links the static libraries of the layers, so a one-line change
# in protocol relinks some sixty executables; LLVM's lld (Debian's lld, which scripts/bootstrap
# installs) links them in a fifth of the CPU time GNU ld takes, with the same hardening (relro, now,
# PIE) and build ids. Used when the compiler can drive it; -DMIRAGEDESK_USE_LLD=OFF keeps the
# toolchain's default linker.
option(MIRAGEDESK_USE_LLD "Link with lld when it is installed" ON)
if(MIRAGEDESK_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld MIRAGEDESK_HAVE_LLD)
    if(MIRAGEDESK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
