// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The catch-up part on its own (issue #24), with a StepModel and an ActivityState and no session:
// "since you last looked", the unread markers of a snapshot's diff and of live edits, the count,
// mark seen, and what it keeps in the local copy.
class TestCatchUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotDiffMarksItsSteps();
    void liveChangesCountOnlyWhenNotLooking();
    void keptInTheCopy();
};
