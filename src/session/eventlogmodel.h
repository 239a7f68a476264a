// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <deque>
#include <vector>

namespace mirage {

// Every received message in order: time, event name, what it changed, or why it was rejected.
// Holds at most `capacity` entries (the oldest go first), so memory stays bounded on long runs.
// Rows are only appended (one rowsInserted per frame) and dropped from the front; they never change.
//
// Roles:
//  - seq (quint64): the message's number in the session (0 for a snapshot line).
//  - time (QDateTime): when it was received.
//  - eventId (int): its event id (SPEC §3), 0 when it had none that could be read.
//  - name (QString): the event's name ("user_joined"), "snapshot" or "unreadable".
//  - category (QString): activity, people, alerts, files or other (EventLogFilter filters on it).
//  - applied (bool): false for a rejected message.
//  - summary (QString): what it changed in words (people by name, also after they left), or why
//    it was rejected.
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int capacity READ capacity CONSTANT FINAL)
public:
    enum Role { SeqRole = Qt::UserRole, TimeRole, EventIdRole, NameRole, CategoryRole, AppliedRole, SummaryRole };

    struct Entry
    {
        quint64 seq = 0;
        QDateTime time;
        int eventId = 0; // 0 when the message had no readable id
        QString name;
        QString category; // activity, people, alerts, files, other
        bool applied = false;
        QString summary; // what it changed, or the rejection reason
    };

    explicit EventLogModel(int capacity = 10000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }
    // Appends a frame's worth of entries: one rowsInserted, and one rowsRemoved for what overflows.
    void append(std::vector<Entry> entries);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();

private:
    std::deque<Entry> m_entries;
    int m_capacity;
};

} // namespace mirage
