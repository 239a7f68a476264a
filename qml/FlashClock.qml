// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQml

// A time for StepsView's highlight other than the system's: `time` in ms since the epoch (as the
// model's changedAt), moved only when told; each row shows, when it moves, what it shows then.
// The window uses none (the system's time); a test moves one by hand.
QtObject {
    property double time
}
