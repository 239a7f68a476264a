// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted for layering_catches_violations: the window's main may not include cli.
#include "cli/commandline.h"
