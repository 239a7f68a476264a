// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/appsettings.h"
#include "desktop/notifier.h"
#include "desktop/opencheck.h"
#include "desktop/popuplistmodel.h"
#include "desktop/tokenbroker.h"
#include "session/activitysession.h"
#include "session/recentactivitiesmodel.h"
#include "session/serveractivitiesmodel.h"
#include "session/sessionlistmodel.h"
#include "session/workspace.h"
#include "store/copystore.h"
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

// What the window talks to: opening an activity (validated as the user types), the open
// activities (the Workspace, listed by `sessions` for the sidebar) and the selected one
// (`session`), the recent and the server's activities, popups from all of them, the tray and the
// total unread count.
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
public:
    // `copyDirectory` empty: CopyStore's default (QStandardPaths::AppDataLocation + "/copies").
    explicit AppController(const ChannelSettings &channelSettings, QObject *parent = nullptr, const QString &copyDirectory = {});
    ~AppController() override;

    // The checks of the open dialog. `activity` may also be a full channel URL (then `server` is
    // not needed).
    Q_INVOKABLE mirage::OpenCheck validate(const QString &server, const QString &activity) const;
    // Opens the activity and selects it (one already open is only selected), and raises the
    // window. False with openError set otherwise. A `step` (from a link's …&step=<id>) is shown
    // (showItemRequested) as soon as the activity has it.
    Q_INVOKABLE bool open(const QString &server, const QString &activity, const QString &step = QString());
    // Closes the activity at `index` (its copy is written and kept).
    Q_INVOKABLE void close(int index);
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void selectNext();
    Q_INVOKABLE void selectPrevious();
    Q_INVOKABLE void dismissNotice();
    // Opens the activities that were open at the last quit (and selects the one that was
    // selected); returns how many. Those beyond Workspace::kMaxOpen are not, and the notice says so.
    int restoreWorkspace();
    // A limit was reached (LimitText): one line of the notice says so, replacing the one of an
    // earlier limit.
    void showLimit(const QString &text);
    Q_INVOKABLE void fetchServerActivities(const QString &server);
    // Opens an http(s) link in the browser; anything else is refused. Either failure emits
    // linkFailed (the window says so).
    Q_INVOKABLE bool openLink(const QString &url);
    // Copy and share (issue #13): the miragedesk:// link to the selected activity, or to one of its
    // steps; never with a token, user or password. Empty with no activity.
    Q_INVOKABLE QString linkTo(const QString &stepId = QString()) const;
    // Puts plain text on the clipboard.
    Q_INVOKABLE void copyText(const QString &text);
    Q_INVOKABLE void quit();
    Q_INVOKABLE void toggleWindow();
    Q_INVOKABLE void markRead();
    // Brings the window forward (shown, raised, activated); `activationToken`: one a popup's click
    // handed over (see WindowActivation).
    Q_INVOKABLE void raiseWindow(const QString &activationToken = QString());

    // The window whose focus decides whether popups are needed; set once QML has made it.
    void setWindow(QWindow *window);
    void enableTray();
    // What opens an http(s) link (default: the desktop's browser); for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_urlOpener = std::move(opener); }
    ActivitySession *session() const { return m_workspace->current(); }
    Workspace *workspace() const { return m_workspace.get(); }
    TokenBroker *tokens() const { return m_tokens.get(); }
    SessionListModel *sessions() const { return m_sessions; }
    int currentIndex() const { return m_workspace->currentIndex(); }
    QStringList servers() const;
    QString notice() const { return m_notice; }
    AppSettings *settings() { return &m_settings; }
    Notifier *notifier() { return m_notifier; }
    PopupListModel *popups() const { return m_popups; }
    TrayIcon *tray() { return m_tray; }
    RecentActivitiesModel *recent() { return m_recent; }
    ServerActivitiesModel *serverActivities() { return m_serverActivities; }
    QString windowTitle() const;
    int unreadCount() const { return m_workspace->totalUnread(); }
    bool notificationServiceAvailable() const { return m_notifier->serviceAvailable(); }
    QString openError() const { return m_openError; }
    static QString version();
    bool userIsLooking() const;

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
    void onCurrentChanged();
    void onCopyProblem(int index, CopyError error, const QString &path);
    void saveWorkspace();
    void updateLooking();
    void showStepWhenThere(ActivitySession *session, const QString &step);
    void showFromPopup(const QString &section, const QString &itemId, const QString &key, const QString &activationToken);

    ChannelSettings m_channelSettings;
    ServerClients m_clients; // one ServerClient per server: the session's channel and the server's list share it
    AppSettings m_settings;
    RecentActivitiesModel *m_recent;
    ServerActivitiesModel *m_serverActivities;
    Notifier *m_notifier;
    PopupListModel *m_popups;
    TrayIcon *m_tray = nullptr;
    std::unique_ptr<CopyStore> m_copies;
    std::unique_ptr<Workspace> m_workspace; // after the store and the clients it uses
    std::unique_ptr<TokenBroker> m_tokens; // after the workspace it reconnects
    SessionListModel *m_sessions;
    const ActivitySession *m_notifying = nullptr; // whose popup the notifier is deciding on
    bool m_restoring = false;
    QPointer<QWindow> m_window;
    QString m_openError;
    QPointer<QObject> m_pendingStep; // waits for the step a link named (open())
    QString m_notice;
    QString m_limitNotice; // the notice's line of showLimit()
    std::function<bool(const QUrl &)> m_urlOpener;
};

} // namespace mirage
