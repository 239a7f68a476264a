// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace mirage {

// The tray icon: the unread count (on the icon and in the tooltip), show/hide and quit. It is also
// where popups go when no notification service answers.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setUnread(int unread);
    void setWindowShown(bool shown);
    void setActivityName(const QString &name);
    void showMessage(const QString &summary, const QString &body, int urgency);
    bool isAvailable() const;
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
