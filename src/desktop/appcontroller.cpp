// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/appcontroller.h"

#include "desktop/trayicon.h"
#include "protocol/logging.h"
#include "session/filemodel.h"
#include "sync/channelurl.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QWindow>

namespace mirage {

namespace {
// The http(s) base of what the user typed as a server, when it is a valid server URL.
QUrl serverBase(const QString &server)
{
    const auto ep = ChannelUrl::resolve(server, QStringLiteral("00000000-0000-0000-0000-000000000000"), nullptr);
    return ep ? ep->httpBase : QUrl();
}

// What the open dialog and the command line give: a server and a UUID, or a full channel URL in
// the activity field (then the server field does not matter).
bool isChannelUrl(const QString &activity)
{
    return activity.contains(QLatin1String("://"));
}
std::optional<ChannelEndpoint> resolveRequest(const QString &server, const QString &activity, QString *error)
{
    return isChannelUrl(activity) ? ChannelUrl::resolve(activity, QString(), error) : ChannelUrl::resolve(server, activity, error);
}
} // namespace

AppController::AppController(const ChannelSettings &channelSettings, QObject *parent)
    : QObject(parent)
    , m_channelSettings(channelSettings)
    , m_clients(channelSettings.token, channelSettings.tokenQueryName)
{
    m_recent = new RecentActivitiesModel(&m_settings.store(), this);
    m_serverActivities = new ServerActivitiesModel(this);
    m_serverActivities->setClients(&m_clients);
    m_notifier = new Notifier(&m_settings, this);
    m_notifier->setUserIsLooking([this] { return userIsLooking(); });
    connect(m_notifier, &Notifier::serviceAvailableChanged, this, &AppController::notificationServiceAvailableChanged);
    connect(m_notifier, &Notifier::posted, this, [this] {
        if (!userIsLooking())
            setUnread(m_unread + 1);
    });
    connect(m_notifier, &Notifier::activated, this, [this](const QString &section, const QString &itemId) {
        raiseWindow();
        Q_EMIT showItemRequested(section, itemId);
    });
}

AppController::~AppController()
{
    m_notifier->closeAll();
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
    m_notifier->setFallback(
        [this](const QString &summary, const QString &body, int urgency) { m_tray->showMessage(summary, body, urgency); });
    connect(
        this, &AppController::windowTitleChanged, m_tray, [this] { m_tray->setActivityName(m_session ? m_session->name() : QString()); });
    connect(this, &AppController::unreadCountChanged, m_tray, [this] { m_tray->setUnread(m_unread); });
}

void AppController::setWindow(QWindow *window)
{
    m_window = window;
    if (!window)
        return;
    connect(window, &QWindow::activeChanged, this, [this] {
        if (m_window && m_window->isActive())
            markRead();
    });
    connect(window, &QWindow::visibleChanged, this, [this](bool visible) {
        if (m_tray)
            m_tray->setWindowShown(visible);
    });
}

bool AppController::userIsLooking() const
{
    return m_session && m_window && m_window->isVisible() && m_window->isActive() && m_window->visibility() != QWindow::Minimized;
}

QString AppController::windowTitle() const
{
    if (!m_session)
        return QStringLiteral("MirageDesk");
    const QString name = m_session->name().isEmpty() ? m_session->activityId() : m_session->name();
    return QStringLiteral("%1 — MirageDesk").arg(name.simplified());
}

QVariantMap AppController::validate(const QString &server, const QString &activity) const
{
    QString error;
    const QString a = activity.trimmed();
    std::optional<ChannelEndpoint> ep;
    if (!isChannelUrl(a) && server.trimmed().isEmpty() && !a.isEmpty() && !ChannelUrl::activityId(a, &error))
        ep = std::nullopt; // say what is wrong with the UUID first
    else
        ep = resolveRequest(server, a, &error);
    if (!ep) {
        if (!error.isEmpty())
            error[0] = error[0].toUpper();
        return {{QStringLiteral("ok"), false}, {QStringLiteral("reason"), error}};
    }
    return {{QStringLiteral("ok"), true},
        {QStringLiteral("reason"), QString()},
            {QStringLiteral("activityId"), ep->activityId}, {QStringLiteral("server"), ep->httpBase.toString()}};
}

bool AppController::open(const QString &server, const QString &activity)
{
    QString error;
    const QString a = activity.trimmed();
    const auto ep = resolveRequest(server, a, &error);
    if (!ep) {
        m_openError = error;
        qCWarning(lcApp).noquote() << "cannot open the activity:" << error;
        return false;
    }
    m_openError.clear();
    const QString serverText = isChannelUrl(a) ? ep->httpBase.toString() : server.trimmed();
    if (m_session && m_session->activityId() == ep->activityId && m_session->server() == ep->httpBase.toString()) {
        raiseWindow();
        return true;
    }
    if (m_session) {
        disconnect(m_session.get(), nullptr, this, nullptr);
        m_session.reset();
    }
    m_session = std::make_unique<ActivitySession>(*ep, m_channelSettings, m_clients.clientFor(ep->httpBase));
    ActivitySession *s = m_session.get();
    qCInfo(lcApp).noquote() << "opening activity" << ep->activityId << "on" << ChannelUrl::display(ep->httpBase);
    connect(s, &ActivitySession::activityChanged, this, [this, s, serverText] {
        Q_EMIT windowTitleChanged();
        if (!s->name().isEmpty())
            m_recent->touch(s->activityId(), serverText, s->name(), false);
    });
    connect(s, &ActivitySession::notificationRequested, m_notifier, &Notifier::notify);
    connect(s, &ActivitySession::activityListChanged, this, [this, s] {
        const JsonValue &list = s->state().activityList();
        if (list.isArray())
            m_serverActivities->setFromEvent(list);
        else
            m_serverActivities->refresh();
    });
    m_settings.setLastServer(serverText);
    m_recent->touch(ep->activityId, serverText, QString(), true);
    m_serverActivities->fetch(ep->httpBase);
    Q_EMIT sessionChanged();
    Q_EMIT windowTitleChanged();
    s->start();
    return true;
}

void AppController::fetchServerActivities(const QString &server)
{
    m_serverActivities->fetch(serverBase(server));
}

bool AppController::openLink(const QString &url)
{
    if (!FileModel::isOpenableUrl(url)) {
        qCWarning(lcApp) << "refused to open a link that is not http(s)";
        return false;
    }
    // A user:password@ in the link stays here: neither the browser nor its history gets it.
    const QUrl target = QUrl(url, QUrl::StrictMode).adjusted(QUrl::RemoveUserInfo);
    return m_urlOpener ? m_urlOpener(target) : QDesktopServices::openUrl(target);
}

void AppController::quit()
{
    QCoreApplication::quit();
}

void AppController::raiseWindow()
{
    if (!m_window)
        return;
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
    setUnread(0);
}

void AppController::setUnread(int n)
{
    if (n == m_unread)
        return;
    m_unread = n;
    Q_EMIT unreadCountChanged();
}

} // namespace mirage
