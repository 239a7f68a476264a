// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "../common/binaryrun.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class TestReplayCommand : public QObject
{
    Q_OBJECT

    using Run = BinaryRun;
    static Run run(const QStringList &args) { return BinaryRun::of(args); }
    static QString data(const char *name) { return QStringLiteral(MIRAGEDESK_TEST_DATA "/") + QLatin1String(name); }
    QTemporaryDir m_tmp;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_tmp.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void replaysSampleToStdout();
    void dumpToFileAndPrintEvents();
    void badArguments_data();
    void badArguments();
    void snapshotMustBeAnObject_data();
    void snapshotMustBeAnObject();
    void emptyAndCrlfLogs();
    void outputIsCleanUtf8();
    void recordedFramesReplayAsWatched();
    void bigActivityReplaysWhole();
    void versionAndHelp();
};
