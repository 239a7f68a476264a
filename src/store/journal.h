// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/journalentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QThread;

namespace mirage {

class Clock;
class JournalWriter;

// The history of every activity (issue #27): each applied or refused message and each line of
// the log, kept with the names it had, in one SQLite database for all activities
// (`<AppDataLocation>/journal/journal.db`, the folder 0700, the files 0600, WAL mode). Entries are
// queued on the caller's thread and written on a thread of its own, in batches (JournalWriter);
// reads (the log's pages, a search over the whole history, the names known) run on the caller's
// thread through a connection of their own, without waiting for the writer. Retention: the
// oldest entries go first, whole, when older than the age limit or beyond the size limit (all
// activities together). Closing an activity keeps its history.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxAgeMs = 90LL * 24 * 60 * 60 * 1000; // 90 days
    static constexpr qint64 kDefaultMaxBytes = 500LL * 1000 * 1000; // 500 MB
    // A search this long or longer runs through the index (trigrams); a shorter one reads the rows.
    static constexpr int kIndexedSearchLength = 3;

    // `directory` empty: QStandardPaths::AppDataLocation + "/journal". `clock`: the wall clock,
    // in ms since the epoch (a test's ManualClock); nullptr: the system's.
    explicit Journal(const QString &directory = {}, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Journal() override; // writes what is queued, then stops its thread

    QString path() const { return m_path; }
    bool isOpen() const;
    // What happened at the start (None, SetAside: a new database was started, NewerVersion,
    // Unwritable); later problems come by problemArisen.
    JournalProblem problem() const;
    QString setAsidePath() const;
    // The wall clock the journal stamps and ages entries by (ms since the epoch).
    qint64 now() const;

    // Queues entries to be written within JournalWriter::kBatchMs; an entry without a received
    // time gets now(). Never waits for the disk.
    void append(std::vector<JournalEntry> entries);
    // Waits until everything queued was written (on close, at quit, before reading what was
    // just queued).
    void flush();
    void setRetention(qint64 maxAgeMs, qint64 maxBytes);
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    qint64 maxBytes() const { return m_maxBytes; }

    // The newest entry kept for the activity (0 when none); waits for what is queued.
    qint64 lastId(const QString &server, const QString &activityId);
    // At most `limit` entries of the activity older than `beforeId` (0: from the newest), newest
    // first; with `search`, only those whose summary contains it (case-insensitive), found
    // through the index when it is kIndexedSearchLength characters or more.
    std::vector<JournalEntry> page(
        const QString &server, const QString &activityId, qint64 beforeId, int limit, const QString &search = {});
    // At most `limit` entries about one subject (a step, by its id), newest first, through the
    // index on the subject; waits for what is queued.
    std::vector<JournalEntry> history(
        const QString &server, const QString &activityId, JournalSubject kind, const QString &subjectId, int limit);
    // The names the client knew of the activity's people and files (the last one of each).
    QList<JournalName> names(const QString &server, const QString &activityId);
    // How many entries are kept for the activity.
    int count(const QString &server, const QString &activityId);

    // What the writing thread did (for tests and the bench); storedBytes() is counted on its
    // thread after the start: after a flush().
    QThread *writerThread() const;
    QThread *lastWriteThread() const;
    int transactions() const;
    qint64 storedBytes() const;

Q_SIGNALS:
    // The database was found damaged while writing: set aside (renamed to `path`) and a new one
    // started. A code: the session words it.
    void problemArisen(mirage::JournalProblem problem, const QString &path);

private:
    qint64 activityRow(const QString &server, const QString &activityId);
    void openReader();

    QString m_path;
    QString m_reader; // the reading connection's name
    QPointer<Clock> m_clock;
    qint64 m_maxAgeMs = kDefaultMaxAgeMs;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QHash<QString, qint64> m_activityRows;
    std::unique_ptr<JournalWriter> m_writer;
};

} // namespace mirage
