// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Issue #25, item 7 for the GETs: the server's activity list (the window's Open dialog) asked
// through a proxy that fails names the proxy in the channel's words, not in Qt's. A real squid
// (tests/integration/squidproxy) asking for credentials, and a proxy port where nothing listens.
#include "integration/serverstack.h"
#include "integration/squidproxy.h"
#include "session/serveractivitiesmodel.h"
#include "sync/serverclients.h"

#include <QTest>
#include <QUrl>

using namespace mirage;

namespace {
const char *const kProxyVariables[] = {
    "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"};

// This process's proxy settings: http_proxy and https_proxy, as a user gives them.
void useProxy(const QString &proxy)
{
    for (const char *name : kProxyVariables)
        qunsetenv(name);
    qputenv("http_proxy", proxy.toUtf8());
    qputenv("https_proxy", proxy.toUtf8());
}

// The list's status line once the list GET of a server named mirage.test (which only the proxy
// could reach) has been answered.
QString listStatusThrough(const QString &proxy, const QString &server = QStringLiteral("http://mirage.test:8000"))
{
    useProxy(proxy);
    ServerClients clients(TokenScope {}, QString());
    ServerActivitiesModel model;
    model.setClients(&clients);
    model.fetch(QUrl(server));
    const bool answered = QTest::qWaitFor([&] { return !model.loading(); }, 20000);
    for (const char *name : kProxyVariables)
        qunsetenv(name);
    return answered ? model.status() : QStringLiteral("still loading after 20 s");
}
} // namespace

class TestProxyGet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        for (const char *name : kProxyVariables)
            qunsetenv(name);
    }

    void listAtProxyWantingCredentialsIsNamed()
    {
        SquidProxy squid;
        squid.addHost(QStringLiteral("127.0.0.1 mirage.test"));
        squid.requireCredentials(QStringLiteral("ann"), QStringLiteral("right-pw-7d1"));
        QString error;
        QVERIFY2(squid.start(&error), qPrintable(error));
        QCOMPARE(listStatusThrough(squid.url()),
            QStringLiteral("Could not list the server's activities: the proxy 127.0.0.1:%1 wants a user name and password (HTTP 407); "
                           "give them in the proxy's URL: http://USER:PASSWORD@HOST:PORT")
                    .arg(squid.port()));
        const QString refused = listStatusThrough(squid.url(QStringLiteral("ann"), QStringLiteral("wrong-pw-9c4")));
        QCOMPARE(refused,
            QStringLiteral("Could not list the server's activities: the proxy 127.0.0.1:%1 refused the user name and password given "
                           "(HTTP 407)")
                    .arg(squid.port()));
    }

    void listAtProxyDownIsNamed()
    {
        const quint16 closed = ServerStack::freePort(); // nothing listens there
        QCOMPARE(listStatusThrough(QStringLiteral("http://127.0.0.1:%1").arg(closed)),
            QStringLiteral("Could not list the server's activities: cannot reach the proxy 127.0.0.1:%1: nothing listens there "
                           "(connection refused)")
                    .arg(closed));
    }

    // Through a working proxy, an https server that cannot be reached is the server's fault, not
    // the proxy's: Qt reports the proxy's CONNECT answer (503 here: nothing listens on the port) as
    // a plain "connection refused", which for plain http would mean the proxy itself was refused.
    void httpsServerDownThroughWorkingProxyIsNotBlamedOnTheProxy()
    {
        SquidProxy squid;
        squid.addHost(QStringLiteral("127.0.0.1 mirage.test"));
        QString error;
        QVERIFY2(squid.start(&error), qPrintable(error));
        const quint16 closed = ServerStack::freePort(); // nothing listens there
        const QString status = listStatusThrough(squid.url(), QStringLiteral("https://mirage.test:%1").arg(closed));
        QVERIFY2(status.startsWith(QStringLiteral("Could not list the server's activities: ")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("proxy")), qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(TestProxyGet)

#include "tst_proxyget.moc"
