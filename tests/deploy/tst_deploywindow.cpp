// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The window in a real deployment (issue #25): a private CA given with --ca-file, with
// SSL_CERT_FILE, or chosen from the certificate banner; the server under /mirage/; nginx's
// http→https 301; the per-server settings (CA file and Origin) and what they change.
#include "tst_deploywindow.h"

#include "../gui/quickitems.h"
#include "desktop/appcontroller.h"
#include "desktop/desktopapp.h"
#include "desktop/handoverrequest.h"
#include "desktop/servertrust.h"
#include "sync/connectionoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mirage;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
void collectWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings << msg;
    g_previous(type, ctx, msg);
}

QString newActivity()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray activityJson(const QString &id)
{
    return QStringLiteral(R"({"id":"%1","name":"Behind nginx","steps":[{"id":"s1","name":"Open the cabinet"}]})").arg(id).toUtf8();
}

// The window as DesktopApp makes it for `miragedesk ARGS` (the connection options read by
// ConnectionOptions), its copies in a folder of its own.
struct Window
{
    QTemporaryDir copies;
    std::unique_ptr<AppController> app;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    bool start(const QStringList &args)
    {
        QCommandLineParser parser;
        const ConnectionOptions options;
        options.addTo(parser);
        if (!parser.parse(QStringList {"miragedesk"} + args))
            return false;
        ChannelSettings settings;
        QString error;
        if (!options.read(parser, &settings, &error)) {
            qWarning() << error;
            return false;
        }
        settings.prefetchSnapshot = true;
        settings.retrySnapshot = true;
        settings.retryInitialMs = 200;
        settings.retryMaxMs = 1000;
        app = std::make_unique<AppController>(settings, nullptr, copies.path());
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->setInitialProperties({{"app", QVariant::fromValue(static_cast<QObject *>(app.get()))}, {"askAtStart", false}});
        engine->load(QUrl(QString::fromLatin1(DesktopApp::mainQml())));
        if (engine->rootObjects().size() != 1)
            return false;
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        app->setWindow(window);
        return QTest::qWaitForWindowExposed(window);
    }
    ~Window()
    {
        engine.reset();
        app.reset();
    }
    QQuickItem *item(const QString &name) const { return quickitems::findItem(window->contentItem(), name); }
    // What the user reads: the visible items of that name.
    QStringList texts(const QString &name) const
    {
        QList<QQuickItem *> items;
        quickitems::collect(window->contentItem(), name, items);
        QStringList out;
        for (QQuickItem *i : items)
            if (i->isVisible())
                out << i->property("text").toString();
        return out;
    }
    bool showsSteps() const { return texts("stepName").contains(QStringLiteral("Open the cabinet")); }
    QQuickItem *banner() const { return item("connectionBanner"); }
    QString bannerText() const
    {
        const QQuickItem *b = banner();
        return b && b->isVisible() ? b->property("text").toString() + QLatin1Char('\n') + b->property("detail").toString() : QString();
    }
    // The log's lines (what the log view lists).
    QStringList log() const
    {
        QStringList out;
        const QAbstractItemModel *m = app->session()->eventLog();
        const int role = m->roleNames().key("summary", -1);
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->index(row, 0).data(role).toString();
        return out;
    }
};

void withoutEnvironmentTrust()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
}
} // namespace

void TestDeployWindow::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    g_previous = qInstallMessageHandler(collectWarnings);
    withoutEnvironmentTrust();
    m_stack = std::make_unique<ServerStack>(1);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
    m_nginx = std::make_unique<NginxFront>(QUrl(m_stack->httpBase()).port());
    QVERIFY2(m_nginx->start(&error), qPrintable(error));
}

void TestDeployWindow::init()
{
    QSettings().remove(QStringLiteral("servers")); // no server's settings from an earlier test
    withoutEnvironmentTrust();
}

void TestDeployWindow::cleanup()
{
    withoutEnvironmentTrust();
}

void TestDeployWindow::cleanupTestCase()
{
    m_nginx.reset();
    m_stack.reset();
}

// (a) `miragedesk --ca-file CA --server https://…/mirage/ --activity ID`: the steps appear.
void TestDeployWindow::caFileOnTheCommandLine()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    Window w;
    QVERIFY(w.start({"--ca-file", m_nginx->caFile()}));
    QVERIFY(w.app->open(m_nginx->https("/mirage/"), id));
    QTRY_VERIFY_WITH_TIMEOUT(w.showsSteps(), 30000);
    QTRY_VERIFY(!w.banner()->isVisible());
}

// (b) The same CA from SSL_CERT_FILE, no option.
void TestDeployWindow::sslCertFileInTheEnvironment()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    qputenv("SSL_CERT_FILE", QFile::encodeName(m_nginx->caFile()));
    Window w;
    QVERIFY(w.start({}));
    QVERIFY(w.app->open(m_nginx->https("/mirage/"), id));
    QTRY_VERIFY_WITH_TIMEOUT(w.showsSteps(), 30000);
}

// (c) No CA: the banner names the problem (host, names, until when) and offers "Choose a CA
// File…"; a file with no certificate is refused with a reason; the CA's file makes the steps
// appear, and it is kept for the server.
void TestDeployWindow::certificateRefusalOffersACaFile()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    const QString server = m_nginx->https("/mirage/");
    Window w;
    QVERIFY(w.start({}));
    QVERIFY(w.app->open(server, id));
    QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().contains(QLatin1String("was not accepted")), 30000);
    const QString until = QSslCertificate::fromPath(m_nginx->certificateFile("server")).value(0).expiryDate().toUTC().toString(Qt::ISODate);
    QVERIFY(!until.isEmpty());
    const QString says = w.bannerText();
    QVERIFY2(says.startsWith(QLatin1String("The certificate of ") + m_nginx->https("/mirage") + QLatin1String(" was not accepted.")),
        qPrintable(says));
    QVERIFY2(says.contains(QLatin1String("The certificate of 127.0.0.1 is not trusted: its issuer")), qPrintable(says));
    QVERIFY2(says.contains(QLatin1String("MirageDesk Test CA")), qPrintable(says));
    QVERIFY2(says.contains(QLatin1String("localhost, 127.0.0.1")), qPrintable(says));
    QVERIFY2(says.contains(QLatin1String("valid until ") + until), qPrintable(says));
    QVERIFY(!w.showsSteps());
    QQuickItem *choose = w.item("chooseCaFileButton");
    QVERIFY(choose);
    QVERIFY(choose->isVisible());
    QCOMPARE(choose->property("text").toString(), QStringLiteral("Choose a &CA File…"));

    // The button opens the file dialog; what it hands back is what useCaFile() takes.
    QObject *dialog = w.window->findChild<QObject *>(QStringLiteral("bannerCaFileDialog"));
    QVERIFY(dialog);
    QMetaObject::invokeMethod(choose, "clicked");
    QTRY_VERIFY(dialog->property("visible").toBool());
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!dialog->property("visible").toBool());

    // Not a certificate: said, nothing kept, still stopped.
    QTemporaryDir dir;
    const QString notPem = dir.filePath("notes.txt");
    {
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
    }
    QMetaObject::invokeMethod(w.banner(), "useCaFile", Q_ARG(QUrl, QUrl::fromLocalFile(notPem)));
    QTRY_VERIFY2(w.bannerText().contains(notPem + QLatin1String(" holds no certificate")), qPrintable(w.bannerText()));
    QVERIFY(w.app->serverTrust()->caFile(server).isEmpty());
    QVERIFY(!w.showsSteps());

    QMetaObject::invokeMethod(w.banner(), "useCaFile", Q_ARG(QUrl, QUrl::fromLocalFile(m_nginx->caFile())));
    QTRY_VERIFY_WITH_TIMEOUT(w.showsSteps(), 30000);
    QTRY_VERIFY(!w.banner()->isVisible());
    QCOMPARE(w.app->serverTrust()->caFile(server), m_nginx->caFile());
    QCOMPARE(QSettings().value("servers/trust").toMap().value(m_nginx->https()).toMap().value("caFile").toString(), m_nginx->caFile());
}

// (d) http://…/mirage redirected by nginx to https: the steps appear and the log says which URL to give.
void TestDeployWindow::httpRedirectedToHttpsSaysToUseIt()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    Window w;
    QVERIFY(w.start({"--ca-file", m_nginx->caFile()}));
    QVERIFY(w.app->open(m_nginx->http("/mirage"), id));
    QTRY_VERIFY_WITH_TIMEOUT(w.showsSteps(), 30000);
    const QString says = QStringLiteral("give %1 as the server URL").arg(m_nginx->https("/mirage"));
    QTRY_VERIFY2(w.log().join('\n').contains(says), qPrintable(w.log().join('\n')));
}

// Item 1: the settings section of a server in use: a CA file that cannot be read or holds no
// certificate, and an origin that is not one, are said and nothing is kept; valid ones are kept.
void TestDeployWindow::serverSettingsValidateAndApply()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    const QString server = m_nginx->https("/mirage/");
    Window w;
    QVERIFY(w.start({}));
    QVERIFY(w.app->open(server, id));
    QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().contains(QLatin1String("was not accepted")), 30000);

    QObject *settings = w.window->findChild<QObject *>(QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QMetaObject::invokeMethod(settings, "openServer", Q_ARG(QString, server));
    QTRY_VERIFY(settings->property("opened").toBool());
    QQuickItem *box = w.item("serverSettingsBox");
    QQuickItem *caField = w.item("caFileField");
    QQuickItem *originField = w.item("originField");
    QQuickItem *save = w.item("saveServerSettings");
    QQuickItem *problem = w.item("serverSettingsProblem");
    QVERIFY(box && caField && originField && save && problem);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->property("currentText").toString(), server);

    auto trySave = [&](const QString &ca, const QString &origin) {
        caField->setProperty("text", ca);
        originField->setProperty("text", origin);
        QMetaObject::invokeMethod(save, "clicked");
    };
    trySave(QStringLiteral("/nonexistent/ca.pem"), QString());
    QTRY_VERIFY2(problem->property("text").toString().startsWith(QLatin1String("/nonexistent/ca.pem cannot be read")),
        qPrintable(problem->property("text").toString()));
    trySave(m_nginx->caFile(), QStringLiteral("mirage.test"));
    QTRY_COMPARE(problem->property("text").toString(), QStringLiteral("The origin needs a scheme and a host, e.g. https://mirage.test."));
    trySave(m_nginx->caFile(), QStringLiteral("https://mirage.test/path"));
    QTRY_VERIFY(problem->property("text").toString().contains(QLatin1String("has more than a scheme, a host and a port")));
    QVERIFY(QSettings().value("servers/trust").toMap().isEmpty());
    QVERIFY(!w.showsSteps()); // nothing applied

    // Valid: kept, shown, and the activity the certificate stopped comes back.
    trySave(m_nginx->caFile(), QStringLiteral("https://127.0.0.1/"));
    QTRY_VERIFY(problem->property("text").toString().startsWith(QLatin1String("Saved.")));
    QCOMPARE(originField->property("text").toString(), QStringLiteral("https://127.0.0.1"));
    QCOMPARE(w.app->serverTrust()->caFile(server), m_nginx->caFile());
    QTRY_VERIFY_WITH_TIMEOUT(w.showsSteps(), 30000);
    // The dialog grew a section: in the smallest window it still fits, and the rest scrolls.
    w.window->resize(480, 320);
    QTRY_COMPARE(w.window->height(), 320);
    QTRY_VERIFY2(settings->property("height").toReal() <= 320, qPrintable(settings->property("height").toString()));
    QVERIFY(settings->property("implicitHeight").toReal() > 320);
    QMetaObject::invokeMethod(settings, "close");

    // Read again at the next start: the CA file is trusted from the start.
    const QString other = newActivity();
    QVERIFY(m_stack->putActivity(other, activityJson(other)));
    Window again;
    QVERIFY(again.start({}));
    QVERIFY(again.app->open(server, other));
    QTRY_VERIFY_WITH_TIMEOUT(again.showsSteps(), 30000);
}

// Item 1 and 6: an Origin the server does not allow, set in the server's settings, is sent and
// refused (the banner says so and offers the settings); an allowed one brings the activity back.
void TestDeployWindow::originRefusalIsFixedInTheServerSettings()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    const QString server = m_nginx->https("/mirage/");
    Window w;
    QVERIFY(w.start({"--ca-file", m_nginx->caFile()}));
    QCOMPARE(w.app->serverTrust()->apply(server, QString(), QStringLiteral("https://elsewhere.example")), QString());
    QVERIFY(w.app->open(server, id));
    QTRY_VERIFY_WITH_TIMEOUT(w.bannerText().contains(QLatin1String("refused the origin MirageDesk sent")), 30000);
    QVERIFY2(w.bannerText().contains(QLatin1String("https://elsewhere.example")), qPrintable(w.bannerText()));
    QVERIFY(w.item("serverSettingsButton")->isVisible());
    QVERIFY(!w.item("chooseCaFileButton")->isVisible());
    // (The snapshot GET carries no Origin: the steps may show while the channel stays refused.)
    QCOMPARE(w.app->session()->connection()->state(), ConnectionMirror::Refused);

    // The banner's "Server Settings…" opens the settings on that server; an allowed origin is saved there.
    QObject *settings = w.window->findChild<QObject *>(QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QMetaObject::invokeMethod(w.item("serverSettingsButton"), "clicked");
    QTRY_VERIFY(settings->property("opened").toBool());
    QCOMPARE(w.item("serverSettingsBox")->property("currentText").toString(), server);
    QCOMPARE(w.item("originField")->property("text").toString(), QStringLiteral("https://elsewhere.example"));
    w.item("originField")->setProperty("text", QStringLiteral("https://localhost"));
    QMetaObject::invokeMethod(w.item("saveServerSettings"), "clicked");
    QTRY_VERIFY(w.item("serverSettingsProblem")->property("text").toString().startsWith(QLatin1String("Saved.")));
    QCOMPARE(w.app->serverTrust()->origin(server), QStringLiteral("https://localhost"));
    QTRY_COMPARE_WITH_TIMEOUT(w.app->session()->connection()->state(), ConnectionMirror::Open, 30000);
    QTRY_VERIFY(w.showsSteps());
    QTRY_VERIFY(!w.banner()->isVisible());
    QMetaObject::invokeMethod(settings, "close");
}

// Item 3: `miragedesk --ca-file CA --server … --activity …` while a window runs hands the CA
// file's path to it: the running window trusts it for that server, opens the activity, and the
// activity of that server its certificate had stopped comes back.
void TestDeployWindow::caFileIsHandedToTheRunningWindow()
{
    const QString a = newActivity(), b = newActivity();
    QVERIFY(m_stack->putActivity(a, activityJson(a)));
    QVERIFY(m_stack->putActivity(b, activityJson(b)));
    const QString server = m_nginx->https("/mirage/");
    // The binaries' own settings and copies: nothing restored, nothing shared with the tests above.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSL_CERT_FILE"));
    env.remove(QStringLiteral("SSL_CERT_DIR"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath("data"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miragedesk.channel.debug=true\nmiragedesk.app.info=true"));
    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(QStringLiteral(MIRAGEDESK_BINARY), {"--server", server, "--activity", a});
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (log += first.readAllStandardError()).contains("State::Closed mirage::ChannelStatus::Reason::Certificate"), log.constData(), 30000);
    QVERIFY(!log.contains("snapshot applied"));

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(MIRAGEDESK_BINARY), {"--ca-file", m_nginx->caFile(), "--server", server, "--activity", b});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("the running MirageDesk opens the activity"));
    const QByteArray kept = "settings of " + m_nginx->https().toUtf8() + " - CA file: " + m_nginx->caFile().toUtf8();
    QTRY_VERIFY2_WITH_TIMEOUT((log += first.readAllStandardError()).contains(kept), log.constData(), 15000);
    QTRY_VERIFY2_WITH_TIMEOUT((log += first.readAllStandardError()).count("snapshot applied") == 2, log.constData(), 30000);
    QVERIFY(log.contains(QByteArray("opening activity ") + b.toUtf8()));
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

// Item 3, both ways a request travels: the D-Bus platform data and the local socket's line carry
// the CA file's path (never its contents); a value that is not text is ignored.
void TestDeployWindow::handOverCarriesTheCaFilePath()
{
    HandOverRequest r;
    r.links << HandOverRequest::linkFor(m_nginx->https("/mirage/"), newActivity());
    r.caFile = m_nginx->caFile();
    QCOMPARE(r.platformData().value("miragedesk-ca-file").toString(), m_nginx->caFile());
    const auto back = HandOverRequest::fromLine(r.toLine());
    QVERIFY(back);
    QCOMPARE(back->caFile, m_nginx->caFile());
    QCOMPARE(back->links, r.links);
    QVERIFY(!r.toLine().contains("BEGIN CERTIFICATE"));
    HandOverRequest odd;
    odd.setPlatformData({{"miragedesk-ca-file", 42}});
    QCOMPARE(odd.caFile, QString());
}

void TestDeployWindow::noQmlWarnings()
{
    QStringList qml;
    for (const QString &m : g_warnings)
        if (m.contains(QLatin1String("qrc:/")) || m.contains(QLatin1String("qml"), Qt::CaseInsensitive))
            qml << m;
    QVERIFY2(qml.isEmpty(), qPrintable(qml.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestDeployWindow)

#include "moc_tst_deploywindow.cpp"
