// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// One MirageDesk per session, and miragedesk:// links, with the real binary under a private X
// server and D-Bus session (tests/gui/run-in-session).
class TestInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void linksAreParsedOrRefusedWithTheReason_data();
    void linksAreParsedOrRefusedWithTheReason();
    void linksAreLimitedAndOpenedOneATurn();
    void secondStartHandsItsActivityToTheRunningWindow();
    void threeSimultaneousStartsGiveOneWindow_data();
    void threeSimultaneousStartsGiveOneWindow();
    void aStoppedFirstInstanceIsWaitedForNotReplaced_data();
    void aStoppedFirstInstanceIsWaitedForNotReplaced();
    void withoutASessionBusAStaleSocketIsReplaced();
    void theBusStartsTheServiceForOpenAndActivate();
    void anOwnerThatRefusesIsReportedNotBypassed();
    void theLocalSocketHasTheSameLimits();
    void aFloodOfLinksIsRefusedAndTheBusKeepsAnswering(); // last: it leaves 21 activities to restore
};
