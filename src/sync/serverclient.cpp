// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/serverclient.h"

#include "base/logging.h"
#include "sync/authorisedrequest.h"
#include "sync/channelurl.h"
#include "sync/snapshotfetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mirage {

ServerClient::ServerClient(const QUrl &origin, TokenScope token, QString tokenQueryName, QObject *parent)
    : QObject(parent)
    , m_origin(TokenScope::originOf(origin))
    , m_token(std::move(token))
    , m_tokenQueryName(std::move(tokenQueryName))
    , m_nam(new QNetworkAccessManager(this))
{
}

ServerClient::~ServerClient() = default;

void ServerClient::setToken(TokenScope token)
{
    m_token = std::move(token);
    m_tokenWithheld = 0; // a new token: say again why it is held back, if it is
}

void ServerClient::noteConnected()
{
    if (m_failures == 0 || m_reachableSent)
        return;
    m_reachableSent = true;
    qCDebug(lcChannel).noquote() << ChannelUrl::display(m_origin) << "reachable again after" << m_failures << "failures";
    Q_EMIT reachable();
}

void ServerClient::noteStable()
{
    m_failures = 0;
    m_reachableSent = false;
}

QNetworkRequest ServerClient::authorised(const QUrl &url)
{
    // The token goes only to its own server (SPEC §4); say once per reason why it was held back.
    const TokenScope::Verdict verdict = m_token.verdict(url);
    const int bit = verdict == TokenScope::Verdict::OtherServer ? 1 : verdict == TokenScope::Verdict::Insecure ? 2 : 0;
    if (bit && !(m_tokenWithheld & bit)) {
        m_tokenWithheld |= bit;
        qCWarning(lcChannel).noquote() << "token withheld from" << ChannelUrl::display(url) << "-"
                                       << (bit == 1 ? "it was given for another server" : "plain ws/http to a host that is not loopback");
    }
    QNetworkRequest request = AuthorisedRequest::make(m_token, m_tokenQueryName, url);
    if (!m_tls.isNull())
        request.setSslConfiguration(m_tls);
    // Issue #25 (RFC 8305): Qt's HTTP/2 over TLS makes one connection per server, and one
    // connection tries the addresses of a name one at a time (a dead IPv6 first address cost the
    // snapshot GET its whole deadline); HTTP/1.1 races the two families. The GETs are one each.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

SnapshotFetch *ServerClient::fetchSnapshot(const QUrl &url, int timeoutMs, qint64 maxBytes, QObject *owner)
{
    QNetworkRequest request = authorised(url);
    request.setRawHeader("Accept", "application/json");
    auto *fetch = new SnapshotFetch(m_nam, request, timeoutMs, maxBytes, owner);
    connect(fetch, &SnapshotFetch::released, this, [this] {
        --m_snapshotsInFlight;
        startWaitingSnapshots();
    });
    m_waitingSnapshots.removeIf([](const QPointer<SnapshotFetch> &f) { return !f || !f->waiting(); });
    m_waitingSnapshots.append(fetch);
    startWaitingSnapshots();
    if (fetch->waiting())
        qCDebug(lcChannel).noquote() << ChannelUrl::display(m_origin) << "snapshot GET waits behind" << m_waitingSnapshots.size() - 1
                                     << "others," << m_snapshotsInFlight << "in flight";
    return fetch;
}

void ServerClient::startWaitingSnapshots()
{
    while (m_snapshotsInFlight < kSnapshotsInFlight && !m_waitingSnapshots.isEmpty()) {
        const QPointer<SnapshotFetch> fetch = m_waitingSnapshots.takeFirst();
        if (!fetch || !fetch->waiting())
            continue; // deleted or cancelled while it waited: never sent
        ++m_snapshotsInFlight;
        fetch->start();
    }
}

QNetworkReply *ServerClient::fetchActivityList(const QUrl &httpBase)
{
    QUrl url = httpBase;
    url.setPath(url.path() + QStringLiteral("/api/activities/"));
    QNetworkRequest request = authorised(url);
    request.setTransferTimeout(kListTimeoutMs);
    return m_nam->get(request);
}

} // namespace mirage
