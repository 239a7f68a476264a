// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/httpsredirect.h"

#include "base/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mirage {

HttpsRedirect::HttpsRedirect(QObject *parent)
    : QObject(parent)
{
}

HttpsRedirect::~HttpsRedirect()
{
    cancel();
}

bool HttpsRedirect::isRedirect(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307 || httpStatus == 308;
}

void HttpsRedirect::cancel()
{
    if (QNetworkReply *r = m_reply) {
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void HttpsRedirect::probe(QNetworkAccessManager *nam, const ChannelEndpoint &from)
{
    cancel();
    m_from = from;
    QUrl url = from.socketUrl;
    url.setScheme(QStringLiteral("http"));
    QNetworkRequest request(url); // no token: this asks only where the channel went
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kProbeTimeoutMs);
    m_reply = nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpsRedirect::onFinished);
}

void HttpsRedirect::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (!isRedirect(status) || location.isEmpty())
        return;
    const auto to = target(m_from, reply->url().resolved(location));
    if (!to) {
        qCDebug(lcChannel).noquote() << ChannelUrl::display(m_from.socketUrl) << "redirects to" << ChannelUrl::display(location)
                                     << "- not followed (only http to https on the same host)";
        return;
    }
    Q_EMIT found(*to);
}

std::optional<ChannelEndpoint> HttpsRedirect::target(const ChannelEndpoint &from, const QUrl &location)
{
    if (from.socketUrl.scheme() != QLatin1String("ws") || location.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
        || location.host().compare(from.socketUrl.host(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // A query (nginx's $request_uri keeps one) is the server's business, never a path's.
    const QUrl channel = location.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    auto to = ChannelUrl::resolve(channel.toString(QUrl::FullyEncoded), QString(), nullptr);
    if (!to || to->activityId != from.activityId)
        return std::nullopt;
    return to;
}

} // namespace mirage
