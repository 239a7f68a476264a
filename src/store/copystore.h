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

// The workspace's local copies, one file per (server, activity) in one directory. Writes happen
// on a thread of their own, atomically (QSaveFile), at most once per activity per debounce
// interval; reads happen on the caller's thread, at start. A truncated or corrupt file is set
// aside (renamed to `<name>.corrupt-<UTC time>`); a file of a newer format is refused and kept.
class CopyStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 2000;

    // `directory` empty: QStandardPaths::AppDataLocation + "/copies".
    explicit CopyStore(const QString &directory = {}, QObject *parent = nullptr);
    ~CopyStore() override; // writes what is pending and waits for it

    QString directory() const { return m_dir; }
    void setDebounceInterval(int ms) { m_debounceMs = ms; }
    int debounceInterval() const { return m_debounceMs; }

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
    // A write or removal failed (a full disk, a read-only directory); the path is the copy's.
    void writeFailed(const QString &path);

private:
    CopyLoad readFile(const QString &path); // sets a bad file aside
    void writeDue();
    void armTimer();

    struct Pending
    {
        ActivityCopy copy;
        qint64 due = 0; // m_clock milliseconds
    };
    QString m_dir;
    int m_debounceMs = kDefaultDebounceMs;
    QHash<QString, Pending> m_pending; // by path
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::atomic<int> m_writes {0};
    std::unique_ptr<CopyWriter> m_writer; // last: destroyed (joined) first
};

} // namespace mirage
