// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace mirage {

// The connection options both entry points take (`miragedesk` and `miragedesk watch`) as
// definitions only: names, value names and one help text each. They live here, in QtCore, so that
// the launcher's --help lists them without linking the network; sync/ConnectionOptions reads them.
class ConnectionFlags
{
public:
    ConnectionFlags();

    void addTo(QCommandLineParser &parser) const;
    QList<QCommandLineOption> all() const;

    const QCommandLineOption server;
    const QCommandLineOption activity;
    const QCommandLineOption tokenFile;
    const QCommandLineOption tokenQuery;
    const QCommandLineOption origin;
    const QCommandLineOption caFile;
};

} // namespace mirage
