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

// The store's writing thread: encodes copies and writes them with QSaveFile (a temporary file
// renamed over the old one), or removes them, one job after another in the order given.
class CopyWriter
{
public:
    // Called on the writing thread after each job with the file's path and whether it worked.
    using Done = std::function<void(const QString &path, bool ok)>;

    explicit CopyWriter(Done done);
    ~CopyWriter(); // finishes the queued jobs, then stops
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    void write(const QString &path, ActivityCopy copy);
    void remove(const QString &path);
    // Waits until every job queued so far is done.
    void waitIdle();

private:
    struct Job
    {
        QString path;
        ActivityCopy copy;
        bool remove = false;
    };
    void run();
    void push(Job job);
    static bool perform(const Job &job);

    Done m_done;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the fields above exist
};

} // namespace mirage
