// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// qml/EventLogView.qml in a window over a session's real log (issue #13): typing in the search
// field filters the list and the count says so; clicking an entry asks to show its item. Hidden
// (as in a tab not shown), it makes no delegate and asks no row's data; shown again, it is at the
// newest entry (issue #14). At its capacity, where every frame drops the oldest entries, a hidden
// log makes the window draw nothing, and shown again it is at the newest entry, or at the row the
// user had selected. The history a journal kept (issue #27) is read a page at a time as the user
// scrolls up, not all at once.
class TestEventLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchFiltersAndClickShowsTheItem();
    void hiddenLogCostsNothing();
    void hiddenLogAtCapacityDrawsNothing();
    void historyIsReadAsTheUserScrollsUp();
};
