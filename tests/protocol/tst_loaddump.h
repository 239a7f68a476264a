// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestLoadDump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void restoredBehavesAsOriginal();
    void refused_data();
    void refused();
    void refusedLeavesFreshStateUnbound();
    void adoptsOrMatchesActivityId();
};
