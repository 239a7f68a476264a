// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_tokens.h"

#include "desktop/appcontroller.h"
#include "desktop/tokenbroker.h"
#include "peekserver.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
const QByteArray kToken = "t0ken-of-the-pump-server-7f3a";

QByteArray activityJson()
{
    return QByteArray(R"({"id":")") + kId + R"(","name":"Pump check","steps":[{"id":"s1","name":"Open the lid"}]})";
}

ChannelSettings quickRetries()
{
    ChannelSettings s;
    s.retryInitialMs = 100;
    return s;
}

// One server for the whole test (its port is the key the secret store keeps the token under).
PeekServer *server()
{
    static PeekServer *s = [] {
        auto *p = new PeekServer;
        p->setActivityJson(activityJson());
        p->setRequiredToken(kToken);
        return p;
    }();
    return s;
}

QTemporaryDir &copies()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

void TestTokens::initTestCase()
{
    QVERIFY(server()->listen());
    QVERIFY(copies().isValid());
    // run-in-session's private XDG directories keep this test's settings and keyring apart.
    QVERIFY2(qEnvironmentVariableIsSet("MIRAGEDESK_SESSION_DIR"), "run this test through tests/gui/run-in-session");
}

void TestTokens::refusedServerAsksForItsToken()
{
    AppController app(quickRetries(), nullptr, copies().path());
    QSignalSpy asked(app.tokens(), &TokenBroker::tokenRequested);
    QVERIFY(app.open(server()->httpBase(), QString::fromLatin1(kId)));
    ActivitySession *s = app.session();
    // Refused with 4401; the secret store has nothing yet: the window asks, once.
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    QCOMPARE(asked.at(0).at(0).toString(), s->server());
    QCOMPARE(app.tokens()->pendingServer(), s->server());
    QVERIFY(s->connection()->needsToken());
    QCOMPARE(s->connection()->state(), ConnectionMirror::Refused);
    QVERIFY(!s->loaded());

    QSignalSpy written(app.tokens()->vault(), &TokenVault::written);
    app.tokens()->submit(s->server(), QString::fromLatin1(kToken));
    QTRY_COMPARE_WITH_TIMEOUT(s->connection()->state(), ConnectionMirror::Open, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(s->loaded(), 10000);
    QCOMPARE(s->name(), QStringLiteral("Pump check"));
    QVERIFY(!s->connection()->needsToken());
    QVERIFY(app.tokens()->pendingServer().isEmpty());
    QCOMPARE(asked.count(), 1);
    // Written to the secret store.
    QVERIFY(written.count() == 1 || written.wait(10000));
    QCOMPARE(written.at(0).at(1).value<TokenVault::Status>(), TokenVault::Status::Done);
}

void TestTokens::keptTokenIsUsedAtTheNextStart()
{
    // A new start: the first attempt is refused, the kept token is found and used; no question.
    AppController app(quickRetries(), nullptr, copies().path());
    QSignalSpy asked(app.tokens(), &TokenBroker::tokenRequested);
    QVERIFY(app.open(server()->httpBase(), QString::fromLatin1(kId)));
    QTRY_COMPARE_WITH_TIMEOUT(app.session()->connection()->state(), ConnectionMirror::Open, 10000);
    QCOMPARE(asked.count(), 0);
}

void TestTokens::refusedKeptTokenIsAskedForAgain()
{
    // The server's token changed: the kept one is refused too, so the window asks.
    server()->setRequiredToken("a-new-token");
    AppController app(quickRetries(), nullptr, copies().path());
    QSignalSpy asked(app.tokens(), &TokenBroker::tokenRequested);
    QVERIFY(app.open(server()->httpBase(), QString::fromLatin1(kId)));
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    QSignalSpy written(app.tokens()->vault(), &TokenVault::written);
    app.tokens()->submit(app.session()->server(), QStringLiteral("a-new-token"));
    QTRY_COMPARE_WITH_TIMEOUT(app.session()->connection()->state(), ConnectionMirror::Open, 10000);
    QVERIFY(written.count() == 1 || written.wait(10000));
    server()->setRequiredToken(kToken);
}

void TestTokens::tokenIsInNoFile()
{
    // Settings, copies, caches: the tokens are in the secret store only.
    const QStringList roots {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CACHE_HOME"), copies().path(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().contains(QLatin1String("/keyrings/")) || !f.open(QIODevice::ReadOnly))
                continue; // the secret store's own (encrypted) file
            const QByteArray content = f.readAll();
            ++files;
            QVERIFY2(!content.contains(kToken), qPrintable(f.fileName()));
            QVERIFY2(!content.contains("a-new-token"), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 2); // at least the settings and a copy were looked at
}

QTEST_GUILESS_MAIN(TestTokens)

#include "moc_tst_tokens.cpp"
