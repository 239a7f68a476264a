// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/backgroundwork.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace mirage {

// The one worker thread of the process, started on first use.
class BackgroundThread
{
public:
    static BackgroundThread &instance()
    {
        static BackgroundThread thread;
        return thread;
    }

    void push(BackgroundWork *owner, BackgroundWork::Job job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back({owner, std::move(job)});
        }
        m_wake.notify_one();
    }

    // Drops the owner's queued jobs and waits until none of its jobs is running.
    void forget(BackgroundWork *owner)
    {
        std::unique_lock lock(m_mutex);
        std::erase_if(m_jobs, [owner](const Entry &e) { return e.owner == owner; });
        m_done.wait(lock, [this, owner] { return m_running != owner; });
    }

    // Waits until the owner has no job queued or running (its continuations are posted by then).
    void waitFor(BackgroundWork *owner)
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this, owner] {
            return m_running != owner && std::none_of(m_jobs.begin(), m_jobs.end(), [owner](const Entry &e) { return e.owner == owner; });
        });
    }

private:
    struct Entry
    {
        BackgroundWork *owner;
        BackgroundWork::Job job;
    };

    BackgroundThread()
        : m_thread([this] { loop(); })
    {
    }
    ~BackgroundThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_jobs.clear();
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            Entry e = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_running = e.owner;
            lock.unlock();
            BackgroundWork::Continuation next = e.job();
            e.job = nullptr; // what the job held is freed here, not on the owner's thread
            lock.lock();
            // Posted under the lock: the owner cannot be destroyed in between (forget() waits), and
            // once it is, Qt drops what was posted to it.
            BackgroundWork *owner = e.owner;
            QMetaObject::invokeMethod(
                owner, [owner, next = std::move(next)] { owner->finish(next); }, Qt::QueuedConnection);
            m_running = nullptr;
            m_done.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Entry> m_jobs;
    BackgroundWork *m_running = nullptr;
    bool m_stop = false;
    std::thread m_thread; // last: started once the fields above exist
};

BackgroundWork::BackgroundWork(QObject *parent)
    : QObject(parent)
{
}

BackgroundWork::~BackgroundWork()
{
    if (m_pending > 0)
        BackgroundThread::instance().forget(this);
}

void BackgroundWork::run(Job job)
{
    ++m_pending;
    BackgroundThread::instance().push(this, std::move(job));
}

void BackgroundWork::waitIdle()
{
    if (m_pending == 0)
        return;
    BackgroundThread::instance().waitFor(this);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // the continuations, in order
}

void BackgroundWork::finish(const Continuation &next)
{
    --m_pending;
    if (next)
        next();
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace mirage
