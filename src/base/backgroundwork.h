// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace mirage {

// Work taken off the GUI thread (issue #26: a snapshot's parse, "since you last looked", the
// copy's dump). Every BackgroundWork of the process shares one worker thread, which runs the jobs
// one after another in the order given; each job returns its continuation, which runs on this
// object's thread, in the order the jobs were given. A job must not touch what the GUI thread may
// change meanwhile: it gets its input moved in, or reads what its owner keeps unchanged until the
// continuation (ActivitySession pauses its channel while a dump reads the state).
class BackgroundWork : public QObject
{
    Q_OBJECT
public:
    using Continuation = std::function<void()>;
    using Job = std::function<Continuation()>;

    explicit BackgroundWork(QObject *parent = nullptr);
    // Drops its jobs not yet started and waits for the one running; their continuations never run.
    ~BackgroundWork() override;

    // Runs `job` on the worker thread, then the continuation it returns (if any) here.
    void run(Job job);
    // Jobs given whose continuation has not run yet.
    int pending() const { return m_pending; }
    // Blocks until every job given so far has run, then runs their continuations now, in order.
    void waitIdle();

    // A value moved into a job and out of it again (std::function needs a copyable callable).
    template<typename T>
    static std::shared_ptr<T> hold(T value)
    {
        return std::make_shared<T>(std::move(value));
    }

Q_SIGNALS:
    // pending() went to 0 (after the last continuation ran).
    void idle();

private:
    friend class BackgroundThread;
    void finish(const Continuation &next);

    int m_pending = 0;
};

} // namespace mirage
