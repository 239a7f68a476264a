// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QDebug>
#include <QProcess>
#include <QStringList>

// The real `miragedesk` binary run as a user runs it: its exit code (-1 when it crashed) and what it
// printed on stdout and stderr.
struct BinaryRun
{
    int code = -1;
    QByteArray out, err;

    static BinaryRun of(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MIRAGEDESK_BINARY), args);
        if (!p.waitForFinished(60000))
            qWarning() << "did not finish";
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
};
