// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/copywriter.h"

#include "store/copyfile.h"
#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib> // mkostemp
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirage {

namespace {

constexpr qsizetype kLongestHeader = 1024 * 1024; // a first line longer than this is no copy's

// Whether the file at `path` (never followed when a link) is a copy of a newer format.
bool isNewerCopy(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    QByteArray head;
    char buffer[4096];
    qsizetype eol = -1;
    while (eol < 0 && head.size() < kLongestHeader) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        const qsizetype from = head.size();
        head.append(buffer, n);
        eol = head.indexOf('\n', from);
    }
    ::close(fd);
    return eol >= 0 && CopyFile::formatOf(QByteArrayView(head).first(eol)) > ActivityCopy::kFormat;
}

} // namespace

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

quint64 CopyWriter::write(const QString &path, ActivityCopy copy)
{
    return push(Job {path, std::move(copy), false});
}

quint64 CopyWriter::remove(const QString &path)
{
    return push(Job {path, {}, true});
}

quint64 CopyWriter::push(Job job)
{
    quint64 number = 0;
    {
        std::lock_guard lock(m_mutex);
        number = job.number = ++m_lastJob;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return number;
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
        const CopyError error = perform(job);
        if (m_done)
            m_done(job.path, job.number, error, error == CopyError::None ? ActivityCopy() : std::move(job.copy));
        lock.lock();
        m_busy = false;
        if (m_jobs.empty())
            m_idle.notify_all();
    }
}

CopyError CopyWriter::perform(const Job &job)
{
    if (job.remove) { // unlink removes a link itself, never its target
        const QByteArray target = QFile::encodeName(job.path);
        return ::unlink(target.constData()) == 0 || errno == ENOENT ? CopyError::None : PrivateFiles::errorFor(errno);
    }
    if (const CopyError e = PrivateFiles::makeFolder(QFileInfo(job.path).absolutePath()); e != CopyError::None)
        return e;
    return writeFile(job.path, CopyFile::encode(job.copy));
}

CopyError CopyWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(target.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return CopyError::NotAFile;
        if (isNewerCopy(target))
            return CopyError::NewerFormat;
    } else if (errno != ENOENT) {
        return PrivateFiles::errorFor(errno);
    }
    QByteArray temp = target + ".XXXXXX"; // not `*.copy`: never taken for a copy
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // O_EXCL, 0600
    if (fd < 0)
        return PrivateFiles::errorFor(errno);
    int error = ::fchmod(fd, PrivateFiles::kFileMode) == 0 ? 0 : errno;
    for (qsizetype done = 0; error == 0 && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n == 0)
            error = EIO;
        else if (errno != EINTR)
            error = errno; // ENOSPC, EDQUOT, EFBIG (RLIMIT_FSIZE), EIO…
    }
    if (error == 0 && ::fdatasync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0) {
        // Once more just before the rename, which itself replaces a link, never its target.
        if (::lstat(target.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
            ::unlink(temp.constData());
            return CopyError::NotAFile;
        }
        if (::rename(temp.constData(), target.constData()) != 0)
            error = errno;
    }
    if (error != 0) {
        ::unlink(temp.constData()); // the old copy stays as it was
        return PrivateFiles::errorFor(error);
    }
    return CopyError::None;
}

} // namespace mirage
