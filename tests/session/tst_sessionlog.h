// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The activity log as a user reads it (issue #13), from messages fed to a session without a
// socket: sentences with people's names (kept after they leave, also when they joined and left in
// one read; renamed twice in one read, each line with the name of its moment), steps by number and name, files by name; the item each entry is about; identical
// entries folded into one row; the text search. The words are made when a row is shown (issue #14)
// and are those made per event before: every role of every row of a long session is compared with
// tests/data/fixtures/log-words.txt (written by the per-event words, before the change).
class TestSessionLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinAndLeaveInOneReadKeepTheName();
    void twoRenamesInOneReadNameEachStep();
    void fileOfSomeoneWhoLeftNamesThem();
    void uploaderAsAnObjectIsNamedEverywhere();
    void activityAndStepsInWords();
    void identicalEntriesFold();
    void foldingKeepsTheCap();
    void searchFiltersOnTheText();
    void resyncIsSaid();
    void connectionTransitionsOnly();
    void wordsAsBefore();
    void rejectionsInWatchWords();
};
