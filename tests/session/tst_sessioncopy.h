// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The local copy in a session (issue #12), no socket: restoring a copy, "since you last looked"
// when a snapshot replaces it (ChangesModel), the steps' unread markers and their persistence. And
// one over a socket: a copy dumped off the GUI thread while events arrive (issue #26).
class TestSessionCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoredCopyIsShown();
    void snapshotListsWhatChanged();
    void liveEditsAreUnreadOnlyWhenNotLooking();
    void unreadSetSurvivesTheCopy();
    void corruptCopyLeavesStateUntouched();
    void longDiffIsCapped();
    void reversedStepsAreAllReported();
    void everyKindOfChangeFromTheCopy();
    void peopleAndFilesComeBackWithTheCopy();
    void dumpWhileEventsArriveIsTheStateAtItsMoment();
};
