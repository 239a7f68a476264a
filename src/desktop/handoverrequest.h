// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace mirage {

// What a later start asks of the running MirageDesk: miragedesk:// links to open (none: just come
// forward), an action of the desktop entry (the Open dialog) and the activation token that lets the window come forward under focus-stealing
// prevention. Travels as org.freedesktop.Application.Activate/Open, or as one line of JSON over
// the local socket when there is no session bus.
struct HandOverRequest
{
    QStringList links;
    QString action; // empty, or openActivityAction(): show the Open dialog (org.freedesktop.Application.ActivateAction)
    QString activationToken; // XDG_ACTIVATION_TOKEN (Wayland)
    QString startupId; // DESKTOP_STARTUP_ID (X11)
    // --ca-file given with the links (issue #25): an absolute path, never the file's contents; the
    // running window trusts it for the links' servers (ServerTrust).
    QString caFile;

    // The desktop entry's "Open Activity…" action (`miragedesk --open-dialog`).
    static QString openActivityAction() { return QStringLiteral("open-activity"); }
    // The link for `--server URL --activity UUID`.
    static QString linkFor(const QString &server, const QString &activity);
    // The tokens this process was started with.
    void readTokensFromEnvironment();
    // The token that raises the window on `platform` (QGuiApplication::platformName()): the
    // activation token on Wayland, the startup id on X11 (read by Qt's X11 plugin only when it
    // starts, so WindowActivation::useToken sets it on the window); empty elsewhere.
    QString tokenFor(const QString &platform) const;

    QVariantMap platformData() const;
    void setPlatformData(const QVariantMap &data);

    QByteArray toLine() const;
    static std::optional<HandOverRequest> fromLine(const QByteArray &line);
};

} // namespace mirage
