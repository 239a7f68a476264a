// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/changesmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <string>
#include <string_view>
#include <vector>

namespace mirage {

class ActivityDiff;
class JsonValue;
class StepModel;

// What the user has not seen yet (issue #12): "since you last looked" (the diff between a copy, or
// the state before a reconnect, and the snapshot that replaced it), the steps' unread markers
// (StepModel's `unread` role) and the count of changes applied while the user was not looking.
// Its owner feeds it what happened; it marks rows on the StepModel it is given and tells by
// signals, never calling its owner.
class CatchUp : public QObject
{
    Q_OBJECT
    // Changes applied while the user was not looking at this activity (the sidebar's count).
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged FINAL)
    // What changed between the copy (or the state before a reconnect) and the snapshot that replaced it.
    Q_PROPERTY(mirage::ChangesModel *changes READ changes CONSTANT FINAL)
public:
    explicit CatchUp(StepModel *steps, QObject *parent = nullptr);

    int unreadCount() const { return m_unread; }
    ChangesModel *changes() { return &m_changes; }
    // Whether the user is looking now (selected, window active): what arrives then counts as seen.
    void setUserIsLooking(bool looking);
    bool userIsLooking() const { return m_looking; }

    // The views call markStepSeen() when a step is selected.
    Q_INVOKABLE void markStepSeen(const QString &id);
    Q_INVOKABLE void markAllSeen();

    // What happened, from the owner. A snapshot replaced what was shown: its diff, shown and its
    // steps marked (in the next frame()).
    void snapshotReplaced(const ActivityDiff &diff, const JsonValue &doc, std::string_view stepsKey);
    // A message was applied (counted unread unless the user looks), and what it did to the steps.
    void applied();
    void stepsChanged(
        const std::vector<std::string> &inserted, const std::vector<std::string> &changed, const std::vector<std::string> &removed);
    // The frame that shows the new rows: the markers of what arrived, the count. True when the
    // markers changed (a new copy is due).
    bool frame();

    // The part of the local copy that is this (ActivityCopy::viewed): the unread steps and when
    // the user last looked. restore() takes a copy's; viewed() is what to save at `savedAt`.
    void restore(const QJsonObject &viewed);
    QJsonObject viewed(const QDateTime &savedAt) const;

Q_SIGNALS:
    void unreadCountChanged();
    // The user saw steps (markStepSeen, markAllSeen): the markers changed, a new copy is due.
    void seen();

private:
    void forget(const QString &key);

    StepModel *m_steps;
    ChangesModel m_changes;
    bool m_looking = false;
    QDateTime m_viewedAt; // when the user last looked (UTC); kept in the copy
    QSet<QString> m_pending; // steps changed while not looking, marked in the next frame
    int m_unread = 0, m_unreadFrame = 0; // m_unreadFrame: unread changes not yet counted in a frame
};

} // namespace mirage
