// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The session's models driven from NDJSON fixtures (tests/data/fixtures), without a socket: the
// rows, the exact roles of each dataChanged, insert/remove ranges, the log and the popups.
class TestSessionFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotLoadsStepsAndContents();
    void fixtureFramesSignalPrecisely();
    void personWhoLeftKeepsTheirName();
    void badSnapshotLeavesStateUntouched();
};
