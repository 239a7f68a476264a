// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// A crowd (issue #23): thousands of people joining and leaving an activity, against the real
// reference server (redis-server + daphne), in the real window (QML on an X server) and in the
// real program. Run through tests/gui/run-in-session.
class TestCrowd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sigtermDuringABurstEndsTheProgram();
    void tenThousandJoinAndLeaveCostLittle();
    void noQmlWarnings();
};
