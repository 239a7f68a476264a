// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Where a token may go (SPEC §4): TokenScope's verdicts, and the one function that puts the token on
// a request (AuthorisedRequest) with its redirect policy.
#include "sync/authorisedrequest.h"
#include "sync/channelsettings.h"
#include "sync/tokenscope.h"

#include <QTest>
#include <QUrlQuery>

using namespace mirage;

class TestTokenScope : public QObject
{
    Q_OBJECT

    static TokenScope scope(const char *origin, bool insecure = false)
    {
        TokenScope t;
        t.token = "tok-123";
        t.origin = QUrl(QString::fromLatin1(origin));
        t.insecureAllowed = insecure;
        return t;
    }

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("verdict");
        const int send = int(TokenScope::Verdict::Send), other = int(TokenScope::Verdict::OtherServer),
                  insecure = int(TokenScope::Verdict::Insecure);
        QTest::newRow("ws is http") << "http://127.0.0.1:8000" << false << "ws://127.0.0.1:8000/ws/activities/x/" << send;
        QTest::newRow("http is ws") << "ws://127.0.0.1:8000" << false << "http://127.0.0.1:8000/activity/get?activity_id=x" << send;
        QTest::newRow("wss is https") << "https://h.example" << false << "wss://h.example/ws/activities/x/" << send;
        QTest::newRow("https default port") << "https://h.example" << false << "https://h.example:443/a" << send;
        QTest::newRow("http default port") << "http://localhost:80" << false << "ws://localhost/x" << send;
        QTest::newRow("host case") << "https://H.Example" << false << "wss://h.example/x" << send;
        QTest::newRow("other host") << "https://h.example" << false << "https://evil.example/x" << other;
        QTest::newRow("other port") << "http://127.0.0.1:8000" << false << "http://127.0.0.1:8001/x" << other;
        QTest::newRow("other scheme") << "https://h.example" << false << "http://h.example:443/x" << other;
        QTest::newRow("downgrade wss to ws") << "wss://h.example" << false << "ws://h.example/x" << other;
        QTest::newRow("no origin") << "" << false << "http://127.0.0.1:8000/x" << other;
        QTest::newRow("not http") << "http://127.0.0.1:8000" << false << "ftp://127.0.0.1:8000/x" << other;
        QTest::newRow("plain remote") << "http://h.example:8000" << false << "ws://h.example:8000/x" << insecure;
        QTest::newRow("plain remote ip") << "http://192.0.2.1:8000" << false << "http://192.0.2.1:8000/x" << insecure;
        QTest::newRow("plain remote opted in") << "http://h.example:8000" << true << "ws://h.example:8000/x" << send;
        QTest::newRow("opt-in is for its server only") << "http://h.example:8000" << true << "ws://h2.example:8000/x" << other;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8000" << false << "ws://127.0.0.1:8000/x" << send;
        QTest::newRow("loopback 127/8") << "http://127.1.2.3:8000" << false << "ws://127.1.2.3:8000/x" << send;
        QTest::newRow("loopback v6") << "http://[::1]:8000" << false << "ws://[::1]:8000/x" << send;
        QTest::newRow("localhost") << "http://localhost:8000" << false << "ws://LOCALHOST:8000/x" << send;
        QTest::newRow("not localhost") << "http://localhost.example:8000" << false << "ws://localhost.example:8000/x" << insecure;
        QTest::newRow("any address") << "http://0.0.0.0:8000" << false << "ws://0.0.0.0:8000/x" << insecure;
    }

    void verdicts()
    {
        QFETCH(QString, origin);
        QFETCH(bool, insecure);
        QFETCH(QString, url);
        QFETCH(int, verdict);
        TokenScope t = scope(origin.toLatin1().constData(), insecure);
        QCOMPARE(int(t.verdict(QUrl(url))), verdict);
        QCOMPARE(t.allows(QUrl(url)), verdict == int(TokenScope::Verdict::Send));
        t.token.clear();
        QCOMPARE(t.verdict(QUrl(url)), TokenScope::Verdict::NoToken);
    }

    void headerOrQueryOnlyWhereAllowed()
    {
        ChannelSettings s;
        s.token = scope("http://127.0.0.1:8000");
        const QUrl own(QStringLiteral("http://127.0.0.1:8000/activity/get?activity_id=x"));
        const QUrl other(QStringLiteral("http://127.0.0.1:8001/activity/get?activity_id=x"));

        QNetworkRequest r = AuthorisedRequest::make(s.token, s.tokenQueryName, own);
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(r.url(), own);
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::SameOriginRedirectPolicy));

        r = AuthorisedRequest::make(s.token, s.tokenQueryName, other);
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(r.url(), other);
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::NoLessSafeRedirectPolicy));

        s.tokenQueryName = QStringLiteral("token");
        r = AuthorisedRequest::make(s.token, s.tokenQueryName, own);
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(QUrlQuery(r.url()).queryItemValue("token"), QString("tok-123"));
        QCOMPARE(QUrlQuery(r.url()).queryItemValue("activity_id"), QString("x"));
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::SameOriginRedirectPolicy));
        QVERIFY(AuthorisedRequest::carriesToken(r, s.tokenQueryName));

        r = AuthorisedRequest::make(s.token, s.tokenQueryName, other);
        QVERIFY(!r.url().toString().contains("tok-123"));
        QVERIFY(!AuthorisedRequest::carriesToken(r, s.tokenQueryName));
    }

    void errorTextLosesQueries()
    {
        QCOMPARE(AuthorisedRequest::withoutQueries(QStringLiteral("Error transferring http://h/a?token=tok-123 - server replied")),
            QStringLiteral("Error transferring http://h/a - server replied"));
    }
};

QTEST_GUILESS_MAIN(TestTokenScope)
#include "tst_tokenscope.moc"
