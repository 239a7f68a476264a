// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelurl.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mirage {

// A server reached over http:// that answers the handshake with a redirect to https:// (nginx's
// `return 301 https://…`, issue #25). QWebSocket neither follows a redirect nor says where it
// points, so a plain GET of the channel's URL asks where (without the token: it goes to no one);
// the redirect is followed only from http to https on the same host, to the same activity's
// channel. The token's rules stay (TokenScope): it belongs to the origin it was given for.
class HttpsRedirect : public QObject
{
    Q_OBJECT
public:
    explicit HttpsRedirect(QObject *parent = nullptr);
    ~HttpsRedirect() override;

    static bool isRedirect(int httpStatus);
    // Asks where `from`'s channel is redirected to; found() when it may be followed. A probe in
    // flight is dropped for the new one.
    void probe(QNetworkAccessManager *nam, const ChannelEndpoint &from);
    void cancel();
    // The endpoint `location` names, when a redirect from `from` to it may be followed: from ws
    // to wss, on the same host, to the same activity's channel (under any base path).
    static std::optional<ChannelEndpoint> target(const ChannelEndpoint &from, const QUrl &location);

    static constexpr int kProbeTimeoutMs = 10000;

Q_SIGNALS:
    void found(const mirage::ChannelEndpoint &to);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    ChannelEndpoint m_from;
};

} // namespace mirage
