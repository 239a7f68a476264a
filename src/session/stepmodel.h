// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/avatar.h"
#include "session/keyedlistmodel.h"

#include <QSet>
#include <vector>

namespace mirage {

class ActivityState;

// The activity's steps in order, in any of the shapes of SPEC §7: current (`steps` with content
// at activity level pointing at them), legacy ARLEM (`actions` with `instruction` and
// `enter.activates`) and the simple shape (`steps[].contents`).
//
// Besides KeyedListModel's itemId and changedAt, each row has:
//  - name (QString): the step's name or title (legacy: instruction.title), may be empty.
//  - description (QString): its description (legacy: instruction.description), may be empty.
//  - contentCount (int): how many contents the step shows: its own `contents`, its
//    `enter.activates`, and the activity-level contents whose `steps` name it.
//  - stepType (QString): its `type`, may be empty.
//  - contentText (QString): what the cards of the contents it shows say (ContentDescriber: title,
//    detail, place), one per line, for Find (ListSearch): Find finds what the user sees; may be empty.
//  - unread (bool): the step changed since the user last saw it (issue #12). Not cached with the
//    other roles: a change of the unread set emits dataChanged for this role alone, on that row.
//  - presentPeople (QList<Avatar>): the first people on this step now (issue #13), each an
//    Avatar (Presence::avatar), in the order they came; empty when
//    none. At most Presence::kShown of them (issue #23: a crowd on a step is a count).
//  - presentCount (int): how many people are on this step.
//  - presentText (QString): who is here, for the row's accessible name: "Priya Natarajan is here"
//    (names joined with ", ", each isolated in U+2068…U+2069, "… and N others" past the first
//    shown); empty when nobody.
//    All three are kept like unread: a change emits dataChanged for these roles on that row alone.
// The selected step's contents themselves are in StepContentsModel.
class StepModel : public mirage::KeyedListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = FirstRole,
        DescriptionRole,
        ContentCountRole,
        TypeRole,
        ContentTextRole,
        UnreadRole,
        PresentPeopleRole,
        PresentTextRole,
        PresentCountRole
    };

    using KeyedListModel::KeyedListModel;
    // How many activity-level contents point at each step (by canonical step id).
    void setContentCounts(QHash<QString, int> counts) { m_contentCounts = std::move(counts); }
    // Counts them (and gathers their text) from the activity's `content` array.
    void recountContents(const JsonValue &activity);
    // What a new document's rows and counts are, read on any thread (issue #26: on the worker,
    // beside the snapshot's parse): reloadPrepared() then sets them without a pass over the steps.
    struct ContentIndex
    {
        QHash<QString, int> counts;
        QHash<QString, QVector<uint32_t>> slotsOf; // content[] slots by step id
    };
    struct Prepared
    {
        KeyedRows rows;
        ContentIndex contents;
    };
    static Prepared prepare(const JsonValue &activity);
    static ContentIndex indexContents(const JsonValue &activity);
    void setContentIndex(ContentIndex index);

    QVariant data(const QModelIndex &index, int role) const override;
    // The unread steps, by canonical id; ids of steps not (yet) shown are kept, and read when their
    // row appears. Each returns whether the set changed.
    bool setUnread(const QString &key, bool unread);
    bool clearUnread();
    // Marks several at once: one dataChanged per row for a few, one over the rows' span for many
    // (a snapshot's diff of thousands of steps).
    bool addUnread(const QSet<QString> &keys);
    void setUnreadSet(QSet<QString> keys);
    const QSet<QString> &unreadSet() const { return m_unread; }
    // Where contentText is read from when asked (the session's state).
    void setState(const ActivityState *state) { m_state = state; }
    // Who is on a step (by canonical id; kept for steps not shown yet): the first of them and how
    // many there are. Signals that row only, when something changed.
    void setPresent(const QString &key, const Avatars &shown, int count);

    // Display name and description of a step element in any shape.
    static QString stepName(const JsonValue &step);
    static QString stepDescription(const JsonValue &step);
    // The searchable text of one content element (any shape): what its card shows.
    static QString contentText(const JsonValue &content);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    // The state's step list: rows are read when shown (lazy rows), once a state is set.
    JsonArray *liveArray() const override;
    QVector<QVariant> extractOnLoad(const JsonValue &element) const override; // the name
    static QVector<QVariant> nameOnLoad(const JsonValue &element);
    QHash<int, QByteArray> extraRoleNames() const override;

private:
    void unreadChanged(const QString &key);
    std::vector<int> rowsOf(const QSet<QString> &keys) const;
    // One dataChanged per row for a few rows, one over their span for many.
    void signalUnread(std::vector<int> rows);

    // The step's searchable content text, made when asked (ListSearch builds its own cache only
    // while a search is on): kept per row it would cost megabytes per open activity.
    QString contentTextOf(int row) const;
    // Calls visit(content) for every content object a step shows, in contentText's order: its
    // own (`contents`, ARLEM's `enter.activates`), then, when `key` (its canonical id) is given,
    // the activity-level ones that name it. Returns the number of its own (objects or not).
    template<typename Visit>
    int visitContents(const JsonValue &step, const QString *key, Visit visit) const;

    const ActivityState *m_state = nullptr;
    QHash<QString, int> m_contentCounts;
    QHash<QString, QVector<uint32_t>> m_contentSlots; // activity-level content[] slots by step id
    QSet<QString> m_unread;
    struct Present
    {
        Avatars shown; // the first avatars
        int count = 0;
        bool operator==(const Present &) const = default;
    };
    QHash<QString, Present> m_present; // step id → the people on it
};

} // namespace mirage
