// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The one source of a precompiled-header target (tests/CMakeLists.txt): its header is the product.
