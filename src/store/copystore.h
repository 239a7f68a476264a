// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace mirage {

class CopyWriter;

// One copy read from disk, or why it could not be.
struct CopyLoad
{
    CopyError error = CopyError::None;
    ActivityCopy copy; // valid when error is None
    QString path; // the file read
    QString setAsidePath; // where a truncated or corrupt file was moved; empty when it stayed
};

// The workspace's local copies, one file per (server, activity) in one directory (0700, files
// 0600). Writes happen on a thread of their own, atomically (CopyWriter), at most once per activity
// per debounce interval; reads happen on the caller's thread, at start. A truncated or corrupt
// file is set aside (renamed to `<name>.corrupt-<UTC time>`); a file of a newer format is refused,
// kept and never written over; a link at a copy's path is never followed. A failed write keeps the
// old copy and is tried again later.
class CopyStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 2000;
    // A failed write is tried again after this, doubled at each failure, at most kLongestRetryMs.
    static constexpr int kDefaultRetryMs = 10000;
    static constexpr int kLongestRetryMs = 5 * 60 * 1000;

    // `directory` empty: QStandardPaths::AppDataLocation + "/copies".
    explicit CopyStore(const QString &directory = {}, QObject *parent = nullptr);
    ~CopyStore() override; // writes what is pending and waits for it

    QString directory() const { return m_dir; }
    void setDebounceInterval(int ms) { m_debounceMs = ms; }
    int debounceInterval() const { return m_debounceMs; }
    void setRetryInterval(int ms) { m_retryMs = ms; }

    // Keeps `copy` to be written within the debounce interval; later copies of the same activity
    // replace it until then (the first schedule starts the wait, so a busy activity is still
    // written every interval). An invalid savedAt becomes the current time.
    void schedule(ActivityCopy copy);
    // Writes `copy` now (on the writing thread) without waiting; drops a pending one.
    void save(ActivityCopy copy);
    // Writes everything pending now and waits until every write has reached the disk: on quit
    // and when an activity is closed.
    void flush();
    // Drops the pending copy and deletes the file (in order with the writes queued before).
    void remove(const QString &server, const QString &activityId);
    bool hasPending() const { return !m_pending.isEmpty(); }

    CopyLoad load(const QString &server, const QString &activityId);
    // Every copy in the directory (files named `*.copy`; temporary and set-aside files are not
    // copies), good and bad, in file-name order.
    QList<CopyLoad> loadAll();

    QString pathFor(const QString &server, const QString &activityId) const;
    // How many writes and removals the writing thread has done (a test's view of the debounce).
    int writeCount() const { return m_writes.load(); }

Q_SIGNALS:
    // A write or removal of the copy at `path` failed (NoSpace, NotWritable, NotAFile,
    // NewerFormat): emitted for its first failure and when the error changes, not at every
    // attempt. The file stays as it was; a failed write is tried again after the retry interval
    // (doubled at each failure) unless a newer copy of the activity was given meanwhile, and never
    // for NewerFormat.
    void writeFailed(const QString &path, mirage::CopyError error);
    // The copy at `path` was written (or removed) after writeFailed.
    void writeRecovered(const QString &path);

private:
    CopyLoad readFile(const QString &path); // sets a bad file aside
    void writeDue();
    void armTimer();
    void send(const QString &path, ActivityCopy copy); // to the writer
    void done(const QString &path, quint64 job, CopyError error, const ActivityCopy &copy);

    struct Pending
    {
        ActivityCopy copy;
        qint64 due = 0; // m_clock milliseconds
    };
    struct Failure
    {
        CopyError error = CopyError::None;
        int retries = 0;
    };
    QString m_dir;
    int m_debounceMs = kDefaultDebounceMs;
    int m_retryMs = kDefaultRetryMs;
    QHash<QString, Pending> m_pending; // by path
    QHash<QString, quint64> m_lastJob; // by path: the writer's number of the last job given
    QHash<QString, Failure> m_failing; // by path: the copies whose last job failed
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::atomic<int> m_writes {0};
    std::unique_ptr<CopyWriter> m_writer; // last: destroyed (joined) first
};

} // namespace mirage
