// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/copywriter.h"

#include "store/copyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mirage {

CopyWriter::CopyWriter(Done done)
    : m_done(std::move(done))
    , m_thread([this] { run(); })
{
}

CopyWriter::~CopyWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void CopyWriter::write(const QString &path, ActivityCopy copy)
{
    push(Job {path, std::move(copy), false});
}

void CopyWriter::remove(const QString &path)
{
    push(Job {path, {}, true});
}

void CopyWriter::push(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void CopyWriter::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
}

void CopyWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty()) // stopping, and nothing is left
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        const bool ok = perform(job);
        if (m_done)
            m_done(job.path, ok);
        lock.lock();
        m_busy = false;
        if (m_jobs.empty())
            m_idle.notify_all();
    }
}

bool CopyWriter::perform(const Job &job)
{
    if (job.remove)
        return QFile::remove(job.path) || !QFileInfo::exists(job.path);
    if (!QDir().mkpath(QFileInfo(job.path).absolutePath()))
        return false;
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = CopyFile::encode(job.copy);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace mirage
