// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestSessionJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void logShowsHistoryAfterRestart();
    void namesDoNotFallBackToIds();
    void historyPagesAsTheUserScrolls();
    void searchCoversTheWholeHistory();
    void keptOnTheJournalsThread();
    void workspaceRestartKeepsTheLog();
    void journalProblemIsSaid();
    void catchUpIsKeptAndAStepHasAHistory();
};
