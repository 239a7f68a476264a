// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// A real deployment (issue #25): `miragedesk watch` through nginx in front of the reference server,
// with TLS from a private CA the test makes, the server under a path prefix, certificates that are
// expired or for another name, and the usual http→https 301.
#include "tst_deploy.h"

#include "../integration/watchprocess.h"
#include "sync/channelurl.h"
#include "sync/serverclient.h"
#include "sync/tlstrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mirage;

namespace {
QString newActivity()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray activityJson(const QString &id, const QString &name)
{
    return QStringLiteral(R"({"id":"%1","name":"%2","steps":[{"id":"s1","name":"One"}]})").arg(id, name).toUtf8();
}

// The test's own trust: none of the machine's SSL_CERT_FILE or SSL_CERT_DIR.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSL_CERT_FILE"));
    env.remove(QStringLiteral("SSL_CERT_DIR"));
    return env;
}

QProcessEnvironment withEnv(const QString &name, const QString &value)
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(name, value);
    return env;
}

const QStringList kFast = {"--retry-initial", "0.2", "--retry-max", "1"};

// watch on `server` until one message, then its state on stdout.
QStringList watchArgs(const QString &server, const QString &id, const QStringList &more = {})
{
    return QStringList {"--server", server, "--activity", id, "--count", "1", "--timeout", "60", "--dump-state", "-"} + kFast + more;
}
} // namespace

void TestDeploy::initTestCase()
{
    m_stack = std::make_unique<ServerStack>(1);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_nginx = std::make_unique<NginxFront>(QUrl(m_stack->httpBase()).port());
    QVERIFY2(m_nginx->start(&error), qPrintable(error));
}

void TestDeploy::cleanupTestCase()
{
    m_nginx.reset();
    m_stack.reset();
}

namespace {
// Runs `w` to the end: it connected, loaded the snapshot the server holds (the name says so),
// received one event and exited 0 with the state on stdout.
void followsOneEvent(WatchProcess &w, ServerStack &stack, const QString &id)
{
    QTRY_VERIFY2_WITH_TIMEOUT(w.err().contains("snapshot applied"), w.err(), 30000);
    QVERIFY(stack.patch(id, R"({"description":"through nginx"})"));
    QVERIFY(w.finish(30000));
    QVERIFY2(w.exitCode() == 0, w.err());
    const QJsonObject state = QJsonDocument::fromJson(w.lines().last()).object();
    QCOMPARE(state.value("activity").toObject().value("name").toString(), QStringLiteral("Behind nginx"));
    QCOMPARE(state.value("activity").toObject().value("description").toString(), QStringLiteral("through nginx"));
    QCOMPARE(state.value("applied").toInt(), 1);
}
} // namespace

// Item 1: https://host/mirage/ is a server: the channel and the snapshot are under the prefix
// (today: exit 2, "unexpected path '/mirage/'").
void TestDeploy::pathPrefixOverTls()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(watchArgs(m_nginx->https("/mirage/"), id), withEnv("SSL_CERT_FILE", m_nginx->caFile()));
    const QByteArray connected = "connected to " + m_nginx->https("/mirage/ws/activities/%1/").arg(id).replace("https", "wss").toUtf8();
    QTRY_VERIFY2_WITH_TIMEOUT(w.err().contains(connected), w.err(), 30000);
    followsOneEvent(w, *m_stack, id);
}

// Item 1: a whole channel URL under the prefix (today: exit 2, "unexpected path").
void TestDeploy::channelUrlUnderAPrefix()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    const QString channel = m_nginx->https("/mirage/ws/activities/%1/").arg(id);
    WatchProcess w;
    w.start(QStringList {"--server", channel, "--count", "1", "--timeout", "60", "--dump-state", "-"} + kFast,
        withEnv("SSL_CERT_FILE", m_nginx->caFile()));
    followsOneEvent(w, *m_stack, id);
}

// Item 3: --ca-file FILE (today: an unknown option).
void TestDeploy::caFileIsTrusted()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(watchArgs(m_nginx->https(), id, {"--ca-file", m_nginx->caFile()}), cleanEnvironment());
    followsOneEvent(w, *m_stack, id);
}

// Item 3: SSL_CERT_FILE, as OpenSSL reads it (today: not trusted, retried until the timeout).
void TestDeploy::sslCertFileIsTrusted()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(watchArgs(m_nginx->https(), id), withEnv("SSL_CERT_FILE", m_nginx->caFile()));
    followsOneEvent(w, *m_stack, id);
}

// Item 3: SSL_CERT_DIR, a directory of hashed names, the system's store still read (an entry that
// does not exist is skipped, as OpenSSL skips it).
void TestDeploy::sslCertDirIsTrusted()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(watchArgs(m_nginx->https(), id), withEnv("SSL_CERT_DIR", "/nonexistent-dir:" + m_nginx->caDir()));
    followsOneEvent(w, *m_stack, id);
}

void TestDeploy::unreadableCaFileIsRefused()
{
    QTemporaryDir dir;
    QFile notPem(dir.filePath("notes.txt"));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    const QString id = newActivity();
    for (const QString &file : {dir.filePath("missing.pem"), notPem.fileName()}) {
        WatchProcess w;
        w.start(watchArgs(m_nginx->https(), id, {"--ca-file", file}), cleanEnvironment());
        QVERIFY(w.finish(30000));
        QCOMPARE(w.exitCode(), 2);
        QVERIFY2(w.err().contains(file.toUtf8()), w.err());
        QVERIFY2(w.err().contains(file == notPem.fileName() ? "holds no certificate" : "cannot read the CA file"), w.err());
        QVERIFY2(!w.err().contains("connecting to"), w.err());
    }
}

// Item 4: a certificate error is no passing fault: one attempt, exit 5, and the words say which
// host, the names the certificate is for and until when it is valid (today: retried in silence
// until the timeout, exit 3).
void TestDeploy::certificateErrorsStopAndSayWhy_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("says");
    QTest::newRow("untrusted") << "server" << false
                               << "the certificate of 127.0.0.1 is not trusted: its issuer 'MirageDesk Test CA' is unknown (it is for "
                                  "localhost, 127.0.0.1, valid until %1); give the authority's certificate with --ca-file or SSL_CERT_FILE";
    QTest::newRow("expired") << "expired" << true
                             << "the certificate of 127.0.0.1 has expired: it was valid until 2020-01-02T00:00:00Z (it is for localhost, "
                                "127.0.0.1)";
    QTest::newRow("wrong name") << "wrongname" << true
                                << "the certificate of 127.0.0.1 is for wrong.example, not for 127.0.0.1 (valid until %1)";
}

void TestDeploy::certificateErrorsStopAndSayWhy()
{
    QFETCH(QString, which);
    QFETCH(bool, trustCa);
    QFETCH(QString, says);
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(m_nginx->certificateFile(which));
    QCOMPARE(certificate.size(), 1);
    if (says.contains("%1"))
        says = says.arg(certificate.first().expiryDate().toUTC().toString(Qt::ISODate));
    const QString server = which == "server" ? m_nginx->https() : which == "expired" ? m_nginx->expired() : m_nginx->wrongName();
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(QStringList {"--server", server, "--activity", id, "--timeout", "20", "--dump-state", "-"} + kFast,
        trustCa ? withEnv("SSL_CERT_FILE", m_nginx->caFile()) : cleanEnvironment());
    QVERIFY(w.finish(60000));
    QVERIFY2(w.exitCode() == 5, w.err());
    QVERIFY2(w.err().contains(says.toUtf8()), w.err());
    QCOMPARE(w.err().count("connecting to"), 1); // no retry
    QVERIFY2(!w.err().contains("retrying"), w.err());
    QVERIFY(w.out().isEmpty() || !w.lines().last().contains("\"name\":\"Behind nginx\"")); // nothing came through
}

// Item 5: nginx's 301 from http to https on the same host is followed, with a notice to give the
// https URL (today: "the server answered the handshake with HTTP 301; retrying", until the timeout).
void TestDeploy::httpRedirectToHttpsIsFollowed_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << "";
    QTest::newRow("prefix") << "/mirage";
}

void TestDeploy::httpRedirectToHttpsIsFollowed()
{
    QFETCH(QString, path);
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Behind nginx")));
    WatchProcess w;
    w.start(watchArgs(m_nginx->http(path + "/"), id), withEnv("SSL_CERT_FILE", m_nginx->caFile()));
    QTRY_VERIFY2_WITH_TIMEOUT(w.connections() == 1, w.err(), 30000);
    const QString notice = QStringLiteral("notice: %1 redirects to %2: following it; give %2 as the server URL") .arg(
        m_nginx->http(path), m_nginx->https(path));
    QVERIFY2(w.err().contains(notice.toUtf8()), w.err());
    QVERIFY2(
        w.err().contains("connected to " + m_nginx->https(path + "/ws/activities/%1/").arg(id).replace("https", "wss").toUtf8()), w.err());
    followsOneEvent(w, *m_stack, id);
}

// Item 1 and 3 for the Open dialog's list: GET <base>/api/activities/ under the prefix, with the
// trusted CA, from the client the window uses.
void TestDeploy::serverListUnderAPrefix()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Listed behind nginx")));
    qputenv("SSL_CERT_FILE", QFile::encodeName(m_nginx->caFile()));
    QSslConfiguration tls;
    QString error;
    const bool configured = TlsTrust::configure(QString(), &tls, &error);
    qunsetenv("SSL_CERT_FILE");
    QVERIFY2(configured, qPrintable(error));
    const QUrl base = ChannelUrl::serverBase(m_nginx->https("/mirage/"));
    QCOMPARE(base.toString(), m_nginx->https("/mirage"));
    ServerClient client(base, TokenScope(), QString());
    client.setTls(tls);
    std::unique_ptr<QNetworkReply> reply(client.fetchActivityList(base));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->url().toString(), m_nginx->https("/mirage/api/activities/"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains(id.toUtf8()));
}

namespace {
// nginx with proxy_read_timeout 3 s in front of the server: a proxied WebSocket that brings nothing
// back for 3 s is closed by nginx (a deployment's idle timeout, 60 s by default).
constexpr int kIdleTimeoutS = 3;

// watch on `server` through that nginx with pings every `pingS` seconds, until one message.
void watchIdle(WatchProcess &w, const NginxFront &front, const QString &id, const char *pingS)
{
    w.start(watchArgs(front.https("/mirage/"), id, {"--ca-file", front.caFile(), "--ping-interval", pingS, "--pong-timeout", "2"}),
        cleanEnvironment());
}

// The state watch printed is exactly the activity with the one event applied.
void stateIsExact(const WatchProcess &w, const QString &id, const QString &description)
{
    const QJsonObject state = QJsonDocument::fromJson(w.lines().last()).object();
    QJsonObject expected = QJsonDocument::fromJson(activityJson(id, "Idle behind nginx")).object();
    expected.insert(QStringLiteral("description"), description);
    QCOMPARE(state.value("activity").toObject(), expected);
    QCOMPARE(state.value("applied").toInt(), 1);
}
} // namespace

// An idle timeout (issue #25): pings every second keep a connection through nginx's 3 s
// proxy_read_timeout open (each pong is data from the server): ONE connection for three times
// that time, and an event posted after it still arrives. A regression guard: it passes on the
// code that came before it (watch's pings already do this); it fails when the pings are slower
// than the timeout (see idleTimeoutCloseIsReconnected, where the connection is lost).
void TestDeploy::idleTimeoutIsKeptOpenByPings()
{
    NginxFront front(quint16(QUrl(m_stack->httpBase()).port()));
    front.setReadTimeout(kIdleTimeoutS);
    QString error;
    QVERIFY2(front.start(&error), qPrintable(error));
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Idle behind nginx")));
    WatchProcess w;
    watchIdle(w, front, id, "1");
    QTRY_VERIFY2_WITH_TIMEOUT(w.err().contains("snapshot applied"), w.err(), 30000);
    // The time is what is tested here: nginx's own timer, which no clock of ours drives.
    QTest::qWait(3 * kIdleTimeoutS * 1000);
    QVERIFY2(w.connections() == 1 && !w.err().contains("retrying"), w.err());
    QVERIFY(m_stack->patch(id, R"({"description":"after the idle time"})"));
    QVERIFY(w.finish(30000));
    QVERIFY2(w.exitCode() == 0, w.err());
    QCOMPARE(w.connections(), 1);
    stateIsExact(w, id, QStringLiteral("after the idle time"));
}

// Pings slower than the timeout: nginx closes the idle connection; watch connects again (with the
// backoff's first delay) and an event posted on the new connection arrives, the state exact.
void TestDeploy::idleTimeoutCloseIsReconnected()
{
    NginxFront front(quint16(QUrl(m_stack->httpBase()).port()));
    front.setReadTimeout(kIdleTimeoutS);
    QString error;
    QVERIFY2(front.start(&error), qPrintable(error));
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id, "Idle behind nginx")));
    WatchProcess w;
    watchIdle(w, front, id, "30");
    QTRY_VERIFY2_WITH_TIMEOUT(w.err().contains("snapshot applied"), w.err(), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(w.connections() == 2, w.err(), 30000); // closed by nginx, connected again
    QVERIFY(m_stack->patch(id, R"({"description":"after the reconnection"})"));
    QVERIFY(w.finish(30000));
    QVERIFY2(w.exitCode() == 0, w.err());
    stateIsExact(w, id, QStringLiteral("after the reconnection"));
}

QTEST_GUILESS_MAIN(TestDeploy)
#include "moc_tst_deploy.cpp"
