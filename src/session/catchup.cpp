// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/catchup.h"

#include "protocol/activitydiff.h"
#include "session/jsontext.h"
#include "session/stepmodel.h"

#include <QJsonArray>
#include <utility>

namespace mirage {

namespace {
// The session's own marker in the copy (ActivityCopy::viewed), each key written once.
const QLatin1String kUnreadKey("unread"), kViewedAtKey("viewedAt");
} // namespace

CatchUp::CatchUp(StepModel *steps, QObject *parent)
    : QObject(parent)
    , m_steps(steps)
{
}

void CatchUp::setUserIsLooking(bool looking)
{
    if (looking == m_looking)
        return;
    m_looking = looking;
    m_viewedAt = QDateTime::currentDateTimeUtc();
    if (looking && m_unread != 0) {
        m_unread = 0;
        Q_EMIT unreadCountChanged();
    }
}

void CatchUp::forget(const QString &key)
{
    m_pending.remove(key);
    m_steps->setUnread(key, false);
}

void CatchUp::markStepSeen(const QString &id)
{
    const QString key = JsonText::idKey(id.toStdString());
    m_pending.remove(key);
    if (m_steps->setUnread(key, false))
        Q_EMIT seen();
}

void CatchUp::markAllSeen()
{
    m_pending.clear();
    if (m_steps->clearUnread())
        Q_EMIT seen();
}

void CatchUp::snapshotReplaced(const ActivityDiff &diff, const JsonValue &doc, std::string_view stepsKey)
{
    if (diff.empty())
        return;
    m_changes.show(diff, doc, stepsKey);
    for (const ActivityDiff::RemovedStep &r : diff.removed)
        forget(JsonText::idKey(r.id));
    // Marked in the frame that loads the new rows.
    for (const ActivityDiff::AddedStep &a : diff.added)
        m_pending.insert(JsonText::idKey(a.id));
    for (const ActivityDiff::EditedStep &e : diff.edited)
        m_pending.insert(JsonText::idKey(e.id));
    for (const ActivityDiff::MovedStep &mv : diff.moved)
        m_pending.insert(JsonText::idKey(mv.id));
}

void CatchUp::applied()
{
    if (!m_looking)
        ++m_unreadFrame;
}

void CatchUp::stepsChanged(
    const std::vector<std::string> &inserted, const std::vector<std::string> &changed, const std::vector<std::string> &removed)
{
    for (const std::string &id : removed)
        forget(JsonText::idKey(id));
    if (m_looking) // what arrives while the user looks counts as seen
        return;
    for (const std::string &id : inserted)
        m_pending.insert(JsonText::idKey(id));
    for (const std::string &id : changed)
        m_pending.insert(JsonText::idKey(id));
}

bool CatchUp::frame()
{
    const bool marked = m_steps->addUnread(std::exchange(m_pending, {}));
    if (m_unreadFrame != 0) {
        m_unread += std::exchange(m_unreadFrame, 0);
        Q_EMIT unreadCountChanged();
    }
    return marked;
}

void CatchUp::restore(const QJsonObject &viewed)
{
    QSet<QString> unread;
    for (const QJsonValue &id : viewed.value(kUnreadKey).toArray()) {
        if (id.isString())
            unread.insert(JsonText::idKey(id.toString().toStdString()));
    }
    m_pending.clear();
    m_steps->setUnreadSet(std::move(unread));
    m_viewedAt = QDateTime::fromString(viewed.value(kViewedAtKey).toString(), Qt::ISODateWithMs);
}

QJsonObject CatchUp::viewed(const QDateTime &savedAt) const
{
    QJsonObject out;
    QStringList unread(m_steps->unreadSet().cbegin(), m_steps->unreadSet().cend());
    unread.sort(); // the same set writes the same bytes
    out.insert(kUnreadKey, QJsonArray::fromStringList(unread));
    const QDateTime viewed = m_looking ? savedAt : m_viewedAt;
    if (viewed.isValid())
        out.insert(kViewedAtKey, viewed.toUTC().toString(Qt::ISODateWithMs));
    return out;
}

} // namespace mirage
