// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/popupthrottle.h"
#include "session/notificationrequest.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <vector>

class QDBusServiceWatcher;
class QDBusPendingCallWatcher;

namespace mirage {

class AppSettings;

// Desktop popups through org.freedesktop.Notifications (QtDBus), the way a good desktop app does
// it: app name, icon and desktop-entry hint; one popup per key, replaced rather than stacked; what
// the daemon can do is asked once per daemon (GetCapabilities, again when the service changes
// hands): the body is escaped only for a daemon that reads it as markup ("body-markup") and the
// "Show" action is sent only to one that has actions; the default action (with the activation
// token of spec 1.2, which comes before it) raises the window on that item; while the user is
// looking at the activity in a focused window only alerts pop up; each kind can be switched off.
// With no notification service on the bus (or one that refuses), the popup goes to the fallback
// (the window's own list). Floods are bounded and bursts grouped by a PopupThrottle: per kind at
// most kMaxPerWindow popups in any kWindowMs, then one summary popup ("12 more alerts"), replaced as
// it grows; requests of one group become one popup that grows ("Ana Lima uploaded 30 files"). A
// daemon that refuses popups is logged once.
class Notifier : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool serviceAvailable READ serviceAvailable NOTIFY serviceAvailableChanged FINAL)
public:
    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";

    static constexpr int kMaxPerWindow = PopupThrottle::kMaxPerWindow;
    static constexpr qint64 kWindowMs = PopupThrottle::kWindowMs;
    static constexpr int kSummaryDelayMs = PopupThrottle::kSummaryDelayMs;
    static constexpr qint64 kGroupWindowMs = PopupThrottle::kGroupWindowMs;

    explicit Notifier(AppSettings *settings, QObject *parent = nullptr);

    // True while the user is looking at the activity in a focused window.
    void setUserIsLooking(std::function<bool()> looking) { m_looking = std::move(looking); }
    // Shows a popup without D-Bus (in the window): the request as it would have popped up.
    void setFallback(std::function<void(const NotificationRequest &)> fallback) { m_fallback = std::move(fallback); }
    // For tests: the clock the flood limit, the grouping and the summary's delay run on (nullptr:
    // the system's).
    void setClock(Clock *clock) { m_throttle.setClock(clock); }

    bool serviceAvailable() const { return m_available; }
    // What the current daemon said it can do; empty until it answered (or when it could not).
    QStringList capabilities() const { return m_capabilities; }
    // Applies the policy; returns true when a popup was asked for.
    bool notify(const NotificationRequest &request);
    // Closes every popup this app still has open (on quit).
    void closeAll();

    static QString escape(const QString &text);
    // "12 more alerts", for the summary of a burst.
    static QString moreText(NotificationRequest::Kind kind, int count);

Q_SIGNALS:
    void serviceAvailableChanged();
    // A popup was asked for (counted as unread while the window is not in front).
    void posted(const mirage::NotificationRequest &request);
    // The user clicked a popup: show that item (`key`: the request's, which may name its activity;
    // `activationToken`: what the daemon handed over to raise the window with, often empty).
    void activated(const QString &section, const QString &itemId, const QString &key, const QString &activationToken);
    // The daemon answered GetCapabilities (or failed to).
    void capabilitiesChanged();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onActivationToken(uint id, const QString &token);
    void onClosed(uint id, uint reason);

private:
    void checkService();
    void onOwnerChanged(const QString &newOwner);
    void askCapabilities();
    void show(const NotificationRequest &request, int expireMs);
    void send(const NotificationRequest &request, int expireMs);
    void dispatch(const NotificationRequest &request, int expireMs);
    void showSummary(NotificationRequest::Kind kind, int held, const NotificationRequest &latest, NotificationRequest::Urgency urgency);
    void onRefused(const QString &message);

    AppSettings *m_settings;
    std::function<bool()> m_looking;
    std::function<void(const NotificationRequest &)> m_fallback;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = false;
    QStringList m_capabilities;
    bool m_capsKnown = false; // m_capabilities are the answer of the daemon that owns the service now
    int m_capsQuery = 0; // the GetCapabilities call whose answer counts (0: none asked)
    int m_capsSerial = 0;
    QString m_capsOwner; // the daemon (unique bus name) that gave m_capabilities
    QString m_owner; // the daemon that owns the service now, as the bus last said
    std::vector<std::pair<NotificationRequest, int>> m_waiting; // popups until the capabilities are known
    QHash<uint, QString> m_tokenOf; // the daemon's id → the activation token it sent before the action
    QHash<QString, uint> m_idOfKey; // key → the daemon's id of its popup
    QHash<uint, NotificationRequest> m_requestOf; // the daemon's id → what it shows
    QHash<QString, int> m_pending; // key → Notify calls not answered yet
    PopupThrottle m_throttle;
    int m_refusals = 0; // refused in a row; logged once, then counted
};

} // namespace mirage
