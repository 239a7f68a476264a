// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The window's animation driver with the software scene graph (desktop/framepacer.h, issue #14):
// animations still run to their end; while one runs, the edits a session collected are applied at
// its ticks, just before the animations advance (one frame shows both), and the step model shows
// each edit by the next tick; without animations it does not tick.
class TestFramePacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void animationsRunToTheirEnd();
    void editsAreAppliedAtTheTicksWhileAnAnimationRuns();
    void nothingCollectedEmitsNothing();
};
