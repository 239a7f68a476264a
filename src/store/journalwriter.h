// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/journalentry.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QSqlDatabase;
class QSqlQuery;
class QThread;

namespace mirage {

// The journal's writing thread (issue #27): it owns the only writing connection. Other threads
// only queue entries (append, under a mutex); the thread takes everything queued at once and
// writes it in one transaction, at most one every kBatchMs, so a kill -9 loses at most the last
// batch. It also applies the retention (oldest entries first, whole) and keeps the names.
class JournalWriter
{
public:
    // The shortest time between two transactions (a frame is 16 ms: at most one per frame).
    static constexpr int kBatchMs = 50;
    // How often the age limit is applied while entries keep coming.
    static constexpr qint64 kAgeCheckMs = 60 * 1000;

    struct Retention
    {
        qint64 maxAgeMs = 0;
        qint64 maxBytes = 0;
    };

    // Starts the thread and opens the database at `path` on it; returns when it is open (or
    // could not be).
    JournalWriter(const QString &path, Retention retention, qint64 now);
    ~JournalWriter(); // writes what is queued, then stops the thread

    JournalProblem problem() const { return m_problem.load(); }
    QString setAsidePath() const;
    // Called on the writing thread when a problem arises after the start (a database found
    // damaged while writing: set aside and a new one started).
    void setProblemHandler(std::function<void(JournalProblem, const QString &)> handler) { m_onProblem = std::move(handler); }

    // Queues entries stamped `now` (ms since the epoch); never waits for the disk.
    void append(std::vector<JournalEntry> entries, qint64 now);
    // Waits until everything queued before was written.
    void flush();
    // New limits; applied (at `now`) with the next batch, or at once when nothing is queued.
    void setRetention(Retention retention, qint64 now);

    QThread *thread() const { return m_thread.get(); }
    // The thread the last transaction ran on, how many ran, and what the entries kept count for.
    QThread *lastWriteThread() const { return m_lastWriteThread.load(); }
    int transactions() const { return m_transactions.load(); }
    qint64 storedBytes() const { return m_storedBytes.load(); }

private:
    void run();
    bool openDatabase();
    void countStoredBytes();
    bool write(QSqlDatabase &db, std::vector<JournalEntry> &batch, qint64 now, bool applyAge);
    bool insert(QSqlDatabase &db, QSqlQuery &entryQuery, QSqlQuery &nameQuery, JournalEntry &e);
    qint64 activityRow(QSqlDatabase &db, const QString &server, const QString &activityId);
    bool pruneByAge(QSqlDatabase &db, qint64 now);
    bool pruneBySize(QSqlDatabase &db);
    void report(JournalProblem problem, const QString &path);

    QString m_path;
    QString m_connection;
    std::unique_ptr<QThread> m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    std::vector<JournalEntry> m_queue; // guarded
    qint64 m_now = 0; // guarded: the newest stamp given
    Retention m_retention; // guarded
    bool m_retentionChanged = true; // guarded
    bool m_stop = false, m_flushing = false, m_opened = false; // guarded
    quint64 m_queued = 1, m_written = 0; // guarded: jobs given, jobs done (the first: counting what is kept)
    QString m_setAside; // guarded

    // The writing thread's own.
    QHash<QString, qint64> m_activityRows; // server + '\n' + activity -> activities.id
    qint64 m_lastAgeCheck = 0;
    std::function<void(JournalProblem, const QString &)> m_onProblem;

    std::atomic<JournalProblem> m_problem {JournalProblem::None};
    std::atomic<QThread *> m_lastWriteThread {nullptr};
    std::atomic<int> m_transactions {0};
    std::atomic<qint64> m_storedBytes {0};
};

} // namespace mirage
