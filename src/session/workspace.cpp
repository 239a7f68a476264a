// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/workspace.h"

#include "base/logging.h"
#include "session/activitysession.h"
#include "store/copystore.h"
#include "sync/serverclients.h"

#include <QElapsedTimer>
#include <QSettings>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace mirage {

namespace {
const QString kOpenKey = QStringLiteral("workspace/open");
const QString kSelectedKey = QStringLiteral("workspace/selected");
const QString kServerField = QStringLiteral("server");
const QString kActivityField = QStringLiteral("activity");
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

Workspace::Workspace(const ChannelSettings &settings, ServerClients *clients, CopyStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clients(clients)
    , m_store(store)
{
    m_copyTimer.setSingleShot(true);
    m_copyTimer.setInterval(kDefaultCopyIntervalMs);
    connect(&m_copyTimer, &QTimer::timeout, this, &Workspace::writeDirty);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(kTrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, &Workspace::trimHeap);
    connect(m_store, &CopyStore::writeFailed, this, &Workspace::onWriteFailed);
    connect(m_store, &CopyStore::writeRecovered, this, &Workspace::onWriteRecovered);
}

Workspace::~Workspace()
{
    flushAll();
}

ActivitySession *Workspace::at(int index) const
{
    return index >= 0 && index < m_sessions.size() ? m_sessions[index].session : nullptr;
}

int Workspace::indexOf(const ActivitySession *session) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].session == session)
            return i;
    }
    return -1;
}

int Workspace::indexOf(const QString &server, const QString &activityId) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        const ActivitySession *s = m_sessions[i].session;
        if (s->activityId() == activityId && s->server() == server)
            return i;
    }
    return -1;
}

QString Workspace::serverText(int index) const
{
    return index >= 0 && index < m_sessions.size() ? m_sessions[index].serverText : QString();
}

QStringList Workspace::servers() const
{
    QStringList out;
    for (const Entry &e : m_sessions) {
        if (!out.contains(e.serverText))
            out << e.serverText;
    }
    return out;
}

int Workspace::totalUnread() const
{
    int n = 0;
    for (const Entry &e : m_sessions)
        n += e.session->catchUp()->unreadCount();
    return n;
}

int Workspace::open(const ChannelEndpoint &endpoint, const QString &serverText, bool selectIt)
{
    const int existing = indexOf(endpoint.httpBase.toString(), endpoint.activityId);
    if (existing >= 0) {
        if (selectIt)
            select(existing);
        return existing;
    }
    if (isFull())
        return -1;
    auto *s = new ActivitySession(endpoint, m_settings, m_clients->clientFor(endpoint.httpBase), this);
    const int index = int(m_sessions.size());
    Q_EMIT sessionAboutToBeAdded(index);
    m_sessions.append({s, serverText});
    connect(s, &ActivitySession::copyChanged, this, [this, s] {
        m_dirty.insert(s);
        scheduleTrim(); // a snapshot replaced the tree
        if (!m_copyTimer.isActive())
            m_copyTimer.start(); // not restarted: a busy activity is still written every interval
    });
    connect(s->catchUp(), &CatchUp::unreadCountChanged, this, &Workspace::totalUnreadChanged);
    Q_EMIT sessionAdded(index);
    Q_EMIT countChanged();
    qCInfo(lcApp).noquote() << "opening activity" << endpoint.activityId << "on" << ChannelUrl::display(endpoint.httpBase);
    loadCopy(index);
    if (selectIt || m_current < 0)
        select(index);
    else
        updateLooking();
    s->start(); // without a copy (prefetchSnapshot) the snapshot downloads while the window is made
    return index;
}

void Workspace::loadCopy(int index)
{
    ActivitySession *s = at(index);
    const CopyLoad load = m_store->load(s->server(), s->activityId());
    if (load.error == CopyError::Missing)
        return;
    if (load.error == CopyError::NewerFormat) {
        m_sessions[index].newerCopy = true; // shown from the server; the copy stays as it is
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId()
                                   << "was written by a newer version: it is not read, and not written while the activity is open";
        Q_EMIT copyProblem(index, load.error, load.path);
        return;
    }
    if (load.error != CopyError::None) {
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId() << "could not be read:" << readProblemWords(load.error);
        Q_EMIT copyProblem(index, load.error, load.setAsidePath.isEmpty() ? load.path : load.setAsidePath);
        return;
    }
    QString why;
    if (!s->restoreCopy(load.copy, &why)) {
        qCWarning(lcApp).noquote() << "the local copy of" << s->activityId() << "does not load:" << why;
        Q_EMIT copyProblem(index, CopyError::Corrupt, load.path);
    }
    scheduleTrim(); // the copy's bytes and the parser's buffers are free again
}

void Workspace::close(int index)
{
    ActivitySession *s = at(index);
    if (!s)
        return;
    saveCopy(s);
    m_dirty.remove(s);
    disconnect(s, nullptr, this, nullptr);
    disconnect(s->catchUp(), nullptr, this, nullptr);
    Q_EMIT sessionAboutToBeRemoved(index);
    m_sessions.removeAt(index);
    const int oldCurrent = m_current;
    if (m_current > index || m_current >= m_sessions.size())
        --m_current;
    Q_EMIT sessionRemoved(index);
    Q_EMIT countChanged();
    Q_EMIT totalUnreadChanged();
    if (oldCurrent == index || m_current != oldCurrent) {
        updateLooking();
        Q_EMIT currentChanged();
    }
    s->deleteLater(); // the window may still hold it until the current one changes
    scheduleTrim();
}

void Workspace::select(int index)
{
    if (index < 0 || index >= m_sessions.size() || index == m_current)
        return;
    m_current = index;
    updateLooking();
    Q_EMIT currentChanged();
}

void Workspace::selectNext()
{
    if (!m_sessions.isEmpty())
        select((m_current + 1) % int(m_sessions.size()));
}

void Workspace::selectPrevious()
{
    if (!m_sessions.isEmpty())
        select((m_current - 1 + int(m_sessions.size())) % int(m_sessions.size()));
}

void Workspace::setWindowActive(bool active)
{
    m_windowActive = active;
    updateLooking();
}

void Workspace::updateLooking()
{
    for (int i = 0; i < m_sessions.size(); ++i)
        m_sessions[i].session->catchUp()->setUserIsLooking(m_windowActive && i == m_current);
}

void Workspace::saveCopy(ActivitySession *s)
{
    const int index = indexOf(s);
    if (index >= 0 && m_sessions[index].newerCopy)
        return; // never over a newer version's copy, as long as the activity is open
    if (s->loaded() || s->showingCopy())
        m_store->save(s->makeCopy()); // makeCopy dumps the whole state: only here, never per frame
}

void Workspace::onWriteFailed(const QString &path, CopyError error)
{
    int index = -1;
    for (int i = 0; i < m_sessions.size() && index < 0; ++i) {
        const ActivitySession *s = m_sessions[i].session;
        if (m_store->pathFor(s->server(), s->activityId()) == path)
            index = i;
    }
    // The store says it once per copy and error; a full disk or a folder that cannot be written is
    // one problem for all the copies, said once.
    if (error == CopyError::NewerFormat && index >= 0)
        m_sessions[index].newerCopy = true; // a newer version wrote it meanwhile: not tried again
    const bool allCopies = error == CopyError::NoSpace || error == CopyError::NotWritable;
    const bool said = allCopies && std::find(m_writeProblems.cbegin(), m_writeProblems.cend(), error) != m_writeProblems.cend();
    m_writeProblems.insert(path, error);
    qCWarning(lcApp).noquote() << "the local copy of"
                               << (index >= 0 ? at(index)->activityId() : QStringLiteral("a closed activity"))
                                          << "could not be written:" << writeProblemWords(error) << "- the last one written stays:" << path;
    if (!said)
        Q_EMIT copyProblem(index, error, path);
}

void Workspace::onWriteRecovered(const QString &path)
{
    if (m_writeProblems.remove(path))
        qCInfo(lcApp).noquote() << "the local copy is written again:" << path;
}

int Workspace::copyIntervalAfter(qint64 writeMs, int minimumMs)
{
    constexpr qint64 kShareOfGuiThread = 100; // a write at most every 100 times its duration
    constexpr qint64 kLongestMs = 60000;
    return int(std::clamp(writeMs * kShareOfGuiThread, qint64(minimumMs), std::max(kLongestMs, qint64(minimumMs))));
}

void Workspace::writeDirty()
{
    const QSet<ActivitySession *> dirty = std::exchange(m_dirty, {});
    QElapsedTimer took;
    took.start();
    for (ActivitySession *s : dirty) {
        if (indexOf(s) >= 0)
            saveCopy(s);
    }
    m_copyTimer.setInterval(copyIntervalAfter(took.elapsed(), m_copyIntervalMs));
    scheduleTrim(); // the dumps are freed once written
}

void Workspace::trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void Workspace::flushPendingFrames()
{
    for (const Entry &e : m_sessions)
        e.session->flushPending();
}

void Workspace::flushAll()
{
    m_copyTimer.stop();
    m_dirty.clear();
    for (const Entry &e : m_sessions)
        saveCopy(e.session);
    m_store->flush();
}

void Workspace::save(QSettings &settings) const
{
    QVariantList kept;
    for (const Entry &e : m_sessions)
        kept << QVariantMap {{kServerField, e.serverText}, {kActivityField, e.session->activityId()}};
    settings.setValue(kOpenKey, kept);
    settings.setValue(kSelectedKey, m_current);
}

int Workspace::restore(QSettings &settings, int *overLimit)
{
    const QVariantList kept = settings.value(kOpenKey).toList();
    const int selected = settings.value(kSelectedKey, 0).toInt();
    int opened = 0, select = -1;
    if (overLimit)
        *overLimit = 0;
    for (int i = 0; i < kept.size(); ++i) {
        if (isFull()) {
            if (overLimit)
                *overLimit = int(kept.size()) - i;
            qCWarning(lcApp) << kept.size() - i << "kept open activities are not reopened: at most" << kMaxOpen << "are open at once";
            break;
        }
        const QVariantMap m = kept[i].toMap();
        const QString serverText = m.value(kServerField).toString();
        QString error;
        const auto ep = ChannelUrl::resolve(serverText, m.value(kActivityField).toString(), &error);
        if (!ep) {
            qCWarning(lcApp).noquote() << "a kept open activity no longer resolves:" << error;
            continue;
        }
        const int index = open(*ep, serverText, false);
        if (i == selected)
            select = index; // the same one, even when an entry before it was skipped
        ++opened;
    }
    if (select >= 0)
        this->select(select);
    return opened;
}

} // namespace mirage
