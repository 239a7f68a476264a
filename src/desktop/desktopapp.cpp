// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/desktopapp.h"

#include "base/appidentity.h"
#include "base/exitcode.h"
#include "base/logging.h"
#include "base/output.h"
#include "base/unixsignals.h"
#include "base/windowoptions.h"
#include "desktop/appcontroller.h"
#include "desktop/framepacer.h"
#include "desktop/handoverrequest.h"
#include "desktop/openlink.h"
#include "desktop/singleinstance.h"
#include "desktop/windowprobe.h"
#include "session/limittext.h"
#include "session/translations.h"
#include "sync/channelurl.h"
#include "sync/connectionoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

namespace mirage {

namespace {

// Without a GPU (no DRM render node: a virtual machine, a remote or a virtual X server) Qt Quick's
// OpenGL would be Mesa's llvmpipe: libLLVM and its JIT-compiled shaders, ~100 MB of the window's
// memory and much of its start, for a window of lists and text (issue #14). The software scene
// graph draws the same window with QPainter. QT_QUICK_BACKEND or QSG_RHI_BACKEND, when set, decide.
// Returns whether the software scene graph draws the window.
bool chooseSceneGraph()
{
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        return qEnvironmentVariable("QT_QUICK_BACKEND") == QLatin1String("software");
    if (!QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty())
        return false;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    qCInfo(lcApp) << "no GPU render node in /dev/dri: the software scene graph draws the window";
    return true;
}

} // namespace

const char *DesktopApp::mainQml()
{
    return "qrc:/MirageDesk/Main.qml";
}

int DesktopApp::run(int argc, char **argv)
{
#ifdef __GLIBC__
    // Blocks of 256 KB and more (snapshot bodies, parser buffers, state dumps: ~1 MB for an
    // activity of 1,000 steps) are mapped on their own and go back to the system when freed.
    // glibc's default raises this threshold to the largest block freed, after which those blocks
    // are carved from the heap and their pages stay (issue #12: 50 activities under 400 MB).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    AppIdentity::apply();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The options are defined once (protocol/WindowOptions), where the launcher's --help reads them;
    // ConnectionOptions reads the connection ones by name.
    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    const ConnectionOptions connection;
    const QCommandLineOption &serverOpt = options.connection.server;
    const QCommandLineOption &activityOpt = options.connection.activity;
    const QCommandLineOption &serviceOpt = options.service;
    // Qt's own GUI options (-platform, -style, …) are QApplication's business.
    auto bad = [](const QString &why) {
        Output::error(why);
        return int(ExitBadArguments);
    };
    QStringList ours {arguments.value(0)};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("-platform") || a == QLatin1String("-style") || a == QLatin1String("-qmljsdebugger")) {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(QLatin1String("-platform=")) || a.startsWith(QLatin1String("-style=")) || a == QLatin1String("-reverse"))
            continue;
        ours << a;
    }
    if (!parser.parse(ours))
        return bad(parser.errorText() + QStringLiteral(" (see miragedesk --help)"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !OpenLink::looksLikeLink(positional.first())))
        return bad(QStringLiteral("unknown command '%1' (see miragedesk --help)").arg(positional.last()));

    const bool serviceMode = parser.isSet(serviceOpt);
    if (serviceMode && (!positional.isEmpty() || parser.isSet(serverOpt) || parser.isSet(activityOpt)))
        return bad(QStringLiteral("--gapplication-service takes no link or --server/--activity"));
    const bool openDialog = parser.isSet(options.openDialog); // the desktop entry's Open Activity… action
    if (openDialog && (serviceMode || !positional.isEmpty() || parser.isSet(serverOpt) || parser.isSet(activityOpt)))
        return bad(QStringLiteral("--open-dialog takes no link, --server/--activity or --gapplication-service"));

    ChannelSettings settings;
    QString error;
    if (!connection.read(parser, &settings, &error))
        return bad(error);
    QString server = parser.value(serverOpt);
    QString activity = parser.value(activityOpt);
    QString step; // a link's …&step=<id>
    const bool openAtStart = parser.isSet(serverOpt) || parser.isSet(activityOpt) || !positional.isEmpty();
    if (!positional.isEmpty()) {
        if (parser.isSet(serverOpt) || parser.isSet(activityOpt))
            return bad(QStringLiteral("give either a link or --server/--activity, not both"));
        const auto request = OpenLink::parse(positional.first(), &error);
        if (!request)
            return bad(error);
        server = request->server;
        activity = request->activity;
        step = request->step;
    } else if (openAtStart) {
        if (server.isEmpty())
            server = AppSettings().lastServer();
        if (parser.isSet(activityOpt) && !ChannelUrl::activityId(activity, &error) && !activity.contains(QLatin1String("://")))
            return bad(QStringLiteral("--activity: ") + error);
        if (server.isEmpty())
            return bad(QStringLiteral("--server URL is needed with --activity (e.g. --server ws://localhost:8000)"));
        const auto endpoint = ChannelUrl::resolve(server, activity, &error);
        if (!endpoint)
            return bad(error);
        if (parser.isSet(serverOpt) || activity.contains(QLatin1String("://")))
            ConnectionOptions::bindToken(&settings, *endpoint); // the token is given for this server only
    }

    // What a later start hands to the running MirageDesk. DESKTOP_STARTUP_ID is read before the
    // platform plugin takes it out of the environment.
    HandOverRequest request;
    request.readTokensFromEnvironment();
    if (openAtStart)
        request.links << (positional.isEmpty() ? HandOverRequest::linkFor(server, activity) : positional.first());
    if (parser.isSet(options.connection.caFile)) // read above (ConnectionOptions): a file with a certificate
        request.caFile = QFileInfo(parser.value(options.connection.caFile)).absoluteFilePath();
    if (openDialog)
        request.action = HandOverRequest::openActivityAction();

    QApplication app(argc, argv);
    // The window's language, before anything makes a sentence (the headless commands never get here).
    Translations translations;
    const QString language = AppSettings().language();
    translations.install(&app, language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.miragedesk.miragedesk.svg")));
    QGuiApplication::setDesktopFileName(SingleInstance::busName()); // the desktop entry is named after the bus name
    QApplication::setQuitOnLastWindowClosed(true);

    // One instance, decided before any window exists: a running MirageDesk takes the request.
    SingleInstance instance;
    switch (instance.claim(&error)) {
    case SingleInstance::Claim::OtherRunning:
        if (serviceMode) {
            Output::error(QStringLiteral("MirageDesk is already running"));
            return ExitOk;
        }
        if (!instance.handOver(request, &error)) {
            Output::error(QStringLiteral("could not hand over to the running MirageDesk: ") + error);
            return ExitFailure;
        }
        if (openAtStart)
            Output::error(QStringLiteral("the running MirageDesk opens the activity"));
        else if (openDialog)
            Output::error(QStringLiteral("the running MirageDesk shows its Open dialog"));
        else
            Output::error(QStringLiteral("MirageDesk is already running"));
        return ExitOk;
    case SingleInstance::Claim::Failed:
        if (serviceMode) {
            Output::error(QStringLiteral("--gapplication-service: ") + error);
            return ExitFailure;
        }
        qCWarning(lcApp).noquote() << "other MirageDesk starts will open their own window:" << error;
        break;
    case SingleInstance::Claim::Won:
        break;
    }

    const bool softwareSceneGraph = chooseSceneGraph();
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // follows the system palette, light or dark
    settings.prefetchSnapshot = true; // the snapshot downloads while the QML loads
    settings.retrySnapshot = true; // a first snapshot that timed out is not left "Loading…"
    AppController controller(settings);
    // The software render loop has no animation driver of its own (its threaded variant, asked for
    // with QSG_RENDER_LOOP, has): the pacer ticks the animations and the sessions' frames together.
    std::unique_ptr<FramePacer> pacer;
    if (softwareSceneGraph && qEnvironmentVariable("QSG_RENDER_LOOP") != QLatin1String("threaded")) {
        pacer = std::make_unique<FramePacer>([&controller] { controller.workspace()->flushPendingFrames(); });
        pacer->install();
    }
    controller.settings()->setLanguageInUse(language);
    controller.settings()->applyAppearance();
    controller.enableTray();
    // The activities open at the last quit, each shown from its local copy at once; then what
    // the command line or a link gives, which is selected.
    const bool restored = controller.restoreWorkspace() > 0;
    if (openAtStart)
        controller.open(server, activity, step);
    WindowProbe *probe = WindowProbe::fromEnvironment(&controller, &controller); // bench/window_bench.py
    QQmlApplicationEngine engine;
    auto createWindow = [&] {
        // The Open dialog opens by itself only when nothing was given, restored or handed over.
        engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
            {QStringLiteral("askAtStart"), !restored && !openAtStart && !serviceMode}});
        engine.load(QUrl(QString::fromLatin1(mainQml())));
        if (engine.rootObjects().isEmpty()) {
            Output::error(QStringLiteral("the window could not be created"));
            return false;
        }
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        controller.setWindow(window);
        controller.window()->place(controller.settings());
        if (probe)
            probe->attach(window);
        return true;
    };
    auto showOpenDialog = [&engine] { QMetaObject::invokeMethod(engine.rootObjects().constFirst(), "openDialog"); };
    QObject::connect(&instance, &SingleInstance::requestReceived, &controller, [&](const HandOverRequest &r) {
        qCInfo(lcApp).noquote() << "request from another start:"
                                << (r.links.isEmpty() ? QStringLiteral("show the window") : r.links.join(QLatin1Char(' '))) << r.action;
        controller.serverTrust()->trustForLinks(r.links, r.caFile);
        controller.links()->openAll(r.links);
        if (engine.rootObjects().isEmpty() && !createWindow()) { // the first request of --gapplication-service
            QCoreApplication::exit(ExitFailure);
            return;
        }
        // The asking start's token lets the compositor or window manager bring the window forward.
        controller.raiseWindow(r.tokenFor(QGuiApplication::platformName()));
        if (r.action == HandOverRequest::openActivityAction())
            showOpenDialog();
    });
    QObject::connect(&instance, &SingleInstance::linksRefused, &controller,
        [&controller](int links, int limit) { controller.showLimit(LimitText::linksRefused(links, limit)); });
    if (serviceMode) {
        // Started by the bus for an Activate or Open that it delivers next.
        QTimer::singleShot(SingleInstance::kHandOverTimeoutMs, &app, [&engine] {
            if (engine.rootObjects().isEmpty()) {
                qCInfo(lcApp) << "no request came; leaving";
                QCoreApplication::exit(ExitOk);
            }
        });
    } else {
        if (!createWindow())
            return ExitFailure;
        if (openAtStart)
            controller.raiseWindow();
        if (openDialog)
            showOpenDialog();
    }
    instance.setReady();
    // A logout or `kill` ends the window as Quit does: the copies are written first.
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app, [](int signalNumber) {
        qCInfo(lcApp) << "signal" << signalNumber << "- quitting";
        QCoreApplication::quit();
    });
    return app.exec();
}

} // namespace mirage
