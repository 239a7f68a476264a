// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Where the tray's messages go (issue #15): on a desktop with a StatusNotifierItem host, Qt's tray is
// a D-Bus one whose balloon is a Notify to org.freedesktop.Notifications, so without that service it
// shows nothing (the window shows the popups instead and TrayIcon does not send them). A
// StatusNotifierWatcher with a host in a thread of the test, on run-in-session's bare bus, and the
// in-process notification daemon that records what Qt's tray sends.
class TestTrayMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAWatcherTheBalloonNeedsNoService();
    void onAStatusNotifierDesktopTheTraysMessagesGoToTheNotificationService();
};
