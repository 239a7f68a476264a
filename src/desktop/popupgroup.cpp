// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/popupgroup.h"

namespace mirage {

PopupGroup::PopupGroup(const NotificationRequest &first)
    : m_first(first)
{
    add(first);
}

bool PopupGroup::add(const NotificationRequest &request)
{
    if (m_keys.contains(request.key))
        return false;
    m_keys.insert(request.key);
    if (request.who.isEmpty()) {
        ++m_unnamed;
    } else if (!m_people.contains(request.who)) {
        m_people.insert(request.who);
        if (m_firstPeople.size() < kFirstPeople)
            m_firstPeople << request.who;
    }
    if (!request.itemId.isEmpty())
        m_latestItem = request.itemId;
    m_first.urgency = std::max(m_first.urgency, request.urgency);
    return true;
}

QString PopupGroup::names(const QStringList &names, int total)
{
    if (names.isEmpty())
        return {};
    if (total == 1)
        return names[0];
    if (total == 2 && names.size() >= 2)
        return tr("%1 and %2").arg(names[0], names[1]);
    if (total == 3 && names.size() >= 3)
        return tr("%1, %2 and %3").arg(names[0], names[1], names[2]);
    if (names.size() >= 2)
        return tr("%1, %2 and %n others", nullptr, total - 2).arg(names[0], names[1]);
    return tr("%1 and %n others", nullptr, total - 1).arg(names[0]);
}

QString PopupGroup::sentence() const
{
    const int n = count();
    const int people = int(m_people.size());
    switch (m_first.event) {
    case NotificationRequest::Joined:
        return tr("%n people joined: %1", nullptr, n).arg(names(m_firstPeople, people));
    case NotificationRequest::Left:
        return tr("%n people left: %1", nullptr, n).arg(names(m_firstPeople, people));
    case NotificationRequest::Uploaded:
        if (people == 0 || m_unnamed > 0) // not all by the people it would name
            return tr("%n files uploaded", nullptr, n);
        if (people == 1)
            return tr("%1 uploaded %n files", nullptr, n).arg(m_firstPeople[0]);
        return tr("%n files uploaded by %1", nullptr, n).arg(names(m_firstPeople, people));
    case NotificationRequest::FileDeleted:
        return tr("%n files deleted", nullptr, n);
    case NotificationRequest::Other:
        break;
    }
    return tr("%n events", nullptr, n);
}

NotificationRequest PopupGroup::request() const
{
    NotificationRequest r = m_first;
    if (count() < 2)
        return r;
    r.summary = m_first.activity.isEmpty() ? m_first.summary : m_first.activity;
    r.body = sentence();
    r.itemId = m_latestItem;
    return r;
}

} // namespace mirage
