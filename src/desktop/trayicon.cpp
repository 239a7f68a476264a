// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/trayicon.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace mirage {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_baseIcon(QIcon(QStringLiteral(":/icons/miragedesk.svg")))
{
    m_toggle = m_menu->addAction(tr("&Hide MirageDesk"), this, &TrayIcon::toggleWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    update();
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::messagesNeedNotificationService()
{
    // The test Qt 6.4's generic Unix theme makes before it uses a D-Bus tray (QDBusTrayIcon).
    const QString watcher = QStringLiteral("org.kde.StatusNotifierWatcher");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(watcher).value())
        return false;
    QDBusInterface iface(watcher, QStringLiteral("/StatusNotifierWatcher"), watcher, bus);
    return iface.property("IsStatusNotifierHostRegistered").toBool();
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    update();
}

void TrayIcon::setWindowShown(bool shown)
{
    m_toggle->setText(shown ? tr("&Hide MirageDesk") : tr("&Show MirageDesk"));
}

void TrayIcon::setActivityName(const QString &name)
{
    if (name == m_activity)
        return;
    m_activity = name;
    update();
}

void TrayIcon::showMessage(const QString &summary, const QString &body, int urgency)
{
    if (messagesNeedNotificationService())
        return; // it would go to the service that is not there (the window shows it)
    m_tray->showMessage(summary, body, urgency >= 2 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

void TrayIcon::update()
{
    QString tip = m_activity.isEmpty() ? QStringLiteral("MirageDesk") : QStringLiteral("%1 — MirageDesk").arg(m_activity);
    if (m_unread > 0)
        tip += tr("\n%n unread", nullptr, m_unread);
    m_tray->setToolTip(tip);
    if (m_unread == 0) {
        m_tray->setIcon(m_baseIcon);
        return;
    }
    // The count as a badge on the icon.
    QPixmap pixmap = m_baseIcon.pixmap(64, 64);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(28, 28, 36, 36);
    p.setBrush(QColor(0xd3, 0x2f, 0x2f));
    p.setPen(Qt::NoPen);
    p.drawEllipse(badge);
    QFont f = QGuiApplication::font();
    f.setBold(true);
    f.setPixelSize(m_unread > 99 ? 14 : 20);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread));
    p.end();
    m_tray->setIcon(QIcon(pixmap));
}

} // namespace mirage
