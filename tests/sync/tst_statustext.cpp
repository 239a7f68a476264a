// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The channel's codes in words, one formatter for both places (sync/ConnectionText): `watch`'s
// stderr lines (byte for byte what scripts read: no translator is installed there) and the window's
// (translatable; in English the same words). English plural forms hold below the session too.
#include "sync/channelstatus.h"
#include "sync/connectiontext.h"

#include <QTest>

using namespace mirage;

using S = ChannelStatus::State;
using R = ChannelStatus::Reason;
using F = SnapshotFailure::Reason;
using K = CertificateProblem::Kind;

namespace {
ChannelStatus status(S state, R reason, std::function<void(ChannelStatus &)> fill = {})
{
    ChannelStatus s;
    s.state = state;
    s.reason = reason;
    if (fill)
        fill(s);
    return s;
}
CertificateProblem certificate(K kind)
{
    CertificateProblem p;
    p.kind = kind;
    p.host = "mirage.example.org";
    p.names = QStringList {"mirage.example.org", "www.example.org"};
    p.issuer = "Campus CA";
    p.validFrom = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    p.validUntil = QDateTime(QDate(2027, 3, 31), QTime(23, 59, 59), Qt::UTC);
    return p;
}
} // namespace

class TestStatusText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channel_data()
    {
        QTest::addColumn<ChannelStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("connecting") << status(S::Connecting, R::Connecting, [](auto &s) { s.where = "ws://h:8000/ws/activities/x/"; })
                                    << "connecting to ws://h:8000/ws/activities/x/";
        QTest::newRow("reconnecting") << status(S::Connecting, R::Connecting, [](auto &s) {
            s.where = "ws://h/";
            s.attempt = 3;
        }) << "reconnecting to ws://h/ (attempt 3)";
        QTest::newRow("first retry") << status(S::Connecting, R::Connecting, [](auto &s) {
            s.where = "ws://h/";
            s.attempt = 1;
        }) << "reconnecting to ws://h/ (attempt 1)";
        QTest::newRow("open") << status(S::Open, R::Opened, [](auto &s) { s.where = "ws://h/"; }) << "connected to ws://h/";
        QTest::newRow("ping") << status(S::Reconnecting, R::PingTimeout, [](auto &s) {
            s.timeoutMs = 300;
            s.delayMs = 420;
        }) << "no answer to a ping within 0.30 s: the connection is dead; retrying in 0.42 s";
        QTest::newRow("handshake timeout") << status(S::Reconnecting, R::HandshakeTimeout, [](auto &s) {
            s.timeoutMs = 15000;
            s.delayMs = 1500;
        }) << "no answer from the server within 15 s; retrying in 1.5 s";
        QTest::newRow("handshake http") << status(S::Reconnecting, R::HandshakeHttp, [](auto &s) {
            s.httpStatus = 502;
            s.delayMs = 30000;
        }) << "the server answered the handshake with HTTP 502; retrying in 30 s";
        QTest::newRow("network") << status(S::Reconnecting, R::NetworkError, [](auto &s) {
            s.networkError = "Connection refused";
            s.delayMs = 100;
        }) << "Connection refused; retrying in 0.10 s";
        QTest::newRow("closed plainly") << status(S::Reconnecting, R::ClosedByServer, [](auto &s) {
            s.closeCode = 1000;
            s.delayMs = 100;
        }) << "the connection closed; retrying in 0.10 s";
        QTest::newRow("closed 1011") << status(S::Reconnecting, R::ClosedByServer, [](auto &s) {
            s.closeCode = 1011;
            s.serverText = "internal error";
            s.delayMs = 100;
        }) << "the connection closed (code 1011, internal error); retrying in 0.10 s";
        QTest::newRow("closed 1001, no text") << status(S::Reconnecting, R::ClosedByServer, [](auto &s) {
            s.closeCode = 1001;
            s.delayMs = 100;
        }) << "the connection closed (code 1001); retrying in 0.10 s";
        QTest::newRow("server text with %1") << status(S::Reconnecting, R::ClosedByServer, [](auto &s) {
            s.closeCode = 4000;
            s.serverText = "%1 %2";
            s.delayMs = 100;
        }) << "the connection closed (code 4000, %1 %2); retrying in 0.10 s";
        QTest::newRow("4401") << status(S::Closed, R::Refused, [](auto &s) { s.closeCode = 4401; })
                              << "the server refused the connection: not authorised (4401); check the token";
        QTest::newRow("4404 with text") << status(S::Closed, R::Refused, [](auto &s) {
            s.closeCode = 4404;
            s.serverText = "gone";
        }) << "the server refused the connection: no such activity (4404): gone";
        // Issue #25: a 403 at the handshake is the server's Origin check (SPEC §1): the origin is named,
        // and how to send another; a 4403 close (a forbidden activity) keeps its words.
        QTest::newRow("403 handshake") << status(S::Closed, R::Refused, [](auto &s) {
            s.httpStatus = 403;
            s.origin = "http://other.example:8080";
        }) << "the server refused the origin http://other.example:8080 (HTTP 403 at the handshake); set one it allows with --origin";
        QTest::newRow("403 handshake, origin unknown")
            << status(S::Closed, R::Refused, [](auto &s) { s.httpStatus = 403; })
            << "the server refused the origin sent (HTTP 403 at the handshake); set one it allows with --origin";
        QTest::newRow("4403") << status(S::Closed, R::Refused, [](auto &s) { s.closeCode = 4403; })
                              << "the server refused the connection: forbidden (4403)";
        QTest::newRow("by the user") << status(S::Closed, R::ClosedByUser) << "closed";
        // Issue #25: proxy trouble names the proxy (its address, never its user or password).
        using P = ChannelStatus::ProxyProblem;
        QTest::newRow("proxy wants credentials")
            << status(S::Reconnecting, R::Proxy,
                   [](auto &s) {
                       s.proxyProblem = P::NeedsCredentials;
                       s.proxy = "127.0.0.1:3128";
                       s.delayMs = 100;
                   })
            << "the proxy 127.0.0.1:3128 wants a user name and password (HTTP 407); give them in the proxy's URL: "
               "http://USER:PASSWORD@HOST:PORT; retrying in 0.10 s";
        QTest::newRow("proxy refuses credentials") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::CredentialsRefused;
            s.proxy = "[::1]:3128";
            s.delayMs = 100;
        }) << "the proxy [::1]:3128 refused the user name and password given (HTTP 407); retrying in 0.10 s";
        QTest::newRow("proxy down") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::Refused;
            s.proxy = "proxy.example:8080";
            s.networkError = "Connection to proxy refused";
            s.delayMs = 100;
        }) << "cannot reach the proxy proxy.example:8080: nothing listens there (connection refused); retrying in 0.10 s";
        QTest::newRow("proxy unknown") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::NotFound;
            s.proxy = "proxy.example:8080";
            s.delayMs = 100;
        }) << "cannot reach the proxy proxy.example:8080: its name is not known; retrying in 0.10 s";
        QTest::newRow("proxy silent") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::TimedOut;
            s.proxy = "proxy.example:8080";
            s.delayMs = 100;
        }) << "cannot reach the proxy proxy.example:8080: it does not answer; retrying in 0.10 s";
        QTest::newRow("proxy closed") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::Closed;
            s.proxy = "proxy.example:8080";
            s.delayMs = 100;
        }) << "the proxy proxy.example:8080 closed the connection before the server was reached; retrying in 0.10 s";
        QTest::newRow("proxy speaks nonsense") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = P::Failed;
            s.proxy = "proxy.example:8080";
            s.networkError = "Error communicating with HTTP proxy";
            s.delayMs = 100;
        }) << "the proxy proxy.example:8080 failed: Error communicating with HTTP proxy; retrying in 0.10 s";
        // Issue #25: a refused certificate names the host, the names it is for, and its dates.
        QTest::newRow("untrusted") << status(S::Closed, R::Certificate, [](auto &s) { s.certificate = certificate(K::Untrusted); })
                                   << "the certificate of mirage.example.org is not trusted: its issuer 'Campus CA' is unknown (it is for "
                                      "mirage.example.org, www.example.org, valid until 2027-03-31T23:59:59Z); give the authority's "
                                      "certificate with --ca-file or SSL_CERT_FILE";
        QTest::newRow("wrong name") << status(S::Closed, R::Certificate, [](auto &s) { s.certificate = certificate(K::WrongName); })
                                    << "the certificate of mirage.example.org is for mirage.example.org, www.example.org, not for "
                                       "mirage.example.org (valid until 2027-03-31T23:59:59Z)";
        QTest::newRow("expired") << status(S::Closed, R::Certificate, [](auto &s) { s.certificate = certificate(K::Expired); })
                                 << "the certificate of mirage.example.org has expired: it was valid until 2027-03-31T23:59:59Z (it is "
                                    "for mirage.example.org, www.example.org)";
        QTest::newRow("not yet valid") << status(S::Closed, R::Certificate, [](auto &s) { s.certificate = certificate(K::NotYetValid); })
                                       << "the certificate of mirage.example.org is not valid yet: it is valid from 2026-04-01T00:00:00Z "
                                          "(it is for mirage.example.org, www.example.org)";
    }

    void channel()
    {
        QFETCH(ChannelStatus, status);
        QFETCH(QString, text);
        QCOMPARE(ConnectionText::status(status), text);
    }

    void snapshot_data()
    {
        QTest::addColumn<SnapshotFailure>("failure");
        QTest::addColumn<QString>("text");
        auto f = [](F reason, std::function<void(SnapshotFailure &)> fill) {
            SnapshotFailure x;
            x.reason = reason;
            fill(x);
            return x;
        };
        QTest::newRow("http") << f(F::HttpError, [](auto &x) { x.httpStatus = 500; }) << "the snapshot request answered HTTP 500";
        QTest::newRow("network") << f(F::NetworkError, [](auto &x) { x.networkError = "Host not found"; })
                                 << "the snapshot request failed: Host not found";
        // At a proxy (issue #25): the channel's words for the proxy, Qt's text only for what has none.
        QTest::newRow("network, at a proxy") << f(F::NetworkError, [](auto &x) {
            x.networkError = "Proxy authentication required";
            x.proxyProblem = ChannelStatus::ProxyProblem::CredentialsRefused;
            x.proxy = "[::1]:3128";
        }) << "the snapshot request failed: the proxy [::1]:3128 refused the user name and password given (HTTP 407)";
        QTest::newRow("network, at a proxy, other") << f(F::NetworkError, [](auto &x) {
            x.networkError = "Unknown proxy error";
            x.proxyProblem = ChannelStatus::ProxyProblem::Failed;
            x.proxy = "proxy.example:8080";
        }) << "the snapshot request failed: the proxy proxy.example:8080 failed: Unknown proxy error";
        QTest::newRow("timeout") << f(F::Timeout, [](auto &x) { x.timeoutMs = 600; }) << "the snapshot request took longer than 600 ms";
        QTest::newRow("too large") << f(F::TooLarge, [](auto &x) { x.maxBytes = 65536; }) << "the snapshot is larger than 65536 bytes";
        QTest::newRow("rejected, no code") << f(F::Rejected, [](auto &x) { x.detail = "not JSON"; }) << "not JSON";
        QTest::newRow("held") << f(F::HeldOverflow, [](auto &x) {
            x.maxHeld = 5;
            x.maxHeldBytes = 1024;
        }) << "more than 5 events or 1024 bytes arrived while the snapshot was loading";
        QTest::newRow("held, one") << f(F::HeldOverflow, [](auto &x) {
            x.maxHeld = 1;
            x.maxHeldBytes = 1024;
        }) << "more than 1 event or 1024 bytes arrived while the snapshot was loading";
    }

    void snapshot()
    {
        QFETCH(SnapshotFailure, failure);
        QFETCH(QString, text);
        QCOMPARE(ConnectionText::snapshotFailure(failure), text);
        QCOMPARE(ConnectionText::snapshotWarning(failure),
            QStringLiteral("warning: %1; keeping the local state, updates may have been missed").arg(text));
        QCOMPARE(ConnectionText::snapshotLogLine(failure), QStringLiteral("could not load the activity: %1").arg(text));
    }

    // The window's banner (issue #13): full sentences, capitalised, one countdown (the banner's own).
    void bannerSentence_data()
    {
        QTest::addColumn<ChannelStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("4401") << status(S::Closed, R::Refused, [](auto &s) { s.closeCode = 4401; })
                              << "The server needs a token for this activity (code 4401).";
        QTest::newRow("4404 said") << status(S::Closed, R::Refused, [](auto &s) {
            s.closeCode = 4404;
            s.serverText = "gone";
        }) << "The server has no such activity (code 4404). The server said: “gone”.";
        QTest::newRow("403 handshake") << status(S::Closed, R::Refused,
            [](auto &s) {
                s.httpStatus = 403;
                s.origin = "http://other.example:8080";
            })
                                       << "The server refused the origin “http://other.example:8080” that MirageDesk sent (code 403). "
                                          "Start MirageDesk with --origin set to an origin the server allows.";
        QTest::newRow("4403") << status(S::Closed, R::Refused, [](auto &s) { s.closeCode = 4403; })
                              << "The server does not allow this activity (code 4403).";
        QTest::newRow("network, retrying") << status(S::Reconnecting, R::NetworkError, [](auto &s) {
            s.networkError = "Connection refused";
            s.delayMs = 100;
        }) << "Connection refused.";
        QTest::newRow("ping") << status(S::Reconnecting, R::PingTimeout, [](auto &s) {
            s.timeoutMs = 300;
            s.delayMs = 420;
        }) << "No answer to a ping within 0.30 s: the connection is dead.";
        QTest::newRow("closed said") << status(S::Reconnecting, R::ClosedByServer, [](auto &s) {
            s.closeCode = 1011;
            s.serverText = "internal error";
        }) << "The connection closed (code 1011). The server said: “internal error”.";
        QTest::newRow("proxy down") << status(S::Reconnecting, R::Proxy, [](auto &s) {
            s.proxyProblem = ChannelStatus::ProxyProblem::Refused;
            s.proxy = "proxy.example:8080";
        }) << "Cannot reach the proxy proxy.example:8080: nothing listens there (connection refused).";
        QTest::newRow("certificate") << status(S::Closed, R::Certificate, [](auto &s) { s.certificate = certificate(K::Expired); })
                                     << "The certificate of mirage.example.org has expired: it was valid until 2027-03-31T23:59:59Z (it is "
                                        "for mirage.example.org, www.example.org).";
    }

    void redirectNotice()
    {
        QCOMPARE(ConnectionText::redirect("http://h:8080/mirage", "https://h:8443/mirage"),
            QStringLiteral("http://h:8080/mirage redirects to https://h:8443/mirage: following it; give https://h:8443/mirage as the "
                           "server URL"));
    }

    void bannerSentence()
    {
        QFETCH(ChannelStatus, status);
        QFETCH(QString, text);
        QCOMPARE(ConnectionText::sentence(status), text);
    }

    void noneSaysNothing()
    {
        QVERIFY(ConnectionText::sentence(ChannelStatus {}).isEmpty());
        QVERIFY(ConnectionText::status(ChannelStatus {}).isEmpty());
        QVERIFY(ConnectionText::snapshotFailure(SnapshotFailure {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusText)
#include "tst_statustext.moc"
