// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/logfacts.h"
#include "store/journal.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace mirage {

class JournalFeed;

// Every received message in order: time, what it did in words, or why it was rejected; also the
// connection's transitions. Holds at most `capacity` entries (the oldest go first), so memory stays
// bounded on long runs. Rows are appended (one rowsInserted per frame) and dropped from the front.
// An entry identical to the one before it (same summary, category and applied) is folded into it:
// that row's `repeats` grows (one dataChanged on that row) instead of a new row.
// A received message's entry keeps the facts of its words (LogFacts): its summary, name and details
// are made by EventDescriber when a row asks (the last few are kept), not per event; entries fold
// when their facts are the same (then so are their words).
// The history (issue #27): the entries the journal kept before this session (before the activity
// opened) come first, older at the top, a page at a time (canFetchMore/fetchMore: newest first, so
// a long history is read only as far as the user scrolls), with the words they had when written;
// with a search, the history shows only the entries that contain it, found by the journal's index
// over the whole history. History and this session's entries share the capacity.
//
// Roles:
//  - seq (quint64): the message's number in the session (0 for a snapshot line).
//  - time (QString): when it was received, local time ("HH:mm:ss.zzz"; with the date before, for
//    an entry of another day).
//  - eventId (int): its event id (SPEC §3), 0 when it had none that could be read.
//  - name (QString): the event's name ("user_joined"), "snapshot" or "unreadable".
//  - category (QString): activity, people, alerts, files, connection or other (EventLogFilter
//    filters on it).
//  - applied (bool): false for a rejected message.
//  - summary (QString): what it changed in words (people by name, also after they left), or why
//    it was rejected.
//  - section (QString): where its item is shown: "steps", "people", "files" or "" (none).
//  - itemId (QString): the step, person or file it is about ("" when none, or when it is gone).
//  - details (QString): the secondary text for a tooltip ("201 user_joined", a connection reason).
//  - repeats (int): how many identical entries in a row this one stands for (1 or more).
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int capacity READ capacity CONSTANT FINAL)
public:
    enum Role {
        SeqRole = Qt::UserRole,
        TimeRole,
        EventIdRole,
        NameRole,
        CategoryRole,
        AppliedRole,
        SummaryRole,
        SectionRole,
        ItemIdRole,
        DetailsRole,
        RepeatsRole
    };

    struct Entry
    {
        quint64 seq = 0;
        QDateTime time; // shown in local time
        int eventId = 0; // 0 when the message had no readable id
        QString name;
        QString category; // activity, people, alerts, files, other
        bool applied = false;
        QString summary; // what it changed, or the rejection reason
        QString section; // steps, people, files or empty
        QString itemId;
        QString details; // secondary text (event id and name, a reason)
        int repeats = 1;
        // When set, name, summary and details are made from these when asked.
        std::shared_ptr<const LogFacts> facts = nullptr;
        QByteArray message = {}; // the message as received: handed to the journal with its frame, not kept here
        // Same text and kind: folded into one row.
        bool sameAs(const Entry &o) const
        {
            if (applied != o.applied || category != o.category || bool(facts) != bool(o.facts))
                return false;
            return facts ? *facts == *o.facts : summary == o.summary;
        }
    };

    explicit EventLogModel(int capacity = 10000, QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }
    // Appends a frame's worth of entries: one rowsInserted, one rowsRemoved for what overflows, and
    // one dataChanged when the first folds into the last row.
    void append(std::vector<Entry> entries);
    Q_INVOKABLE void clear();

    // The entries of the activity the journal kept up to `horizon` (its newest entry's id when the
    // activity opened: what this session adds comes after) are its history; each frame's entries
    // are handed to `feed` (JournalFeed::attach makes both).
    void setHistory(Journal *journal, const QString &server, const QString &activityId, qint64 horizon, std::unique_ptr<JournalFeed> feed);
    // Only history entries whose summary contains `text` (empty: all); the history read so far is
    // dropped and read again from the newest.
    void setHistorySearch(const QString &text);
    // Where this session's lines go to the journal (nullptr: no journal); the session hands it the
    // differences found at a catch-up too.
    JournalFeed *feed() const { return m_feed.get(); }
    // How many days of history the journal keeps (its age limit); 0 without a journal.
    int historyDays() const { return m_journal ? int(m_journal->maxAgeMs() / (24LL * 60 * 60 * 1000)) : 0; }
    // History of a step (issue #27): every change the journal kept to the step `stepId`, newest
    // first (at most kStepHistory), each a line: when (local date and time), what it said then, and
    // whether it was found at a catch-up ("12/8/26 1:40 AM — Step 1 'Drain' edited: name (found at
    // a catch-up)"); plain text. Empty without a journal. Reads the journal (waiting for what is
    // queued): called when the user opens a step's history, not per frame.
    Q_INVOKABLE QStringList stepHistory(const QString &stepId) const;
    static constexpr int kStepHistory = 500;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    // Reads the next page of history (kHistoryPage entries) above the rows shown.
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    int historyCount() const { return m_historyRows; }
    static constexpr int kHistoryPage = 100;

Q_SIGNALS:
    void countChanged();

private:
    QString summaryOf(int row) const;
    void dropHistory();

    std::deque<Entry> m_entries;
    int m_capacity;
    quint64 m_dropped = 0; // entries dropped from the front so far: row + m_dropped names an entry
    // The last sentences made, by entry number (row + m_dropped), a slot per number modulo the size.
    static constexpr size_t kCachedSentences = 128;
    mutable std::array<std::pair<quint64, QString>, kCachedSentences> m_sentences {};

    QPointer<Journal> m_journal;
    std::unique_ptr<JournalFeed> m_feed;
    QString m_historyServer, m_historyActivity, m_historySearch;
    qint64 m_horizon = 0; // the newest history entry's id (0: none)
    qint64 m_oldestRead = 0; // the oldest history entry read so far (0: none read)
    bool m_historyDone = true; // no older entry to read
    bool m_fetching = false; // in fetchMore (a slot of its rowsInserted may ask again)
    int m_historyRows = 0; // the history's rows, at the top
};

} // namespace mirage
