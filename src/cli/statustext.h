// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"

#include <QString>

namespace mirage {

// The one place that words a channel's codes for `watch`'s stderr (plain English, not translated:
// scripts and tests read these lines).
class StatusText
{
public:
    // What a state change says: "connecting to …", "connected to …", "…; retrying in 0.4 s", or a
    // refusal ("the server refused the connection: …").
    static QString status(const ChannelStatus &status);
    // Why the last connection ended (without the retry): "no answer to a ping within 0.30 s: …".
    static QString cause(const ChannelStatus &status);
    static QString snapshotFailure(const SnapshotFailure &failure);
    // The warning line of a given-up snapshot.
    static QString snapshotWarning(const SnapshotFailure &failure);
    // A duration as `watch` shows it: "0.30 s", "1.5 s", "30 s".
    static QString seconds(int ms);
};

} // namespace mirage
