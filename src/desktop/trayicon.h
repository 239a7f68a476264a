// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace mirage {

// The tray icon: the unread count (on the icon and in the tooltip), show/hide and quit. When no
// notification service answers, popups go to the window; the tray shows them as well only where its
// balloon does not need that service (an XEmbed tray: a StatusNotifierItem tray, Qt's choice when a
// StatusNotifierWatcher has a host, sends its messages to org.freedesktop.Notifications).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setUnread(int unread);
    void setWindowShown(bool shown);
    void setActivityName(const QString &name);
    // The balloon, where it needs no notification service; nothing on a StatusNotifierItem tray.
    void showMessage(const QString &summary, const QString &body, int urgency);
    bool isAvailable() const;
    // True when the tray is a StatusNotifierItem: its messages go to the notification service.
    static bool messagesNeedNotificationService();
    QString toolTip() const;

Q_SIGNALS:
    void toggleWindowRequested();
    void quitRequested();

private:
    void update();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_toggle;
    QIcon m_baseIcon;
    int m_unread = 0;
    QString m_activity;
};

} // namespace mirage
