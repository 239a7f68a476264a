// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Popups in the real window (issue #15), against the reference server stack, under Xvfb on a bus
// with no notification daemon (run-in-session --no-notification-daemon): the window's own list
// shows them as plain text with accessible names, a click shows the item, Dismiss removes one;
// then an in-process daemon takes the name and its click, with an X11 startup id as the
// activation token, raises the window with that id.
class TestWindowPopups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutAServiceTheWindowShowsThePopups();
    void clickingAPopupInTheWindowShowsItsItem();
    void aDaemonsClickRaisesTheWindowWithItsToken();
    void whenTheDaemonQuitsTheWindowShowsThemAgain();
};
