// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/windowactivation.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QWindow>
#include <xcb/xcb.h>

namespace mirage {

namespace {
xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(c, xcb_intern_atom(c, 0, uint16_t(strlen(name)), name), nullptr);
    const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    free(reply);
    return a;
}

void useStartupId(QWindow *window, xcb_connection_t *c, const QByteArray &id, quint32 time)
{
    const auto win = xcb_window_t(window->winId());
    xcb_change_property(
        c, XCB_PROP_MODE_REPLACE, win, atom(c, "_NET_STARTUP_ID"), atom(c, "UTF8_STRING"), 8, uint32_t(id.size()), id.constData());
    if (time) {
        // As QWindow::requestActivate() asks, but with the time of the click on the popup.
        xcb_client_message_event_t event {};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = win;
        event.type = atom(c, "_NET_ACTIVE_WINDOW");
        event.data.data32[0] = 1; // from an application
        event.data.data32[1] = time;
        const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;
        xcb_send_event(c, 0, screen->root, XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT,
            reinterpret_cast<const char *>(&event));
    }
    xcb_flush(c);
}
} // namespace

quint32 WindowActivation::startupIdTime(const QString &startupId)
{
    static const QRegularExpression time(QStringLiteral("_TIME(\\d+)$"));
    const QRegularExpressionMatch m = time.match(startupId);
    return m.hasMatch() ? m.captured(1).toUInt() : 0;
}

void WindowActivation::useToken(QWindow *window, const QString &token)
{
    if (!window || token.isEmpty())
        return;
    const QString platform = QGuiApplication::platformName();
    if (platform.startsWith(QLatin1String("wayland"))) {
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
        return;
    }
    if (platform != QLatin1String("xcb"))
        return;
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (x11 && x11->connection())
        useStartupId(window, x11->connection(), token.toUtf8(), startupIdTime(token));
}

} // namespace mirage
