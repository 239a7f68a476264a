// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The five connection options, defined once for `miragedesk` and `miragedesk watch`, and how they
// are read into ChannelSettings: the token from --token-file (else $MIRAGEDESK_TOKEN), bound to the
// server given with --server.
#include "sync/channelsettings.h"
#include "sync/channelurl.h"
#include "sync/connectionoptions.h"
#include "sync/tlstrust.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <optional>

using namespace mirage;

class TestConnectionOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("MIRAGEDESK_TOKEN"); }

    void allFiveWithHelp()
    {
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        const QString help = parser.helpText();
        for (const char *name :
            {"--server <URL>", "--activity <UUID>", "--token-file <FILE>", "--token-query <NAME>", "--origin <ORIGIN>", "--ca-file <FILE>"})
            QVERIFY2(help.contains(QLatin1String(name)), qPrintable(help));
    }

    void readsTheSettings()
    {
        QTemporaryFile token;
        QVERIFY(token.open());
        token.write("tok-123\n");
        token.flush();
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({"x", "--server", "ws://127.0.0.1:8000", "--token-file", token.fileName(), "--token-query", "t", "--origin",
            "http://o.example"}));
        ChannelSettings settings;
        QString error;
        QVERIFY2(options.read(parser, &settings, &error), qPrintable(error));
        QCOMPARE(settings.token.token, QByteArray("tok-123"));
        QCOMPARE(settings.tokenQueryName, QStringLiteral("t"));
        QCOMPARE(settings.origin, QStringLiteral("http://o.example"));
        QVERIFY(settings.token.origin.isEmpty()); // bound to no server until told which
        const auto endpoint =
            ChannelUrl::resolve(parser.value(options.server), QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2"), &error);
        QVERIFY(endpoint);
        ConnectionOptions::bindToken(&settings, *endpoint);
        QVERIFY(settings.token.allows(QUrl(QStringLiteral("ws://127.0.0.1:8000/ws/activities/x/"))));
        QVERIFY(!settings.token.allows(QUrl(QStringLiteral("ws://127.0.0.1:8001/ws/activities/x/"))));
    }

    void tokenFromTheEnvironment()
    {
        qputenv("MIRAGEDESK_TOKEN", " env-tok \n");
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({"x"}));
        ChannelSettings settings;
        QString error;
        QVERIFY(options.read(parser, &settings, &error));
        QCOMPARE(settings.token.token, QByteArray("env-tok"));
    }

    void unreadableTokenFileIsAClearError()
    {
        QTemporaryFile token;
        QVERIFY(token.open());
        token.write("tok-123\nsecond\n");
        token.flush();
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({"x", "--token-file", token.fileName()}));
        ChannelSettings settings;
        QString error;
        QVERIFY(!options.read(parser, &settings, &error));
        QVERIFY2(error.contains("more than one line"), qPrintable(error));
        QVERIFY(!error.contains("tok-123"));
        QVERIFY(settings.token.token.isEmpty());
    }

    // Issue #25: --origin is an origin (a scheme and a host, the port optional), else a reason and
    // nothing read; a server would answer anything else with 400 or 403 at every retry.
    void originIsChecked_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("sent"); // empty: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("http") << "http://mirage.test"
                              << "http://mirage.test"
                              << "";
        QTest::newRow("https with port") << "https://Mirage.Test:8443"
                                         << "https://mirage.test:8443"
                                         << "";
        QTest::newRow("a trailing slash") << "http://mirage.test/"
                                          << "http://mirage.test"
                                          << "";
        QTest::newRow("IPv6") << "http://[::1]:8000"
                              << "http://[::1]:8000"
                              << "";
        QTest::newRow("no scheme") << "mirage.test"
                                   << ""
                                   << "--origin 'mirage.test' needs a scheme and a host, e.g. http://mirage.test";
        QTest::newRow("host and port, no scheme") << "mirage.test:8000"
                                                  << ""
                                                  << "--origin 'mirage.test:8000' needs a scheme and a host, e.g. http://mirage.test:8000";
        QTest::newRow("empty") << ""
                               << ""
                               << "--origin '' needs a scheme and a host, e.g. http://example.org";
        QTest::newRow("ws") << "ws://mirage.test"
                            << ""
                            << "--origin 'ws://mirage.test' has the scheme 'ws': an origin is http:// or https://";
        QTest::newRow("no host") << "http://"
                                 << ""
                                 << "--origin 'http://' has no host";
        QTest::newRow("a path")
            << "http://mirage.test/app"
            << ""
            << "--origin 'http://mirage.test/app' has more than a scheme, a host and a port (an origin is http(s)://host[:port])";
        QTest::newRow("a user")
            << "http://me@mirage.test"
            << ""
            << "--origin 'http://me@mirage.test' has more than a scheme, a host and a port (an origin is http(s)://host[:port])";
        QTest::newRow("a bad port") << "http://mirage.test:99999"
                                    << ""
                                    << "--origin 'http://mirage.test:99999' is not a valid URL";
    }

    void originIsChecked()
    {
        QFETCH(QString, given);
        QFETCH(QString, sent);
        QFETCH(QString, reason);
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({"x", "--origin", given}));
        ChannelSettings settings;
        settings.origin = QStringLiteral("untouched");
        QString error;
        const bool ok = options.read(parser, &settings, &error);
        if (sent.isEmpty()) {
            QVERIFY(!ok);
            QVERIFY2(error.startsWith(reason), qPrintable(error));
            QCOMPARE(settings.origin, QStringLiteral("untouched"));
        } else {
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(settings.origin, sent);
        }
    }

    // Issue #26: SSL_CERT_FILE and SSL_CERT_DIR naming the system's own store (as on machines that set
    // both for every tool) leave the system's store as it is, loaded on demand, instead of parsing its
    // certificates three times at every start (~0.3 s of CPU for a ws:// server); a copy of the same
    // bundle elsewhere is still added.
    void systemStoreInTheEnvironmentIsNotReadAgain()
    {
        const QString bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        if (!QFile::exists(bundle))
            QSKIP("no Debian system store here");
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString copy = elsewhere.filePath(QStringLiteral("private-ca.pem"));
        QVERIFY(QFile::copy(bundle, copy));
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({"x", "--server", "ws://127.0.0.1:8000"}));
        auto readTrust = [&](const QString &file, const QString &dirs) {
            qputenv("SSL_CERT_FILE", QFile::encodeName(file));
            qputenv("SSL_CERT_DIR", QFile::encodeName(dirs));
            ChannelSettings settings;
            QString error;
            const bool ok = options.read(parser, &settings, &error);
            qunsetenv("SSL_CERT_FILE");
            qunsetenv("SSL_CERT_DIR");
            return ok ? std::optional<QSslConfiguration>(settings.tls) : std::nullopt;
        };
        const auto system = readTrust(bundle, QStringLiteral("/etc/ssl/certs:/usr/lib/ssl/certs/"));
        QVERIFY(system);
        QVERIFY(system->isNull()); // Qt's own: the system's store, on demand
        const auto added = readTrust(copy, QStringLiteral("/etc/ssl/certs"));
        QVERIFY(added);
        QVERIFY(!added->isNull());
        QVERIFY(added->caCertificates().size() > QSslCertificate::fromPath(copy).size()); // the system's and the copy's
    }

    // What the skipping above must not lose (a folder of the test's standing for the system's
    // store): a CA appended to the system's bundle by hand, and a hashed name made by hand for a CA
    // elsewhere once a list is needed (a --ca-file): OpenSSL trusts both.
    void systemStoreKeepsWhatWasAddedToIt()
    {
        const QList<QSslCertificate> real = QSslCertificate::fromPath(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        if (real.size() < 3)
            QSKIP("no Debian system store here");
        QTemporaryDir store, elsewhere;
        QVERIFY(store.isValid() && elsewhere.isValid());
        auto write = [](const QString &path, const QList<QSslCertificate> &certificates) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            for (const QSslCertificate &c : certificates)
                f.write(c.toPem());
            return true;
        };
        // CAs of the test's own, in no system store (openssl, as tests/deploy/make-certs).
        auto makeCa = [&](const QString &name) {
            const QString pem = elsewhere.filePath(name + QStringLiteral(".pem"));
            QProcess::execute(QStringLiteral("openssl"),
                {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=MirageDesk test " + name, "-keyout", elsewhere.filePath(name + QStringLiteral(".key")), "-out", pem});
            const QList<QSslCertificate> made = QSslCertificate::fromPath(pem);
            return made.isEmpty() ? QSslCertificate() : made.first();
        };
        const QSslCertificate appended = makeCa(QStringLiteral("appended")),
                                  byHand = makeCa(QStringLiteral("by-hand")), given = makeCa(QStringLiteral("given"));
        QVERIFY(!appended.isNull() && !byHand.isNull() && !given.isNull());
        // Three CAs as update-ca-certificates leaves them: name.pem, its hashed name linking to it,
        // and the bundle of the three.
        for (int i = 0; i < 3; ++i) {
            const QString pem = QStringLiteral("ca%1.pem").arg(i);
            QVERIFY(write(store.filePath(pem), {real[i]}));
            QVERIFY(QFile::link(pem, store.filePath(QStringLiteral("0000000%1.0").arg(i))));
        }
        const QString bundle = store.filePath(QStringLiteral("ca-certificates.crt"));
        QVERIFY(write(bundle, real.mid(0, 3)));
        TlsTrust::setSystemDirectories({store.path()});
        auto cleanup = qScopeGuard([] {
            TlsTrust::setSystemDirectories({});
            qunsetenv("SSL_CERT_FILE");
            qunsetenv("SSL_CERT_DIR");
        });
        auto trust = [](const QString &caFile) {
            QSslConfiguration config;
            QString error;
            return TlsTrust::configure(caFile, &config, &error) ? config : QSslConfiguration::defaultConfiguration();
        };
        qputenv("SSL_CERT_FILE", QFile::encodeName(bundle));
        qputenv("SSL_CERT_DIR", QFile::encodeName(store.path()));
        QVERIFY(trust(QString()).isNull()); // the store as it was written: nothing to read

        QVERIFY(write(bundle, real.mid(0, 3) << appended)); // a CA appended to the bundle by hand
        QVERIFY(trust(QString()).caCertificates().contains(appended));

        QVERIFY(write(bundle, real.mid(0, 3)));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("by-hand.pem")), store.filePath(QStringLiteral("abcdef12.0"))));
        QVERIFY(trust(QString()).isNull()); // on demand, Qt looks the hashed name up itself
        const QList<QSslCertificate> listed = trust(elsewhere.filePath(QStringLiteral("given.pem"))).caCertificates();
        QVERIFY(listed.contains(given));
        QVERIFY(listed.contains(byHand)); // in a list, the hashed name made by hand is kept
    }
};

QTEST_GUILESS_MAIN(TestConnectionOptions)
#include "tst_connectionoptions.moc"
