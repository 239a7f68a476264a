// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// Words a channel's codes for the window (translatable): the connection banner's reason and the
// event log's snapshot lines. What the server sent (a close reason) is quoted as plain text.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
public:
    // The banner's reason: why the channel is where it is, with the retry delay when reconnecting.
    static QString status(const ChannelStatus &status);
    // The window's banner: the reason as full sentences, capitalised, without the retry part (the
    // banner counts down itself); a 4401 says the server needs a token.
    static QString sentence(const ChannelStatus &status);
    // Why the last connection ended (no retry part).
    static QString cause(const ChannelStatus &status);
    static QString snapshotFailure(const SnapshotFailure &failure);
    // The event log's line for a given-up snapshot.
    static QString snapshotLogLine(const SnapshotFailure &failure);
    static QString seconds(int ms);
};

} // namespace mirage
