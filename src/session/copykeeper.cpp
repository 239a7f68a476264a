// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/copykeeper.h"

#include "base/logging.h"
#include "session/activitysession.h"
#include "store/copystore.h"

#include <QPointer>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace mirage {

namespace {
constexpr int kTrimDelayMs = 3000; // after the last restore, snapshot or copy write of a burst

// For the log (English, not the window's words).
const char *writeProblemWords(CopyError error)
{
    switch (error) {
    case CopyError::NoSpace:
        return "the disk is full"; // i18n: not shown (the log)
    case CopyError::NotAFile:
        return "a link or not a plain file is at its path, left alone"; // i18n: not shown (the log)
    case CopyError::NewerFormat:
        return "a newer version's copy is there, left alone"; // i18n: not shown (the log)
    default:
        return "the file or its folder cannot be written"; // i18n: not shown (the log)
    }
}

// Why a copy could not be read, for the log (a sentence, not the enum's number).
const char *readProblemWords(CopyError error)
{
    switch (error) {
    case CopyError::Truncated:
        return "it ends early and was set aside"; // i18n: not shown (the log)
    case CopyError::Corrupt:
        return "it is damaged and was set aside"; // i18n: not shown (the log)
    default:
        return "it cannot be read (permissions, a folder, or an input/output error)"; // i18n: not shown (the log)
    }
}
} // namespace

CopyKeeper::CopyKeeper(CopyStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CopyKeeper::writeDirty);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(kTrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, &CopyKeeper::trimHeap);
    connect(m_store, &CopyStore::writeFailed, this, &CopyKeeper::onWriteFailed);
    connect(m_store, &CopyStore::writeRecovered, this, &CopyKeeper::onWriteRecovered);
}

void CopyKeeper::keep(ActivitySession *s)
{
    m_kept.append(s);
    connect(s, &ActivitySession::copyChanged, this, [this, s] {
        m_dirty.insert(s);
        scheduleTrim(); // a snapshot replaced the tree
        if (!m_timer.isActive())
            m_timer.start(); // not restarted: a busy activity is still written every interval
    });
    load(s);
}

void CopyKeeper::release(ActivitySession *s)
{
    if (!m_kept.contains(s))
        return;
    save(s);
    m_dirty.remove(s);
    m_newer.remove(s);
    m_kept.removeOne(s);
    disconnect(s, nullptr, this, nullptr);
    scheduleTrim();
}

void CopyKeeper::load(ActivitySession *s)
{
    const CopyLoad load = m_store->load(s->server(), s->activityId());
    if (load.error == CopyError::Missing)
        return;
    if (load.error == CopyError::NewerFormat) {
        m_newer.insert(s); // shown from the server; the copy stays as it is
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId()
                                   << "was written by a newer version: it is not read, and not written while the activity is open";
        Q_EMIT copyProblem(s, load.error, load.path);
        return;
    }
    if (load.error != CopyError::None) {
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId() << "could not be read:" << readProblemWords(load.error);
        Q_EMIT copyProblem(s, load.error, load.setAsidePath.isEmpty() ? load.path : load.setAsidePath);
        return;
    }
    QString why;
    if (!s->restoreCopy(load.copy, &why)) {
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId() << "does not load:" << why;
        Q_EMIT copyProblem(s, CopyError::Corrupt, load.path);
    }
    scheduleTrim(); // the copy's bytes and the parser's buffers are free again
}

void CopyKeeper::save(ActivitySession *s)
{
    s->copyDumper()->waitIdle(); // a copy the worker made earlier is handed on first, not after this one
    if (m_newer.contains(s))
        return; // never over a newer version's copy, as long as the activity is open
    if (s->loaded() || s->showingCopy())
        m_store->save(s->makeCopy()); // makeCopy dumps the whole state: only here, never per frame
}

void CopyKeeper::saveLater(ActivitySession *s)
{
    if (m_newer.contains(s) || !(s->loaded() || s->showingCopy()))
        return;
    QPointer<CopyKeeper> keeper(this);
    const bool started = s->copyDumper()->dumpLater(s->copyHeader(), [keeper, s](ActivityCopy copy, qint64 dumpMs) {
        if (!keeper || !keeper->m_kept.contains(s) || keeper->m_newer.contains(s))
            return; // released meanwhile: its last copy was written then
        keeper->m_store->save(std::move(copy));
        keeper->m_timer.setInterval(intervalAfter(dumpMs, keeper->m_intervalMs));
        keeper->scheduleTrim(); // the dump is freed once written
    });
    if (!started) { // one is under way: this one later
        m_dirty.insert(s);
        if (!m_timer.isActive())
            m_timer.start();
    }
}

void CopyKeeper::onWriteFailed(const QString &path, CopyError error)
{
    ActivitySession *session = nullptr;
    for (ActivitySession *s : std::as_const(m_kept)) {
        if (m_store->pathFor(s->server(), s->activityId()) == path) {
            session = s;
            break;
        }
    }
    // The store says it once per copy and error; a full disk or a folder that cannot be written is
    // one problem for all the copies, said once.
    if (error == CopyError::NewerFormat && session)
        m_newer.insert(session); // a newer version wrote it meanwhile: not tried again
    const bool allCopies = error == CopyError::NoSpace || error == CopyError::NotWritable;
    const bool said = allCopies && std::find(m_writeProblems.cbegin(), m_writeProblems.cend(), error) != m_writeProblems.cend();
    m_writeProblems.insert(path, error);
    qCWarning(lcApp).noquote() << "the local copy of"
                               << (session ? session->activityId() : QStringLiteral("a closed activity"))
                                          << "could not be written:" << writeProblemWords(error) << "- the last one written stays:" << path;
    if (!said)
        Q_EMIT copyProblem(session, error, path);
}

void CopyKeeper::onWriteRecovered(const QString &path)
{
    if (m_writeProblems.remove(path))
        qCInfo(lcApp).noquote() << "the local copy is written again:" << path;
}

int CopyKeeper::intervalAfter(qint64 writeMs, int minimumMs)
{
    constexpr qint64 kShareOfGuiThread = 100; // a write at most every 100 times its duration
    constexpr qint64 kLongestMs = 60000;
    return int(std::clamp(writeMs * kShareOfGuiThread, qint64(minimumMs), std::max(kLongestMs, qint64(minimumMs))));
}

void CopyKeeper::writeDirty()
{
    // Dumped on the worker (issue #26); the interval follows the dump's duration there, as the
    // channel holds its frames meanwhile.
    const QSet<ActivitySession *> dirty = std::exchange(m_dirty, {});
    for (ActivitySession *s : dirty) {
        if (m_kept.contains(s))
            saveLater(s);
    }
}

void CopyKeeper::trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void CopyKeeper::flushAll()
{
    m_timer.stop();
    m_dirty.clear();
    for (ActivitySession *s : std::as_const(m_kept))
        save(s);
    m_store->flush();
}

} // namespace mirage
