// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The popup policy when no notification service is on the (private) session bus: the fallback
// gets plain text, switched-off kinds stay quiet, and only alerts pop up while the user looks;
// floods are summarised; a service that refuses every popup is logged once; a burst of one kind
// in one activity is one popup that grows (issue #13).
class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAServiceThePopupGoesToTheFallback();
    void aFloodOfAlertsIsOneSummary();
    void atMostFourPerKindInAnyFiveSeconds();
    void criticalPopupsOfABurstExpireAfterTenSeconds();
    void aRefusingServiceIsLoggedOnce();
    void aBurstIsOnePopupPerKindThatGrows();
};
