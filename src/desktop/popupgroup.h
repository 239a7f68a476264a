// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/notificationrequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace mirage {

// A burst of popups of one group (the same kind, event and activity) merged into one popup:
// its summary names the activity once, its body says what happened ("Ana Lima uploaded 30 files",
// "10 people joined: Priya Natarajan, Ana Lima and 8 others"). Each subject (key) counts once.
class PopupGroup
{
    Q_DECLARE_TR_FUNCTIONS(mirage::PopupGroup)
public:
    explicit PopupGroup(const NotificationRequest &first);

    // Counts the request in; false when its subject was in already.
    bool add(const NotificationRequest &request);
    int count() const { return int(m_keys.size()); }
    // The one popup of the group, under the first request's key (so it replaces that popup); its
    // default action shows the latest item.
    NotificationRequest request() const;

    // "A", "A and B", "A, B and C", "A, B and 8 others".
    static QString names(const QStringList &names, int total);

private:
    QString sentence() const;

    NotificationRequest m_first;
    // A burst of 10,000 joins is one group: its subjects and people are sets, and only the first
    // names, the ones a sentence can show, are kept in order (issue #23: two lists searched
    // whole for every request made a crowd O(n²)).
    QSet<QString> m_keys;
    QSet<QString> m_people; // distinct
    QStringList m_firstPeople; // the first kFirstPeople of m_people, in the order they came
    static constexpr int kFirstPeople = 3;
    int m_unnamed = 0; // requests that named nobody (an upload by someone unknown)
    QString m_latestItem; // a click on the group shows the latest of its items
};

} // namespace mirage
