// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QTemporaryDir>

class TestCopyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void fileNameHidesServer();
    void debounceCoalesces();
    void flushWritesPending();
    void removeDeletes();
    void missing();
    void truncatedIsSetAside_data();
    void truncatedIsSetAside();
    void garbageIsCorrupt_data();
    void garbageIsCorrupt();
    void newerFormatIsRefused();
    void unreadable();
    void loadAllSkipsBadOnes();
    void newerCopyIsNeverWrittenOver();
    void filesAreTheOwnersAlone();
    void linkAtTheCopysPathIsNotFollowed_data();
    void linkAtTheCopysPathIsNotFollowed();
    void fullDiskKeepsTheCopyAndTriesAgain();
    void killDuringWrite();
    void fiftyLargeCopies();

private:
    QTemporaryDir *m_dir = nullptr;
    QTemporaryDir m_root;
    int m_n = 0;
};
