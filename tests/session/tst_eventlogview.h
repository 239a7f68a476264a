// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// qml/EventLogView.qml in a window over a session's real log (issue #13): typing in the search
// field filters the list and the count says so; clicking an entry asks to show its item.
class TestEventLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchFiltersAndClickShowsTheItem();
};
