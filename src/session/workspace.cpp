// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/workspace.h"

#include "base/logging.h"
#include "session/activitysession.h"
#include "store/copystore.h"
#include "store/journal.h"
#include "sync/serverclients.h"
#include <QSettings>

namespace mirage {

namespace {
const QString kOpenKey = QStringLiteral("workspace/open");
const QString kSelectedKey = QStringLiteral("workspace/selected");
const QString kServerField = QStringLiteral("server");
const QString kActivityField = QStringLiteral("activity");
} // namespace

Workspace::Workspace(const ChannelSettings &settings, ServerClients *clients, CopyStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clients(clients)
    , m_copies(store)
{
    connect(&m_copies, &CopyKeeper::copyProblem, this,
        [this](ActivitySession *s, CopyError error, const QString &path) { Q_EMIT copyProblem(indexOf(s), error, path); });
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
    connect(s->catchUp(), &CatchUp::unreadCountChanged, this, &Workspace::totalUnreadChanged);
    Q_EMIT sessionAdded(index);
    Q_EMIT countChanged();
    qCInfo(lcApp).noquote() << "opening activity" << endpoint.activityId << "on" << ChannelUrl::display(endpoint.httpBase);
    s->setJournal(m_journal); // its history and the names it knew, before its copy
    m_copies.keep(s); // its copy on screen at once
    if (selectIt || m_current < 0)
        select(index);
    else
        updateLooking();
    s->start(); // without a copy (prefetchSnapshot) the snapshot downloads while the window is made
    return index;
}

void Workspace::close(int index)
{
    ActivitySession *s = at(index);
    if (!s)
        return;
    m_copies.release(s);
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

void Workspace::setJournal(Journal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (!journal)
        return;
    connect(journal, &Journal::problemArisen, this, &Workspace::journalProblem);
    if (const JournalProblem problem = journal->problem(); problem != JournalProblem::None) {
        const QString path = problem == JournalProblem::SetAside ? journal->setAsidePath() : journal->path();
        QMetaObject::invokeMethod(
            this, [this, problem, path] { Q_EMIT journalProblem(problem, path); }, Qt::QueuedConnection);
    }
}

void Workspace::flushPendingFrames()
{
    for (const Entry &e : m_sessions)
        e.session->flushPending();
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
