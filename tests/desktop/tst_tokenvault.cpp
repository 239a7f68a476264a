// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_tokenvault.h"

#include "desktop/tokenvault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <cstdio>

using mirage::TokenVault;

namespace {

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString freshToken()
{
    return QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One call's answer, waited for: the vault answers every call once.
struct Read
{
    QString token;
    TokenVault::Status status;
};

Read readBack(const QUrl &server)
{
    TokenVault vault;
    QSignalSpy spy(&vault, &TokenVault::tokenRead);
    vault.read(server);
    if (!spy.wait(30000))
        return {QString(), TokenVault::Status::Error};
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).toString(), args.at(2).value<TokenVault::Status>()};
}

TokenVault::Status writeToken(const QUrl &server, const QString &token)
{
    TokenVault vault;
    QSignalSpy spy(&vault, &TokenVault::written);
    vault.write(server, token);
    if (!spy.wait(30000))
        return TokenVault::Status::Error;
    return spy.takeFirst().at(1).value<TokenVault::Status>();
}

TokenVault::Status forgetToken(const QUrl &server)
{
    TokenVault vault;
    QSignalSpy spy(&vault, &TokenVault::forgotten);
    vault.forget(server);
    if (!spy.wait(30000))
        return TokenVault::Status::Error;
    return spy.takeFirst().at(1).value<TokenVault::Status>();
}

QString statusName(TokenVault::Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<TokenVault::Status>().valueToKey(int(status)));
}

// The child: on the bus it was given (one without a secret service), read and write once each and
// print the two statuses.
int runChild()
{
    TokenVault vault;
    QStringList answers;
    QObject::connect(&vault, &TokenVault::tokenRead, [&](const QUrl &, const QString &, TokenVault::Status s) {
        answers << statusName(s);
        vault.write(QUrl(QStringLiteral("https://vault.test")), freshToken());
    });
    QObject::connect(&vault, &TokenVault::written, [&](const QUrl &, TokenVault::Status s) {
        answers << statusName(s);
        std::printf("%s\n", qPrintable(answers.join(QLatin1Char(' '))));
        QCoreApplication::quit();
    });
    vault.read(QUrl(QStringLiteral("https://vault.test")));
    return QCoreApplication::exec();
}

} // namespace

void TestTokenVault::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("MIRAGEDESK_SESSION_DIR"), "run this test through tests/gui/run-in-session");
    QLoggingCategory::setFilterRules(QStringLiteral("miragedesk.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestTokenVault::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestTokenVault::writtenTokenIsReadBackByAnotherVault()
{
    const QUrl server(QStringLiteral("https://one.vault.test:8443/activities/x"));
    const QString token = freshToken();
    QCOMPARE(writeToken(server, token), TokenVault::Status::Done);
    const Read got = readBack(server);
    QCOMPARE(got.status, TokenVault::Status::Found);
    QCOMPARE(got.token, token);

    // A new token replaces the old one.
    const QString newer = freshToken();
    QCOMPARE(writeToken(server, newer), TokenVault::Status::Done);
    QCOMPARE(readBack(server).token, newer);
}

void TestTokenVault::sameServerWhateverTheSchemeSpelling()
{
    const QString token = freshToken();
    QCOMPARE(writeToken(QUrl(QStringLiteral("wss://Two.Vault.Test/ws/activity/1")), token), TokenVault::Status::Done);
    const Read got = readBack(QUrl(QStringLiteral("https://two.vault.test:443")));
    QCOMPARE(got.status, TokenVault::Status::Found);
    QCOMPARE(got.token, token);
}

void TestTokenVault::otherServerHasNoToken()
{
    QCOMPARE(writeToken(QUrl(QStringLiteral("https://three.vault.test")), freshToken()), TokenVault::Status::Done);
    for (const char *other : {"https://four.vault.test", "https://three.vault.test:8443", "http://three.vault.test"}) {
        const Read got = readBack(QUrl(QString::fromLatin1(other)));
        QCOMPARE(got.status, TokenVault::Status::NotFound);
        QVERIFY(got.token.isEmpty());
    }
}

void TestTokenVault::forgetRemovesTheToken()
{
    const QUrl server(QStringLiteral("https://five.vault.test"));
    const QUrl kept(QStringLiteral("https://six.vault.test"));
    const QString keptToken = freshToken();
    QCOMPARE(writeToken(server, freshToken()), TokenVault::Status::Done);
    QCOMPARE(writeToken(kept, keptToken), TokenVault::Status::Done);
    QCOMPARE(forgetToken(server), TokenVault::Status::Done);
    QCOMPARE(readBack(server).status, TokenVault::Status::NotFound);
    QCOMPARE(readBack(kept).token, keptToken);
    // Forgetting what is not there is no error.
    QCOMPARE(forgetToken(server), TokenVault::Status::Done);
}

void TestTokenVault::badServerIsAnErrorAndChangesNothing()
{
    const QString token = freshToken();
    for (const char *bad : {"", "not a url", "file:///etc/passwd", "ftp://seven.vault.test", "https://"}) {
        const QUrl server(QString::fromLatin1(bad));
        QCOMPARE(writeToken(server, token), TokenVault::Status::Error);
        QCOMPARE(readBack(server).status, TokenVault::Status::Error);
        QCOMPARE(forgetToken(server), TokenVault::Status::Error);
    }
    // An empty token is not stored either, and leaves the stored one alone.
    const QUrl server(QStringLiteral("https://seven.vault.test"));
    QCOMPARE(writeToken(server, token), TokenVault::Status::Done);
    QCOMPARE(writeToken(server, QString()), TokenVault::Status::Error);
    QCOMPARE(readBack(server).token, token);
}

void TestTokenVault::tokenIsNotInTheFilesNorTheLog()
{
    const QUrl server(QStringLiteral("https://eight.vault.test"));
    const QString token = freshToken();
    {
        QMutexLocker lock(&logMutex);
        logLines.clear();
    }
    QCOMPARE(writeToken(server, token), TokenVault::Status::Done);
    QCOMPARE(readBack(server).token, token);
    QCOMPARE(forgetToken(server), TokenVault::Status::Done);

    {
        QMutexLocker lock(&logMutex);
        // The log names the server and what happened to its token, not the token.
        QVERIFY2(logLines.filter(QStringLiteral("https://eight.vault.test")).size() >= 3, qPrintable(logLines.join(u'\n')));
        for (const QString &line : std::as_const(logLines))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
    // Not in plain text anywhere under the session's config, data and cache directories (the
    // settings live in the first; the keyring's file, encrypted, in the second).
    const QByteArray needle = token.toUtf8();
    int files = 0;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QVERIFY2(!file.readAll().contains(needle), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY(files > 0); // the keyring's files at least: the walk looked somewhere
}

void TestTokenVault::withoutSecretServiceItIsUnavailable()
{
    // A real bus of its own that has no secret service and starts none on demand.
    QProcess child;
    child.setProgram(QStringLiteral("dbus-run-session"));
    child.setArguments({QStringLiteral("--config-file=" MIRAGEDESK_BARE_BUS_CONFIG),
        QStringLiteral("--"), QCoreApplication::applicationFilePath(), QStringLiteral("--child-without-secret-service")});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForFinished(120000), "the vault did not answer without a secret service");
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(), QStringLiteral("Unavailable Unavailable"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child-without-secret-service") == 0)
        return runChild();
    TestTokenVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_tokenvault.cpp"
