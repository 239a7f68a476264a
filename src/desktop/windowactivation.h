// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

class QWindow;

namespace mirage {

// Raising the window with a token another program handed over: the activation token a
// notification daemon sends with a clicked popup (spec 1.2 ActivationToken), which the compositor
// or window manager wants before it lets a window that was not in front take the focus.
// - Wayland (xdg-activation): Qt 6.4's xdg-shell takes the token from XDG_ACTIVATION_TOKEN in
//   QWindow::requestActivate() (and unsets it); Qt 6.4 has no public call to hand it over.
// - X11: the token is a startup notification id; it is set as the window's _NET_STARTUP_ID and
//   its "_TIME<timestamp>" goes with the _NET_ACTIVE_WINDOW request, so that focus-stealing
//   prevention sees the time of the user's click rather than the app's last own event.
// The token is never logged.
class WindowActivation
{
public:
    // Hands `token` over for the next activation of `window`; call before requestActivate().
    static void useToken(QWindow *window, const QString &token);
    // The X11 timestamp in a startup id ("…_TIME123456"), 0 when there is none.
    static quint32 startupIdTime(const QString &startupId);
};

} // namespace mirage
