// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/appcontroller.h"

#include "base/logging.h"
#include "desktop/openlink.h"
#include "desktop/trayicon.h"
#include "desktop/windowactivation.h"
#include "session/copyproblemtext.h"
#include "session/filemodel.h"
#include "session/jsontext.h"
#include "session/limittext.h"
#include "session/stepmodel.h"
#include "session/urlproblemtext.h"
#include "sync/channelurl.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QWindow>

namespace mirage {

AppController::AppController(const ChannelSettings &channelSettings, QObject *parent, const QString &copyDirectory)
    : QObject(parent)
    , m_channelSettings(channelSettings)
    , m_clients(channelSettings.token, channelSettings.tokenQueryName)
    , m_copies(std::make_unique<CopyStore>(copyDirectory))
    , m_workspace(std::make_unique<Workspace>(channelSettings, &m_clients, m_copies.get()))
    , m_tokens(std::make_unique<TokenBroker>(&m_clients, m_workspace.get()))
{
    m_sessions = new SessionListModel(m_workspace.get(), this);
    m_recent = new RecentActivitiesModel(&m_settings.store(), this);
    m_serverActivities = new ServerActivitiesModel(this);
    m_serverActivities->setClients(&m_clients);
    m_notifier = new Notifier(&m_settings, this);
    m_popups = new PopupListModel(this);
    m_notifier->setFallback([this](const NotificationRequest &r) {
        m_popups->add(r);
        if (m_tray) // the window may be hidden; the tray's balloon shows it where it can
            m_tray->showMessage(r.summary, r.body, r.urgency);
    });
    connect(m_popups, &PopupListModel::activated, this,
        [this](const QString &section, const QString &itemId, const QString &key) { showFromPopup(section, itemId, key, QString()); });
    // A popup of another activity than the one in front is shown even while the window is.
    m_notifier->setUserIsLooking([this] { return userIsLooking() && (!m_notifying || m_notifying == session()); });
    connect(m_notifier, &Notifier::serviceAvailableChanged, this, &AppController::notificationServiceAvailableChanged);
    connect(m_notifier, &Notifier::activated, this, &AppController::showFromPopup);
    connect(m_workspace.get(), &Workspace::sessionAdded, this, [this](int index) { watch(m_workspace->at(index)); });
    connect(m_workspace.get(), &Workspace::currentChanged, this, &AppController::onCurrentChanged);
    connect(m_workspace.get(), &Workspace::countChanged, this, [this] {
        saveWorkspace();
        Q_EMIT serversChanged();
    });
    connect(m_workspace.get(), &Workspace::totalUnreadChanged, this, &AppController::unreadCountChanged);
    connect(m_workspace.get(), &Workspace::copyProblem, this, &AppController::onCopyProblem);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_workspace->flushAll(); });
}

AppController::~AppController()
{
    m_notifier->closeAll();
    delete m_sessions;
    m_sessions = nullptr;
    m_tokens.reset(); // no late answer of the secret store reaches the workspace
    m_workspace.reset(); // writes every copy, then the sessions go
}

void AppController::showFromPopup(const QString &section, const QString &itemId, const QString &key, const QString &activationToken)
{
    // The key names the activity (see watch()): its popup selects it.
    const QStringList parts = key.split(QLatin1Char('\n'));
    if (parts.size() >= 3)
        select(m_workspace->indexOf(parts.at(1), parts.at(0)));
    raiseWindow(activationToken);
    Q_EMIT showItemRequested(section, itemId);
}

void AppController::watch(ActivitySession *s)
{
    m_tokens->watch(s);
    const QString serverText = m_workspace->serverText(m_workspace->indexOf(s));
    connect(s, &ActivitySession::activityChanged, this, [this, s, serverText] {
        if (s == session())
            Q_EMIT windowTitleChanged();
        if (!s->name().isEmpty())
            m_recent->touch(s->activityId(), serverText, s->name(), false);
    });
    connect(s, &ActivitySession::notificationRequested, this, [this, s](NotificationRequest request) {
        // Popups of several activities must not replace each other, and a click must find its activity.
        const QString scope = s->activityId() + QLatin1Char('\n') + s->server() + QLatin1Char('\n');
        request.key = scope + request.key;
        if (!request.group.isEmpty())
            request.group = scope + request.group; // a burst is grouped per activity
        m_notifying = s;
        m_notifier->notify(request);
        m_notifying = nullptr;
    });
    connect(s, &ActivitySession::activityListChanged, this, [this, s] {
        if (s != session())
            return;
        const JsonValue &list = s->state().activityList();
        if (list.isArray())
            m_serverActivities->setFromEvent(list);
        else
            m_serverActivities->refresh();
    });
}

void AppController::onCurrentChanged()
{
    saveWorkspace();
    if (ActivitySession *s = session())
        m_serverActivities->fetch(QUrl(s->server()));
    Q_EMIT sessionChanged();
    Q_EMIT windowTitleChanged();
    Q_EMIT serversChanged();
}

void AppController::onCopyProblem(int index, CopyError error, const QString &path)
{
    const ActivitySession *s = m_workspace->at(index);
    const QString text = CopyProblemText::sentence(error, s ? (s->name().isEmpty() ? s->activityId() : s->name()) : QString(), path);
    if (text.isEmpty() || m_notice.split(QLatin1Char('\n')).contains(text))
        return; // still shown
    m_notice = m_notice.isEmpty() ? text : m_notice + QLatin1Char('\n') + text;
    Q_EMIT noticeChanged();
}

void AppController::dismissNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    Q_EMIT noticeChanged();
}

void AppController::saveWorkspace()
{
    if (m_restoring)
        return;
    m_workspace->save(m_settings.store());
    m_settings.store().sync(); // a kill -9 keeps what is open
}

int AppController::restoreWorkspace()
{
    m_restoring = true;
    int overLimit = 0;
    const int n = m_workspace->restore(m_settings.store(), &overLimit);
    m_restoring = false;
    saveWorkspace();
    if (overLimit > 0)
        showLimit(LimitText::notReopened(overLimit));
    return n;
}

QStringList AppController::servers() const
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
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        const QString s = m_recent->index(row).data(RecentActivitiesModel::ServerRole).toString();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

void AppController::close(int index)
{
    m_workspace->close(index);
}

void AppController::select(int index)
{
    m_workspace->select(index);
}

void AppController::selectNext()
{
    m_workspace->selectNext();
}

void AppController::selectPrevious()
{
    m_workspace->selectPrevious();
}

QString AppController::version()
{
    return QStringLiteral(MIRAGEDESK_VERSION);
}

void AppController::enableTray()
{
    if (m_tray)
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &AppController::toggleWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &AppController::quit);
    connect(
        this, &AppController::windowTitleChanged, m_tray, [this] { m_tray->setActivityName(session() ? session()->name() : QString()); });
    connect(this, &AppController::unreadCountChanged, m_tray, [this] { m_tray->setUnread(unreadCount()); });
}

void AppController::setWindow(QWindow *window)
{
    m_window = window;
    if (!window)
        return;
    connect(window, &QWindow::activeChanged, this, &AppController::updateLooking);
    connect(window, &QWindow::visibilityChanged, this, &AppController::updateLooking);
    connect(window, &QWindow::visibleChanged, this, [this](bool visible) {
        if (m_tray)
            m_tray->setWindowShown(visible);
    });
    if (auto *quick = qobject_cast<QQuickWindow *>(window)) { // bench/run-workspace-bench waits for this line
        connect(
            quick, &QQuickWindow::frameSwapped, this,
            [this] { qCInfo(lcApp) << "first frame shown with" << m_workspace->count() << "activities open"; }, Qt::SingleShotConnection);
    }
    updateLooking();
}

void AppController::updateLooking()
{
    m_workspace->setWindowActive(m_window && m_window->isVisible() && m_window->isActive() && m_window->visibility() != QWindow::Minimized);
}

bool AppController::userIsLooking() const
{
    return session() && m_window && m_window->isVisible() && m_window->isActive() && m_window->visibility() != QWindow::Minimized;
}

QString AppController::windowTitle() const
{
    const ActivitySession *s = session();
    if (!s)
        return QStringLiteral("MirageDesk");
    const QString name = s->name().isEmpty() ? s->activityId() : s->name();
    return QStringLiteral("%1 — MirageDesk").arg(name.simplified());
}

OpenCheck AppController::validate(const QString &server, const QString &activity) const
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

bool AppController::open(const QString &server, const QString &activity, const QString &step)
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
        return false;
    }
    m_openError.clear();
    const QString serverText = ChannelUrl::isChannelUrl(a) ? ep->httpBase.toString() : ChannelUrl::asciiHost(server.trimmed());
    m_workspace->open(*ep, serverText);
    if (!known) {
        m_settings.setLastServer(serverText);
        m_recent->touch(ep->activityId, serverText, QString(), true);
    }
    if (!step.isEmpty())
        showStepWhenThere(m_workspace->at(m_workspace->indexOf(ep->httpBase.toString(), ep->activityId)), step);
    raiseWindow();
    return true;
}

void AppController::showLimit(const QString &text)
{
    // One line for the latest limit reached, however many times it is (a flood is one message).
    QStringList lines = m_notice.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeOne(std::exchange(m_limitNotice, text));
    m_notice = (lines << text).join(QLatin1Char('\n'));
    Q_EMIT noticeChanged();
}

void AppController::showStepWhenThere(ActivitySession *s, const QString &step)
{
    delete m_pendingStep; // a newer link wins
    if (!s)
        return;
    const QString key = JsonText::idKey(step.toStdString());
    StepModel *steps = s->stepModel();
    auto show = [this, s, steps, key] {
        if (session() != s || steps->rowOf(key) < 0)
            return false;
        Q_EMIT showItemRequested(QStringLiteral("steps"), key);
        return true;
    };
    // Asked first once the event loop runs (the window may not be made yet), then again as rows
    // arrive (the activity is loading) until shown; gone with the session.
    m_pendingStep = new QObject(s);
    QObject *pending = m_pendingStep;
    auto retry = [show, pending] {
        if (show())
            pending->deleteLater();
    };
    QMetaObject::invokeMethod(pending, retry, Qt::QueuedConnection);
    connect(steps, &QAbstractItemModel::rowsInserted, pending, retry);
    connect(steps, &QAbstractItemModel::modelReset, pending, retry);
    connect(m_workspace.get(), &Workspace::currentChanged, pending, retry);
}

QString AppController::linkTo(const QString &stepId) const
{
    const ActivitySession *s = session();
    return s ? OpenLink::linkTo(s->server(), s->activityId(), stepId) : QString();
}

void AppController::copyText(const QString &text)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->clipboard()->setText(text);
}

void AppController::fetchServerActivities(const QString &server)
{
    m_serverActivities->fetch(ChannelUrl::serverBase(server));
}

bool AppController::openLink(const QString &url)
{
    if (!FileModel::isOpenableUrl(url)) {
        qCWarning(lcApp) << "refused to open a link that is not http(s)";
        Q_EMIT linkFailed(QString(), true);
        return false;
    }
    // A user:password@ in the link stays here: neither the browser nor its history gets it.
    const QUrl target = QUrl(url, QUrl::StrictMode).adjusted(QUrl::RemoveUserInfo);
    const bool opened = m_urlOpener ? m_urlOpener(target) : QDesktopServices::openUrl(target);
    if (!opened) {
        qCWarning(lcApp).noquote() << "nothing opened a link to" << target.host();
        Q_EMIT linkFailed(target.host(), false);
    }
    return opened;
}

void AppController::quit()
{
    QCoreApplication::quit();
}

void AppController::raiseWindow(const QString &activationToken)
{
    if (!m_window)
        return;
    WindowActivation::useToken(m_window, activationToken);
    if (!m_window->isVisible() || m_window->visibility() == QWindow::Minimized)
        m_window->showNormal();
    m_window->raise();
    m_window->requestActivate();
}

void AppController::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && m_window->visibility() != QWindow::Minimized)
        m_window->hide();
    else
        raiseWindow();
}

void AppController::markRead()
{
    if (ActivitySession *s = session()) { // seen now, even when the window is not in front
        s->setUserIsLooking(true);
        updateLooking();
    }
}

} // namespace mirage
