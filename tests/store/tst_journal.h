// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QTemporaryDir>

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void keptAcrossRestarts();
    void writtenOnTheWritersThreadInBatches();
    void pagesNewestFirst();
    void searchFindsAnOldEntry();
    void oldestGoByAge();
    void oldestGoBySize();
    void corruptDatabaseIsSetAside();
    void newerDatabaseIsLeftAlone();
    void filesAreTheOwnersAlone();
    void killLosesAtMostTheLastBatch();

private:
    QTemporaryDir m_root;
    QTemporaryDir *m_dir = nullptr;
    int m_n = 0;
};
