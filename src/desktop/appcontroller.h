// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/appsettings.h"
#include "desktop/notifier.h"
#include "session/activitysession.h"
#include "session/recentactivitiesmodel.h"
#include "session/serveractivitiesmodel.h"
#include "sync/channelsettings.h"
#include "sync/serverclients.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QWindow;

namespace mirage {

class TrayIcon;

// What the window talks to: opening an activity (validated as the user types), the open session,
// the recent and the server's activities, popups, the tray and the unread count.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the one AppController and hands it to Main.qml")
    // Typed (and named with their namespace, which QML's tools need) so qmlcachegen can compile
    // the bindings that read them and qmllint can check them.
    Q_PROPERTY(mirage::ActivitySession *session READ session NOTIFY sessionChanged FINAL)
    Q_PROPERTY(mirage::AppSettings *settings READ settings CONSTANT FINAL)
    Q_PROPERTY(mirage::RecentActivitiesModel *recent READ recent CONSTANT FINAL)
    Q_PROPERTY(mirage::ServerActivitiesModel *serverActivities READ serverActivities CONSTANT FINAL)
    Q_PROPERTY(QString windowTitle READ windowTitle NOTIFY windowTitleChanged FINAL)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged FINAL)
    Q_PROPERTY(bool notificationServiceAvailable READ notificationServiceAvailable NOTIFY notificationServiceAvailableChanged FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
public:
    explicit AppController(const ChannelSettings &channelSettings, QObject *parent = nullptr);
    ~AppController() override;

    // The checks of the open dialog: {ok, reason, activityId, server}. `activity` may also be a
    // full channel URL (then `server` is not needed).
    Q_INVOKABLE QVariantMap validate(const QString &server, const QString &activity) const;
    // Opens (or, when it is already open, raises) the activity. False with openError set otherwise.
    Q_INVOKABLE bool open(const QString &server, const QString &activity);
    Q_INVOKABLE void fetchServerActivities(const QString &server);
    // Opens an http(s) link in the browser; anything else is refused.
    Q_INVOKABLE bool openLink(const QString &url);
    Q_INVOKABLE void quit();
    Q_INVOKABLE void toggleWindow();
    Q_INVOKABLE void markRead();
    // Brings the window forward (shown, raised, activated).
    Q_INVOKABLE void raiseWindow();

    // The window whose focus decides whether popups are needed; set once QML has made it.
    void setWindow(QWindow *window);
    void enableTray();
    // What opens an http(s) link (default: the desktop's browser); for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_urlOpener = std::move(opener); }
    ActivitySession *session() const { return m_session.get(); }
    AppSettings *settings() { return &m_settings; }
    Notifier *notifier() { return m_notifier; }
    TrayIcon *tray() { return m_tray; }
    RecentActivitiesModel *recent() { return m_recent; }
    ServerActivitiesModel *serverActivities() { return m_serverActivities; }
    QString windowTitle() const;
    int unreadCount() const { return m_unread; }
    bool notificationServiceAvailable() const { return m_notifier->serviceAvailable(); }
    QString openError() const { return m_openError; }
    static QString version();
    bool userIsLooking() const;

Q_SIGNALS:
    void sessionChanged();
    void windowTitleChanged();
    void unreadCountChanged();
    void notificationServiceAvailableChanged();
    // Bring the window forward and show this item ("steps", "people", "files", "log").
    void showItemRequested(const QString &section, const QString &itemId);

private:
    void setUnread(int n);

    ChannelSettings m_channelSettings;
    ServerClients m_clients; // one ServerClient per server: the session's channel and the server's list share it
    AppSettings m_settings;
    RecentActivitiesModel *m_recent;
    ServerActivitiesModel *m_serverActivities;
    Notifier *m_notifier;
    TrayIcon *m_tray = nullptr;
    std::unique_ptr<ActivitySession> m_session;
    QString m_sessionServerText;
    QPointer<QWindow> m_window;
    int m_unread = 0;
    QString m_openError;
    std::function<bool(const QUrl &)> m_urlOpener;
};

} // namespace mirage
