// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_connectionmirror.h"

#include "protocol/activitystate.h"
#include "session/connectionmirror.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/serverclient.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

using namespace mirage;

namespace {
// No snapshot, and retries within a test's time.
ChannelSettings quickRetries()
{
    ChannelSettings settings;
    settings.snapshot = false;
    settings.retryInitialMs = 20;
    settings.retryMaxMs = 40;
    return settings;
}

constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// A channel to an in-process server with fast retries, its mirror, and what QML reads of it: the
// state compared with the module's enum, as ConnectionBanner does.
struct Rig
{
    QWebSocketServer server {QStringLiteral("mirror"), QWebSocketServer::NonSecureMode};
    quint16 port = 0;
    ActivityState state;
    std::unique_ptr<ActivityChannel> channel;
    std::unique_ptr<ConnectionMirror> mirror;
    QQmlEngine engine;
    std::unique_ptr<QObject> view;
    std::unique_ptr<QWebSocket> peer;

    bool start()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        port = server.serverPort();
        QString error;
        const auto ep = ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), QString::fromLatin1(kId), &error);
        if (!ep)
            return false;
        channel = std::make_unique<ActivityChannel>(*ep, quickRetries(), &state);
        mirror = std::make_unique<ConnectionMirror>(channel.get());
        QQmlComponent c(&engine);
        c.setData(R"(import QtQml
import MirageDesk
QtObject {
    property Connection link
    readonly property string says: link.state === Connection.Idle ? "idle"
        : link.state === Connection.Connecting ? "connecting"
        : link.state === Connection.Open ? "open"
        : link.state === Connection.Reconnecting ? "reconnecting"
        : link.state === Connection.Refused ? "refused"
        : link.state === Connection.Closed ? "closed" : "?"
})",
            QUrl());
        view.reset(c.createWithInitialProperties({{QStringLiteral("link"), QVariant::fromValue(mirror.get())}}));
        if (!view)
            qWarning() << c.errors();
        return view != nullptr;
    }
    QString says() const { return view->property("says").toString(); }
    bool accept()
    {
        if (!QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 10000))
            return false;
        peer.reset(server.nextPendingConnection());
        return true;
    }
};
} // namespace

void TestConnectionMirror::followsTheChannel()
{
    Rig r;
    QVERIFY(r.start());
    QCOMPARE(r.says(), QStringLiteral("idle"));
    QCOMPARE(r.mirror->state(), ConnectionMirror::Idle);
    QSignalSpy lost(r.mirror.get(), &ConnectionMirror::lost);
    QSignalSpy reconnected(r.mirror.get(), &ConnectionMirror::reconnected);

    r.channel->open();
    QCOMPARE(r.says(), QStringLiteral("connecting"));
    QVERIFY(!r.mirror->wasConnected());
    QVERIFY(r.accept());
    QTRY_COMPARE(r.says(), QStringLiteral("open"));
    QVERIFY(r.mirror->wasConnected());
    QCOMPARE(r.mirror->retryAttempt(), 0);
    QCOMPARE(r.mirror->nextRetryAt(), 0.0);

    // The server goes away: reconnecting, with the next try's time and number; "lost" once
    // however many tries fail.
    r.server.close();
    r.peer->close(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(r.says(), QStringLiteral("reconnecting"));
    QTRY_VERIFY(r.mirror->retryAttempt() >= 3);
    QVERIFY(r.mirror->nextRetryAt() > 0);
    QVERIFY(r.mirror->nextRetryAt() <= double(QDateTime::currentMSecsSinceEpoch() + 40 + 1000));
    QVERIFY(r.mirror->updatesMayBeMissed()); // no snapshot to reload from
    QVERIFY(r.mirror->wasConnected());
    QVERIFY(!r.mirror->reason().isEmpty());
    QCOMPARE(lost.count(), 1);
    QCOMPARE(reconnected.count(), 0);

    // Back: open, the retry forgotten, "reconnected" once.
    QVERIFY(r.server.listen(QHostAddress::LocalHost, r.port));
    QVERIFY(r.accept());
    QTRY_COMPARE(r.says(), QStringLiteral("open"));
    QCOMPARE(r.mirror->retryAttempt(), 0);
    QCOMPARE(r.mirror->nextRetryAt(), 0.0);
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(lost.count(), 1);

    // Refused for good (4404): refused, not closed, worded, and no token asked for.
    QSignalSpy refused(r.mirror.get(), &ConnectionMirror::refused);
    QSignalSpy token(r.mirror.get(), &ConnectionMirror::tokenRequired);
    r.peer->close(QWebSocketProtocol::CloseCode(4404), QStringLiteral("no such activity"));
    QTRY_COMPARE(r.says(), QStringLiteral("refused"));
    QCOMPARE(r.mirror->refusalCode(), 4404);
    QCOMPARE(r.mirror->reasonCode(), ChannelStatus::Reason::Refused);
    QCOMPARE(r.mirror->reason(), QStringLiteral("The server has no such activity (code 4404). The server said: “no such activity”."));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), r.mirror->reason());
    QVERIFY(!r.mirror->needsToken());
    QCOMPARE(token.count(), 0);
    QCOMPARE(r.mirror->nextRetryAt(), 0.0);

    // Closed by the user: closed, not refused.
    r.mirror->reconnect();
    QVERIFY(r.accept());
    QTRY_COMPARE(r.says(), QStringLiteral("open"));
    r.channel->close();
    QCOMPARE(r.says(), QStringLiteral("closed"));
    QCOMPARE(r.mirror->refusalCode(), 0);
}

void TestConnectionMirror::aTokenRefusalAsksOnceAndReconnectForgetsIt()
{
    Rig r;
    QVERIFY(r.start());
    QSignalSpy token(r.mirror.get(), &ConnectionMirror::tokenRequired);
    QSignalSpy changed(r.mirror.get(), &ConnectionMirror::changed);
    r.channel->open();
    QVERIFY(r.accept());
    QTRY_COMPARE(r.says(), QStringLiteral("open"));
    r.peer->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("token"));
    QTRY_COMPARE(r.says(), QStringLiteral("refused"));
    QVERIFY(r.mirror->needsToken());
    QCOMPARE(token.count(), 1);
    QVERIFY(r.mirror->reason().startsWith(QStringLiteral("The server needs a token for this activity (code 4401).")));

    changed.clear();
    r.mirror->reconnect();
    QVERIFY(!r.mirror->needsToken());
    QVERIFY(changed.count() >= 1); // the banner's "Enter Token" goes at once
    QCOMPARE(r.says(), QStringLiteral("connecting"));
    QVERIFY(r.accept());
    QTRY_COMPARE(r.says(), QStringLiteral("open"));
    QCOMPARE(token.count(), 1);
}

// Issue #25: a server whose certificate no known authority issued (self-signed here, made with
// openssl) is refused for good, in words that say which host, the names the certificate is for and
// until when it is valid (the window's banner); no retry until the user reconnects, and once the
// client trusts it (the settings changed) the reconnect gets through.
void TestConnectionMirror::aCertificateRefusalStopsAndSaysWhy()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", dir.filePath("key.pem"), "-out",
            dir.filePath("cert.pem"), "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll());
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(dir.filePath("cert.pem"));
    QCOMPARE(certificate.size(), 1);
    QFile keyFile(dir.filePath("key.pem"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(certificate.first());
    serverTls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    QWebSocketServer server(QStringLiteral("tls"), QWebSocketServer::SecureMode);
    server.setSslConfiguration(serverTls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const auto ep = ChannelUrl::resolve(QStringLiteral("wss://127.0.0.1:%1").arg(server.serverPort()), QString::fromLatin1(kId), nullptr);
    QVERIFY(ep);
    ActivityState state;
    ActivityChannel channel(*ep, quickRetries(), &state);
    ConnectionMirror mirror(&channel);
    QSignalSpy refused(&mirror, &ConnectionMirror::refused);
    QSignalSpy retries(&channel, &ActivityChannel::retryScheduled);
    channel.open();
    QTRY_COMPARE_WITH_TIMEOUT(mirror.state(), ConnectionMirror::Refused, 20000);
    QCOMPARE(mirror.reasonCode(), ChannelStatus::Reason::Certificate);
    QCOMPARE(mirror.reason(),
        QStringLiteral("The certificate of 127.0.0.1 is not trusted: its issuer 'localhost' is unknown (it is for localhost, 127.0.0.1, "
                       "valid until %1); give the authority's certificate with --ca-file or SSL_CERT_FILE.")
                .arg(certificate.first().expiryDate().toUTC().toString(Qt::ISODate)));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(retries.count(), 0); // not a passing fault
    QCOMPARE(mirror.nextRetryAt(), 0.0);
    QVERIFY(!mirror.needsToken());

    // The user reconnects: refused again, once more, still without a retry of its own.
    mirror.reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 20000);
    QCOMPARE(mirror.state(), ConnectionMirror::Refused);
    QCOMPARE(retries.count(), 0);

    // The settings change (the certificate is trusted): the reconnect gets through.
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificate);
    channel.client().setTls(trust);
    mirror.reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(mirror.state(), ConnectionMirror::Open, 20000);
    channel.close();
}

// Issue #25: an HTTP 403 at the handshake is the server's Origin check (SPEC §1). The window says
// which origin was refused and how to send another, not that the activity is not allowed; no retry.
void TestConnectionMirror::anOriginRefusalNamesTheOrigin()
{
    Rig r;
    QVERIFY(r.start());
    QStringList seen; // the origins the server was sent
    QObject::connect(&r.server, &QWebSocketServer::originAuthenticationRequired, [&](QWebSocketCorsAuthenticator *a) {
        seen << a->origin();
        a->setAllowed(false); // QWebSocketServer answers HTTP 403
    });
    QSignalSpy refused(r.mirror.get(), &ConnectionMirror::refused);
    r.channel->open();
    QTRY_COMPARE(r.says(), QStringLiteral("refused"));
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(r.port);
    QCOMPARE(seen, QStringList {origin});
    QCOMPARE(r.mirror->refusalCode(), 403);
    QCOMPARE(r.mirror->reason(),
        QStringLiteral("The server refused the origin “%1” that MirageDesk sent (code 403). "
                       "Start MirageDesk with --origin set to an origin the server allows.")
                .arg(origin));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), r.mirror->reason());
    QVERIFY(!r.mirror->needsToken());
}

// Issue #25: a proxy that is down is named as the proxy in the window, not "the connection closed";
// the channel goes on trying (the proxy may come back).
void TestConnectionMirror::aProxyThatIsDownIsNamed()
{
    quint16 closed = 0;
    {
        QTcpServer s; // a free port, closed again: nothing listens there
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        closed = s.serverPort();
    }
    const QNetworkProxy before = QNetworkProxy::applicationProxy();
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closed));
    const auto restore = qScopeGuard([&] { QNetworkProxy::setApplicationProxy(before); });
    // A name, not loopback (Qt never proxies loopback): the proxy would resolve it, none here does.
    QString error;
    const auto ep = ChannelUrl::resolve(QStringLiteral("ws://mirage.test:8000"), QString::fromLatin1(kId), &error);
    QVERIFY2(ep, qPrintable(error));
    ActivityState state;
    ActivityChannel channel(*ep, quickRetries(), &state);
    ConnectionMirror mirror(&channel);
    channel.open();
    QTRY_COMPARE(mirror.state(), ConnectionMirror::Reconnecting);
    QCOMPARE(mirror.reasonCode(), ChannelStatus::Reason::Proxy);
    QCOMPARE(
        mirror.reason(), QStringLiteral("Cannot reach the proxy 127.0.0.1:%1: nothing listens there (connection refused).").arg(closed));
    QTRY_VERIFY(mirror.retryAttempt() >= 2); // not refused: tried again
    channel.close();
}

QTEST_GUILESS_MAIN(TestConnectionMirror)

#include "moc_tst_connectionmirror.cpp"
