// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestActivityChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urlRules_data();
    void urlRules();
    void backoffCeilingsAndJitter();
    void originAndBearerOnHandshake();
    void reconnectsAfter1011WithOnePendingAttempt();
    void refusal4404EndsForGood();
    void handshake403EndsForGood();
    void silentServerIsDeclaredDead();
    void eventsDuringSnapshotAreHeldAndApplied();
    void eventsDuringOffThreadLoadComeAfterIt();
    void burstIsAppliedInBoundedBatches();
    void httpsRedirectRules_data();
    void httpsRedirectRules();
};
