// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace mirage {

// The store's writing thread: encodes copies and writes them, or removes them, one job after
// another in the order given. A write goes to a new temporary file beside the copy (0600, whatever
// the umask), is synced and renamed over the old one: the copy on disk is the old one or the new
// one, whole, and stays the old one when anything fails. Folders it creates are 0700. It never
// follows a symbolic link at a copy's path (NotAFile), and never writes over a copy of a newer
// format (NewerFormat).
class CopyWriter
{
public:
    // Called on the writing thread after each job: the copy's path, the job's number (as write()
    // and remove() return it), how it ended, and the copy a failed write was to write.
    using Done = std::function<void(const QString &path, quint64 job, CopyError error, ActivityCopy copy)>;

    explicit CopyWriter(Done done);
    ~CopyWriter(); // finishes the queued jobs, then stops
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    // Each returns the job's number (increasing).
    quint64 write(const QString &path, ActivityCopy copy);
    quint64 remove(const QString &path);
    // Waits until every job queued so far is done.
    void waitIdle();

private:
    struct Job
    {
        QString path;
        ActivityCopy copy;
        bool remove = false;
        quint64 number = 0;
    };
    void run();
    quint64 push(Job job);
    static CopyError perform(const Job &job);
    static CopyError writeFile(const QString &path, const QByteArray &bytes);

    Done m_done;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    quint64 m_lastJob = 0;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the fields above exist
};

} // namespace mirage
