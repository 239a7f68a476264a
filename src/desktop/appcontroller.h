// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/activitymanager.h"
#include "desktop/appsettings.h"
#include "desktop/linkrouter.h"
#include "desktop/notifier.h"
#include "desktop/opencheck.h"
#include "desktop/popuplistmodel.h"
#include "desktop/servertrust.h"
#include "desktop/tokenbroker.h"
#include "desktop/windowcontroller.h"
#include "session/activitysession.h"
#include "session/recentactivitiesmodel.h"
#include "session/serveractivitiesmodel.h"
#include "session/sessionlistmodel.h"
#include "session/workspace.h"
#include "store/copystore.h"
#include "store/journal.h"
#include "sync/channelsettings.h"
#include "sync/serverclients.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QWindow;

namespace mirage {

class TrayIcon;

// What the window talks to, the one object QML is given: the open activities (the Workspace,
// listed by `sessions` for the sidebar) and the selected one (`session`), popups from all of them,
// the tray and the total unread count. Three parts do the rest (issue #24): `activities` opens
// them (ActivityManager: validation, recent, the server's list, the notice), `links` follows
// links in and out (LinkRouter), `window` is the window (WindowController). The invokables and
// properties below that name a part's job hand it over (the QML reads them here).
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the one AppController and hands it to Main.qml")
    // Typed (and named with their namespace, which QML's tools need) so qmlcachegen can compile
    // the bindings that read them and qmllint can check them.
    // The selected activity (null when none is open).
    Q_PROPERTY(mirage::ActivitySession *session READ session NOTIFY sessionChanged FINAL)
    Q_PROPERTY(mirage::Workspace *workspace READ workspace CONSTANT FINAL)
    Q_PROPERTY(mirage::SessionListModel *sessions READ sessions CONSTANT FINAL)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE select NOTIFY sessionChanged FINAL)
    // The servers of the open and the recent activities, as typed, the selected one's first.
    Q_PROPERTY(QStringList servers READ servers NOTIFY serversChanged FINAL)
    // A message for the window (a local copy that could not be read); empty when there is none.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged FINAL)
    Q_PROPERTY(mirage::AppSettings *settings READ settings CONSTANT FINAL)
    Q_PROPERTY(mirage::RecentActivitiesModel *recent READ recent CONSTANT FINAL)
    Q_PROPERTY(mirage::ServerActivitiesModel *serverActivities READ serverActivities CONSTANT FINAL)
    Q_PROPERTY(QString windowTitle READ windowTitle NOTIFY windowTitleChanged FINAL)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged FINAL)
    Q_PROPERTY(bool notificationServiceAvailable READ notificationServiceAvailable NOTIFY notificationServiceAvailableChanged FINAL)
    // The popups the window shows itself while no notification service shows them.
    Q_PROPERTY(mirage::PopupListModel *popups READ popups CONSTANT FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    // Finds tokens for servers that ask for one (the secret store, then the user).
    Q_PROPERTY(mirage::TokenBroker *tokens READ tokens CONSTANT FINAL)
    // Each server's CA file and Origin (issue #25).
    Q_PROPERTY(mirage::ServerTrust *serverTrust READ serverTrust CONSTANT FINAL)
    // The parts.
    Q_PROPERTY(mirage::ActivityManager *activities READ activities CONSTANT FINAL)
    Q_PROPERTY(mirage::LinkRouter *links READ links CONSTANT FINAL)
    Q_PROPERTY(mirage::WindowController *window READ window CONSTANT FINAL)
public:
    // `copyDirectory` empty: CopyStore's default (QStandardPaths::AppDataLocation + "/copies").
    explicit AppController(const ChannelSettings &channelSettings, QObject *parent = nullptr, const QString &copyDirectory = {});
    ~AppController() override;

    // The workspace part's (ActivityManager).
    Q_INVOKABLE mirage::OpenCheck validate(const QString &server, const QString &activity) const
    {
        return m_activities->validate(server, activity);
    }
    // Opens the activity and selects it (one already open is only selected), and raises the
    // window. False with openError set otherwise. A `step` (from a link's …&step=<id>) is shown
    // (showItemRequested) as soon as the activity has it.
    Q_INVOKABLE bool open(const QString &server, const QString &activity, const QString &step = QString())
    {
        return m_links->open(server, activity, step);
    }
    // Closes the activity at `index` (its copy is written and kept).
    Q_INVOKABLE void close(int index) { m_workspace->close(index); }
    Q_INVOKABLE void select(int index) { m_workspace->select(index); }
    Q_INVOKABLE void selectNext() { m_workspace->selectNext(); }
    Q_INVOKABLE void selectPrevious() { m_workspace->selectPrevious(); }
    Q_INVOKABLE void dismissNotice() { m_activities->dismissNotice(); }
    int restoreWorkspace() { return m_activities->restore(); }
    void showLimit(const QString &text) { m_activities->showLimit(text); }
    Q_INVOKABLE void fetchServerActivities(const QString &server) { m_activities->fetchServerActivities(server); }
    QStringList servers() const { return m_activities->servers(); }
    QString notice() const { return m_activities->notice(); }
    RecentActivitiesModel *recent() { return m_activities->recent(); }
    ServerActivitiesModel *serverActivities() { return m_activities->serverActivities(); }
    QString openError() const { return m_activities->openError(); }
    // The links part's (LinkRouter).
    Q_INVOKABLE bool openLink(const QString &url) { return m_links->openLink(url); }
    Q_INVOKABLE QString linkTo(const QString &stepId = QString()) const { return m_links->linkTo(stepId); }
    Q_INVOKABLE void copyText(const QString &text) { m_links->copyText(text); }
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_links->setUrlOpener(std::move(opener)); }
    // The window part's (WindowController).
    Q_INVOKABLE void toggleWindow() { m_window->toggle(); }
    Q_INVOKABLE void raiseWindow(const QString &activationToken = QString()) { m_window->raise(activationToken); }

    Q_INVOKABLE void quit();
    // Counts the selected activity as seen now, even when the window is not in front.
    Q_INVOKABLE void markRead();
    // The window whose focus decides whether popups are needed; set once QML has made it.
    void setWindow(QWindow *window);
    void enableTray();
    ActivitySession *session() const { return m_workspace->current(); }
    Workspace *workspace() const { return m_workspace.get(); }
    TokenBroker *tokens() const { return m_tokens.get(); }
    ServerTrust *serverTrust() const { return m_serverTrust; }
    SessionListModel *sessions() const { return m_sessions; }
    ActivityManager *activities() const { return m_activities; }
    LinkRouter *links() const { return m_links; }
    WindowController *window() const { return m_window; }
    int currentIndex() const { return m_workspace->currentIndex(); }
    AppSettings *settings() { return &m_settings; }
    Notifier *notifier() { return m_notifier; }
    PopupListModel *popups() const { return m_popups; }
    TrayIcon *tray() { return m_tray; }
    QString windowTitle() const;
    int unreadCount() const { return m_workspace->totalUnread(); }
    bool notificationServiceAvailable() const { return m_notifier->serviceAvailable(); }
    static QString version();
    // A session is selected and the window is in front.
    bool userIsLooking() const { return session() && m_window->inFront(); }

Q_SIGNALS:
    void sessionChanged();
    void windowTitleChanged();
    void unreadCountChanged();
    void notificationServiceAvailableChanged();
    void serversChanged();
    void noticeChanged();
    // Bring the window forward and show this item ("steps", "people", "files", "log").
    void showItemRequested(const QString &section, const QString &itemId);
    // openLink could not open a link: refused (not http(s)) or nothing opened it. The host alone
    // is given (a link's path or query may hold a signed token).
    void linkFailed(const QString &host, bool refused);

private:
    void watch(ActivitySession *session);
    void updateLooking();
    void showFromPopup(const QString &section, const QString &itemId, const QString &key, const QString &activationToken);

    ServerClients m_clients; // one ServerClient per server: the session's channel and the server's list share it
    AppSettings m_settings;
    Notifier *m_notifier;
    PopupListModel *m_popups;
    TrayIcon *m_tray = nullptr;
    std::unique_ptr<CopyStore> m_copies;
    std::unique_ptr<Journal> m_journal; // the history of every activity (issue #27), next to the copies
    std::unique_ptr<Workspace> m_workspace; // after the store and the clients it uses
    std::unique_ptr<TokenBroker> m_tokens; // after the workspace it reconnects
    SessionListModel *m_sessions;
    ServerTrust *m_serverTrust;
    ActivityManager *m_activities;
    LinkRouter *m_links;
    WindowController *m_window;
    const ActivitySession *m_notifying = nullptr; // whose popup the notifier is deciding on
};

} // namespace mirage
