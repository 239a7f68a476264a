// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/appcontroller.h"

#include "base/logging.h"
#include "desktop/trayicon.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QWindow>

namespace mirage {

AppController::AppController(const ChannelSettings &channelSettings, QObject *parent, const QString &copyDirectory)
    : QObject(parent)
    , m_clients(channelSettings.token, channelSettings.tokenQueryName, channelSettings.tls)
    , m_copies(std::make_unique<CopyStore>(copyDirectory))
    , m_journal(std::make_unique<Journal>(copyDirectory.isEmpty() ? QString() : copyDirectory + QStringLiteral("/journal")))
          , m_workspace(std::make_unique<Workspace>(channelSettings, &m_clients, m_copies.get()))
          , m_tokens(std::make_unique<TokenBroker>(&m_clients, m_workspace.get()))
{
    m_workspace->setJournal(m_journal.get());
    m_sessions = new SessionListModel(m_workspace.get(), this);
    m_serverTrust = new ServerTrust(&m_clients, m_workspace.get(), &m_settings.store(), this);
    m_serverTrust->restore();
    m_activities = new ActivityManager(m_workspace.get(), &m_clients, &m_settings, this);
    m_links = new LinkRouter(m_activities, m_workspace.get(), this);
    m_window = new WindowController(this);
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
    connect(m_workspace.get(), &Workspace::currentChanged, this, [this] {
        Q_EMIT sessionChanged();
        Q_EMIT windowTitleChanged();
    });
    connect(m_workspace.get(), &Workspace::totalUnreadChanged, this, &AppController::unreadCountChanged);
    connect(m_activities, &ActivityManager::serversChanged, this, &AppController::serversChanged);
    connect(m_activities, &ActivityManager::noticeChanged, this, &AppController::noticeChanged);
    connect(m_links, &LinkRouter::showItemRequested, this, &AppController::showItemRequested);
    connect(m_links, &LinkRouter::linkFailed, this, &AppController::linkFailed);
    connect(m_links, &LinkRouter::raiseRequested, m_window, [this] { m_window->raise(); });
    connect(m_window, &WindowController::inFrontChanged, this, &AppController::updateLooking);
    connect(m_window, &WindowController::shownChanged, this, [this](bool shown) {
        if (m_tray)
            m_tray->setWindowShown(shown);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_workspace->flushAll(); });
}

AppController::~AppController()
{
    m_notifier->closeAll();
    delete m_sessions;
    m_sessions = nullptr;
    delete m_links; // its pending step belongs to a session
    m_links = nullptr;
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
    connect(s, &ActivitySession::activityChanged, this, [this, s] {
        if (s == session())
            Q_EMIT windowTitleChanged();
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
    m_window->setWindow(window);
    if (auto *quick = qobject_cast<QQuickWindow *>(window)) { // bench/run-workspace-bench waits for this line
        connect(
            quick, &QQuickWindow::frameSwapped, this,
            [this] { qCInfo(lcApp) << "first frame shown with" << m_workspace->count() << "activities open"; }, Qt::SingleShotConnection);
    }
    updateLooking();
}

void AppController::updateLooking()
{
    m_workspace->setWindowActive(m_window->inFront());
}

QString AppController::windowTitle() const
{
    const ActivitySession *s = session();
    if (!s)
        return QStringLiteral("MirageDesk");
    const QString name = s->name().isEmpty() ? s->activityId() : s->name();
    return QStringLiteral("%1 — MirageDesk").arg(name.simplified());
}

void AppController::quit()
{
    QCoreApplication::quit();
}

void AppController::markRead()
{
    if (ActivitySession *s = session()) { // seen now, even when the window is not in front
        s->catchUp()->setUserIsLooking(true);
        updateLooking();
    }
}

} // namespace mirage
