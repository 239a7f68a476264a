// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/copystore.h"

#include "store/copyfile.h"
#include "store/copywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace mirage {

CopyStore::CopyStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_dir(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/copies") : directory)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CopyStore::writeDue);
    m_writer = std::make_unique<CopyWriter>([this](const QString &path, quint64 job, CopyError error, const ActivityCopy &copy) {
        QMetaObject::invokeMethod(
            this, [this, path, job, error, copy] { done(path, job, error, copy); }, Qt::QueuedConnection);
        m_writes.fetch_add(1); // after: once a test sees the count, the job's end is posted
    });
}

CopyStore::~CopyStore()
{
    flush();
}

QString CopyStore::pathFor(const QString &server, const QString &activityId) const
{
    return m_dir + QLatin1Char('/') + CopyFile::fileName(server, activityId);
}

void CopyStore::schedule(ActivityCopy copy)
{
    if (!copy.savedAt.isValid())
        copy.savedAt = QDateTime::currentDateTimeUtc();
    const QString path = pathFor(copy.server, copy.activityId);
    auto it = m_pending.find(path);
    if (it != m_pending.end()) {
        it->copy = std::move(copy); // the wait already started stays
        return;
    }
    m_pending.insert(path, Pending {std::move(copy), m_clock.elapsed() + m_debounceMs});
    armTimer();
}

void CopyStore::save(ActivityCopy copy)
{
    if (!copy.savedAt.isValid())
        copy.savedAt = QDateTime::currentDateTimeUtc();
    const QString path = pathFor(copy.server, copy.activityId);
    m_pending.remove(path);
    send(path, std::move(copy));
    armTimer();
}

void CopyStore::send(const QString &path, ActivityCopy copy)
{
    m_lastJob.insert(path, m_writer->write(path, std::move(copy)));
}

void CopyStore::done(const QString &path, quint64 job, CopyError error, const ActivityCopy &copy)
{
    if (error == CopyError::None) {
        if (m_failing.remove(path))
            Q_EMIT writeRecovered(path);
        return;
    }
    Failure &failure = m_failing[path];
    const bool changed = failure.error != error;
    failure.error = error;
    const int retries = failure.retries++;
    // Again later with the same copy, unless a newer one (or a removal) was given meanwhile.
    if (error != CopyError::NewerFormat && !copy.activityId.isEmpty() && m_lastJob.value(path) == job && !m_pending.contains(path)) {
        const qint64 delay = std::min<qint64>(qint64(m_retryMs) << std::min(retries, 16), kLongestRetryMs);
        m_pending.insert(path, Pending {copy, m_clock.elapsed() + delay});
        armTimer();
    }
    if (changed)
        Q_EMIT writeFailed(path, error);
}

void CopyStore::flush()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        send(it.key(), std::move(it->copy));
    m_pending.clear();
    m_timer.stop();
    m_writer->waitIdle();
}

void CopyStore::remove(const QString &server, const QString &activityId)
{
    const QString path = pathFor(server, activityId);
    m_pending.remove(path);
    m_lastJob.insert(path, m_writer->remove(path));
    armTimer();
}

void CopyStore::writeDue()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->due <= now) {
            send(it.key(), std::move(it->copy));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    armTimer();
}

void CopyStore::armTimer()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Pending &p : std::as_const(m_pending))
        next = std::min(next, p.due);
    m_timer.start(int(std::max<qint64>(0, next - m_clock.elapsed())));
}

CopyLoad CopyStore::load(const QString &server, const QString &activityId)
{
    return readFile(pathFor(server, activityId));
}

QList<CopyLoad> CopyStore::loadAll()
{
    QList<CopyLoad> result;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("*") + QLatin1String(CopyFile::kSuffix)},
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        result.append(readFile(m_dir + QLatin1Char('/') + name));
    return result;
}

CopyLoad CopyStore::readFile(const QString &path)
{
    CopyLoad result;
    result.path = path;
    QFile file(path);
    if (!file.exists()) {
        result.error = CopyError::Missing;
        return result;
    }
    QByteArray bytes;
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly) || (bytes = file.readAll(), file.error() != QFileDevice::NoError)) {
        result.error = CopyError::Unreadable;
        return result;
    }
    file.close();
    result.error = CopyFile::decode(bytes, result.copy);
    if (result.error == CopyError::None && CopyFile::fileName(result.copy.server, result.copy.activityId) != QFileInfo(path).fileName())
        result.error = CopyError::Corrupt; // a copy under another activity's name
    if (result.error == CopyError::Truncated || result.error == CopyError::Corrupt) {
        result.copy = {};
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
        QString aside = path + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
        if (QFile::rename(path, aside))
            result.setAsidePath = aside;
    }
    return result;
}

} // namespace mirage
