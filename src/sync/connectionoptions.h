// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace mirage {

struct ChannelEndpoint;
struct ChannelSettings;

// The connection options both entry points take (`miragedesk` and `miragedesk watch`): --server,
// --activity, --token-file, --token-query, --origin, with one help text each, and how they are read
// into ChannelSettings. The token comes from --token-file, else $MIRAGEDESK_TOKEN (TokenSource).
class ConnectionOptions
{
public:
    ConnectionOptions();

    void addTo(QCommandLineParser &parser) const;
    // --origin, --token-query and the token into `settings`; false with a reason that never holds
    // the token when the token file cannot be read. The token is bound to no server yet.
    bool read(const QCommandLineParser &parser, ChannelSettings *settings, QString *error) const;
    // The token belongs to the server given with --server: only `endpoint`'s server gets it.
    static void bindToken(ChannelSettings *settings, const ChannelEndpoint &endpoint);

    const QCommandLineOption server;
    const QCommandLineOption activity;
    const QCommandLineOption tokenFile;
    const QCommandLineOption tokenQuery;
    const QCommandLineOption origin;
};

} // namespace mirage
