// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The window's models, fed through a real ActivitySession and ActivityChannel by a real
// QWebSocketServer on 127.0.0.1, each watched by QAbstractItemModelTester.
class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void stepsLoadFromRetrievedActivity();
    void stepEditIsOneDataChangedForThatRow();
    void stepAddRemoveAndReorderArePreciseRowSignals();
    void burstOfEditsIsCoalescedIntoOneFrame();
    void countsShowAFewTimesASecondAndEndOnTheFinalCounts();
    void contentCountsFollowActivityLevelContent();
    void legacyArlemActionsAreSteps();
    void participantsJoinChangeAndLeave();
    void filesUploadDownloadDelete();
    void notificationsAreRequestedOncePerKeyPerFrame();
    void eventLogKeepsRejectionsFiltersAndIsCapped();
    void recentActivitiesPersistNewestFirst();
    void stepDetailsInEveryShape();
};
