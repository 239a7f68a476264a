// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace mirage {

class ActivitySession;
class CopyStore;

// The local copies of the open activities (issue #12), the Workspace's part: a copy is loaded and
// shown when its activity opens, written while it runs (debounced: a session's copyChanged marks
// it, one timer writes the marked ones), when it is closed and on flushAll() (quit). It also hands
// the heap's free pages back once a burst of loads and writes is over. Told which sessions it
// keeps (keep, release); it tells of problems by signal, naming the session.
class CopyKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    // `store` must outlive the keeper.
    explicit CopyKeeper(CopyStore *store, QObject *parent = nullptr);

    // Shows the session's copy (when there is one that reads) and writes it from now on.
    void keep(ActivitySession *session);
    // Writes its copy a last time (the file stays: reopening it later shows what changed) and
    // forgets it.
    void release(ActivitySession *session);
    // Writes the copy of every kept session now and waits until it is on disk.
    void flushAll();
    // Hands the heap's free pages back kTrimDelayMs after the last call of a burst.
    void scheduleTrim() { m_trimTimer.start(); }

    // The shortest time between two writes of a busy activity's copy. A write dumps the whole
    // state on the worker thread (20-40 ms of CPU for 10,000 steps) while the activity's channel
    // holds its frames, so the interval grows to 100 times the last dump's duration (at most 60 s):
    // frames wait at most ~1% of the time under a stream of edits (issue #14; a copy is then at
    // most a few seconds behind). Closing and quitting dump on the GUI thread, once.
    void setInterval(int ms)
    {
        m_intervalMs = ms;
        m_timer.setInterval(ms);
    }
    static int intervalAfter(qint64 writeMs, int minimumMs);

Q_SIGNALS:
    // A copy could not be read (set aside, or a newer version's: never written over while the
    // activity is open) and the activity opened without it; or one could not be written (said
    // once, again only when the error changes or after the copies were written again; a full disk
    // or a folder that cannot be written is said once for all). `session`: null for one closed
    // meanwhile. A code and the file, not a sentence.
    void copyProblem(mirage::ActivitySession *session, mirage::CopyError error, const QString &path);

private:
    void load(ActivitySession *session);
    void save(ActivitySession *session); // now, on this thread
    void saveLater(ActivitySession *session); // dumped on the worker (the timer's writes)
    void writeDirty();
    void onWriteFailed(const QString &path, CopyError error);
    void onWriteRecovered(const QString &path);
    static void trimHeap();

    CopyStore *m_store;
    QList<ActivitySession *> m_kept;
    QSet<ActivitySession *> m_dirty;
    QSet<const ActivitySession *> m_newer; // their copy is a newer version's: never written over
    QHash<QString, CopyError> m_writeProblems; // by copy path: the copies whose writing fails
    QTimer m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    // Hands the heap's free pages back to the system once a burst of restores, snapshots or copy
    // writes is over (restarted by each): a replaced tree leaves megabytes free inside the
    // allocator's arenas, which glibc keeps otherwise (issue #12: 50 activities under 400 MB).
    QTimer m_trimTimer;
};

} // namespace mirage
