// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/activitymanager.h"

#include "base/logging.h"
#include "desktop/appsettings.h"
#include "session/activitysession.h"
#include "session/copyproblemtext.h"
#include "session/journalproblemtext.h"
#include "session/limittext.h"
#include "session/workspace.h"
#include "sync/channelurl.h"
#include "sync/urlproblemtext.h"

namespace mirage {

ActivityManager::ActivityManager(Workspace *workspace, ServerClients *clients, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_recent(&settings->store())
{
    m_serverActivities.setClients(clients);
    connect(workspace, &Workspace::sessionAdded, this, [this](int index) { watch(m_workspace->at(index)); });
    connect(workspace, &Workspace::currentChanged, this, &ActivityManager::onCurrentChanged);
    connect(workspace, &Workspace::countChanged, this, [this] {
        save();
        Q_EMIT serversChanged();
    });
    connect(workspace, &Workspace::copyProblem, this, &ActivityManager::onCopyProblem);
    connect(workspace, &Workspace::journalProblem, this, &ActivityManager::onJournalProblem);
}

void ActivityManager::watch(ActivitySession *s)
{
    const QString serverText = m_workspace->serverText(m_workspace->indexOf(s));
    connect(s, &ActivitySession::activityChanged, this, [this, s, serverText] {
        if (!s->name().isEmpty())
            m_recent.touch(s->activityId(), serverText, s->name(), false);
    });
    connect(s, &ActivitySession::activityListChanged, this, [this, s] {
        if (s != m_workspace->current())
            return;
        const JsonValue &list = s->state().activityList();
        if (list.isArray())
            m_serverActivities.setFromEvent(list);
        else
            m_serverActivities.refresh();
    });
}

void ActivityManager::onCurrentChanged()
{
    save();
    if (ActivitySession *s = m_workspace->current())
        m_serverActivities.fetch(QUrl(s->server()));
    Q_EMIT serversChanged();
}

void ActivityManager::onCopyProblem(int index, CopyError error, const QString &path)
{
    const ActivitySession *s = m_workspace->at(index);
    addNotice(CopyProblemText::sentence(error, s ? (s->name().isEmpty() ? s->activityId() : s->name()) : QString(), path));
}

void ActivityManager::onJournalProblem(JournalProblem problem, const QString &path)
{
    addNotice(JournalProblemText::sentence(problem, path));
}

void ActivityManager::addNotice(const QString &text)
{
    if (text.isEmpty() || m_notice.split(QLatin1Char('\n')).contains(text))
        return; // still shown
    m_notice = m_notice.isEmpty() ? text : m_notice + QLatin1Char('\n') + text;
    Q_EMIT noticeChanged();
}

void ActivityManager::dismissNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    Q_EMIT noticeChanged();
}

void ActivityManager::showLimit(const QString &text)
{
    // One line for the latest limit reached, however many times it is (a flood is one message).
    QStringList lines = m_notice.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeOne(std::exchange(m_limitNotice, text));
    m_notice = (lines << text).join(QLatin1Char('\n'));
    Q_EMIT noticeChanged();
}

void ActivityManager::save()
{
    if (m_restoring)
        return;
    m_workspace->save(m_settings->store());
    m_settings->store().sync(); // a kill -9 keeps what is open
}

int ActivityManager::restore()
{
    m_restoring = true;
    int overLimit = 0;
    const int n = m_workspace->restore(m_settings->store(), &overLimit);
    m_restoring = false;
    save();
    if (overLimit > 0)
        showLimit(LimitText::notReopened(overLimit));
    return n;
}

QStringList ActivityManager::servers() const
{
    QStringList out;
    const int current = m_workspace->currentIndex();
    if (current >= 0)
        out << m_workspace->serverText(current);
    const QStringList open = m_workspace->servers();
    for (const QString &s : open) {
        if (!out.contains(s))
            out << s;
    }
    for (int row = 0; row < m_recent.rowCount(); ++row) {
        const QString s = m_recent.index(row).data(RecentActivitiesModel::ServerRole).toString();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

OpenCheck ActivityManager::validate(const QString &server, const QString &activity) const
{
    QString error;
    UrlProblem problem;
    const QString a = activity.trimmed();
    std::optional<ChannelEndpoint> ep;
    if (!ChannelUrl::isChannelUrl(a) && server.trimmed().isEmpty() && !ChannelUrl::activityId(a, &error, &problem))
        ep = std::nullopt; // say what is wrong with the UUID first
    else
        ep = ChannelUrl::resolveTyped(server, a, &error, &problem);
    if (!ep) // in the window's language (`error` is the command line's English)
        return {false, UrlProblemText::sentence(problem), {}, {}};
    if (m_workspace->isFull() && m_workspace->indexOf(ep->httpBase.toString(), ep->activityId) < 0)
        return {false, LimitText::workspaceFull(), {}, {}};
    return {true, QString(), ep->activityId, ChannelUrl::display(ep->httpBase)};
}

ActivitySession *ActivityManager::open(const QString &server, const QString &activity)
{
    QString error;
    const QString a = activity.trimmed();
    const auto ep = ChannelUrl::resolveTyped(server, a, &error);
    const bool known = ep && m_workspace->indexOf(ep->httpBase.toString(), ep->activityId) >= 0;
    if (ep && !known && m_workspace->isFull()) {
        error = QStringLiteral("%1 activities are open, the most at once").arg(Workspace::kMaxOpen); // i18n: not shown (the log)
        showLimit(LimitText::workspaceFull());
    }
    if (!ep || !error.isEmpty()) {
        m_openError = error;
        qCWarning(lcApp).noquote() << "cannot open the activity:" << error;
        return nullptr;
    }
    m_openError.clear();
    const QString serverText = ChannelUrl::isChannelUrl(a) ? ep->httpBase.toString() : ChannelUrl::asciiHost(server.trimmed());
    const int index = m_workspace->open(*ep, serverText);
    if (!known) {
        m_settings->setLastServer(serverText);
        m_recent.touch(ep->activityId, serverText, QString(), true);
    }
    return m_workspace->at(index);
}

void ActivityManager::fetchServerActivities(const QString &server)
{
    m_serverActivities.fetch(ChannelUrl::serverBase(server));
}

} // namespace mirage
