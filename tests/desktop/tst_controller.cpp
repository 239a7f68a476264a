// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_controller.h"

#include "../store/filesizelimit.h"
#include "base/appidentity.h"
#include "desktop/appcontroller.h"
#include "desktop/openlink.h"
#include "peekserver.h"
#include "session/filemodel.h"
#include "session/limittext.h"
#include "session/serveractivitiesmodel.h"
#include "session/stepmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
constexpr const char *kIdB = "0f1e2d3c-4b5a-4697-8877-665544332211";
const QByteArray kSecret = "s3cr3t-t0ken-for-A";

QByteArray activityJson()
{
    return QByteArray(R"({"id":")") + kId + R"(","name":"Pump check","steps":[]})";
}

// The three requests a session and the server list make: the WebSocket handshake, the snapshot
// GET and the activity list.
bool sawAllThree(const PeekServer &s, int lists = 1)
{
    return QTest::qWaitFor(
        [&] { return s.count("/ws/activities/") >= 1 && s.count("/activity/get") >= 1 && s.count("/api/activities/") >= lists; }, 10000);
}
} // namespace

void TestController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestController::tokenStaysWithItsServer_data()
{
    QTest::addColumn<QString>("queryName");
    QTest::newRow("bearer header") << QString();
    QTest::newRow("query parameter") << QStringLiteral("access_token");
}

void TestController::tokenStaysWithItsServer()
{
    QFETCH(QString, queryName);
    PeekServer a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setActivityJson(activityJson());
    b.setActivityJson(activityJson());

    ChannelSettings settings;
    settings.token.token = kSecret;
    settings.token.origin = QUrl(a.httpBase()); // as `--server` binds it
    settings.tokenQueryName = queryName;
    settings.retryInitialMs = 60000;
    AppController app(settings);

    // A, the token's own server, gets it on all three requests.
    QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
    QVERIFY(sawAllThree(a));
    for (const QByteArray &head : a.heads())
        QVERIFY2(head.contains(kSecret), head.constData());

    // The open dialog lists the activities of a server typed into it: B gets no token.
    app.fetchServerActivities(b.httpBase());
    QTRY_COMPARE(b.count("/api/activities/"), 1);
    // …while A's list still does.
    app.fetchServerActivities(a.httpBase());
    QTRY_COMPARE(a.count("/api/activities/"), 2);
    QVERIFY(a.heads().last().contains(kSecret));

    // A miragedesk://HOST:PORT/UUID link handed to the running window opens B without the token.
    QString error;
    const auto request = OpenLink::parse(
        QStringLiteral("miragedesk://127.0.0.1:%1/%2").arg(b.httpBase().section(QLatin1Char(':'), -1), QString::fromLatin1(kId)), &error);
    QVERIFY2(request, qPrintable(error));
    QVERIFY(app.open(request->server, request->activity));
    QVERIFY(sawAllThree(b, 2));
    QTRY_VERIFY(app.session() && app.session()->name() == QLatin1String("Pump check"));
    for (const QByteArray &head : b.heads()) {
        QVERIFY2(!head.contains(kSecret), head.constData());
        QVERIFY2(!head.toLower().contains("authorization:"), head.constData());
    }
}

void TestController::serverListNamesActivitiesAsTheHeaderDoes()
{
    // Issue #24: the Open dialog's server list read "name" only, so an activity the server names by
    // "title" (as the header and a 105 list read it) showed by its id alone.
    PeekServer server;
    QVERIFY(server.listen());
    server.setActivityListJson(R"({"activities":[{"id":"a-1","title":"Pump check"},{"id":"a-2","name":"Valve","title":"not this"}]})");
    AppController app {ChannelSettings()};
    ServerActivitiesModel *list = app.serverActivities();
    app.fetchServerActivities(server.httpBase());
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 10000);
    QCOMPARE(list->index(0).data(ServerActivitiesModel::NameRole).toString(), QStringLiteral("Pump check"));
    QCOMPARE(list->index(1).data(ServerActivitiesModel::NameRole).toString(), QStringLiteral("Valve"));
    QCOMPARE(list->index(0).data(ServerActivitiesModel::ActivityIdRole).toString(), QStringLiteral("a-1"));
}

void TestController::fileLinksLoseTheirUserInfo()
{
    PeekServer a;
    QVERIFY(a.listen());
    a.setActivityJson(activityJson());
    AppController app(ChannelSettings {});
    QList<QUrl> opened;
    app.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QVERIFY(app.openLink(QStringLiteral("https://ana:pa55w0rd@files.example.org/f-1.jpg?v=2")));
    QCOMPARE(opened, QList<QUrl> {QUrl(QStringLiteral("https://files.example.org/f-1.jpg?v=2"))});
    QVERIFY(!app.openLink(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(opened.size(), 1);

    // The files list neither shows nor hands on the password either.
    QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
    QTRY_COMPARE(app.session()->connection()->state(), ConnectionMirror::Open);
    a.send(QByteArray(R"({"id":401,"activity_id":")") + kId
        + R"(","file":{"id":"f-1","name":"seal.jpg","url":"https://ana:pa55w0rd@files.example.org/f-1.jpg"}})");
    QTRY_COMPARE(app.session()->fileModel()->rowCount(), 1);
    const QModelIndex file = app.session()->fileModel()->index(0);
    QCOMPARE(file.data(FileModel::UrlRole).toString(), QStringLiteral("https://files.example.org/f-1.jpg"));
    QVERIFY(file.data(FileModel::OpenableRole).toBool());
}

// Issue #13: miragedesk://open?server&activity&step opens the activity and, once its steps are
// there, asks the window to select that step; the link the window copies names no token.
void TestController::stepLinkSelectsTheStep()
{
    PeekServer a;
    QVERIFY(a.listen());
    a.setActivityJson(
        QByteArray(R"({"id":")") + kId + R"(","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"S-2","name":"Two"}]})");
    ChannelSettings settings;
    settings.token.token = kSecret;
    settings.token.origin = QUrl(a.httpBase());
    settings.tokenQueryName = QStringLiteral("access_token"); // the token rides in the socket's URL
    settings.retryInitialMs = 60000;
    AppController app(settings);
    QCOMPARE(app.linkTo(), QString()); // nothing open

    QString error;
    const auto request = OpenLink::parse(QStringLiteral("miragedesk://open?server=%1&activity=%2&step=S-2").arg(QString::fromLatin1(QUrl::toPercentEncoding(a.httpBase())), kId), &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->step, QStringLiteral("S-2"));
    QSignalSpy shown(&app, &AppController::showItemRequested);
    QVERIFY(app.open(request->server, request->activity, request->step));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first(), QVariantList({QStringLiteral("steps"), QStringLiteral("S-2")}));
    QVERIFY(app.session()->stepModel()->rowOf(QStringLiteral("S-2")) >= 0);

    // The copied links: the server and the ids, which read back as they were; no token anywhere.
    const QString stepLink = app.linkTo(QStringLiteral("S-2"));
    const QString activityLink = app.linkTo();
    QVERIFY2(!stepLink.contains(QString::fromLatin1(kSecret)) && !stepLink.contains(QLatin1String("access_token")), qPrintable(stepLink));
    QVERIFY2(!activityLink.contains(QString::fromLatin1(kSecret)), qPrintable(activityLink));
    const auto back = OpenLink::parse(stepLink, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->activity, QString::fromLatin1(kId));
    QCOMPARE(back->step, QStringLiteral("S-2"));
    QCOMPARE(QUrl(back->server).port(), QUrl(a.httpBase()).port());
    QCOMPARE(OpenLink::parse(activityLink, &error)->step, QString());

    // A link without a step selects nothing; a second link to an open activity selects its step.
    QVERIFY(app.open(request->server, request->activity));
    QVERIFY(app.open(request->server, request->activity, QStringLiteral("s1")));
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(shown.last(), QVariantList({QStringLiteral("steps"), QStringLiteral("s1")}));
    QTest::qWait(50);
    QCOMPARE(shown.count(), 2);
}

void TestController::framesThatChangeNoSettingDoNotRewriteThem()
{
    PeekServer a;
    QVERIFY(a.listen());
    a.setActivityJson(activityJson());
    ChannelSettings settings;
    settings.snapshot = false;
    AppController app(settings);
    QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
    QTRY_COMPARE(app.session()->connection()->state(), ConnectionMirror::Open);
    ActivitySession *s = app.session();
    a.send(QByteArray(R"({"id":104,"activity_id":")") + kId + R"(","data":)" + activityJson() + "}");
    QTRY_COMPARE(s->name(), QStringLiteral("Pump check"));
    s->flushNow();
    app.settings()->store().sync();
    const QString file = app.settings()->store().fileName();
    struct stat before
    {
    };
    QVERIFY2(::stat(QFile::encodeName(file).constData(), &before) == 0, qPrintable(file));

    // 1,000 frames that change the activity (its description), never its name.
    QSignalSpy changed(s, &ActivitySession::activityChanged);
    const quint64 base = s->appliedCount() + s->rejectedCount();
    for (int i = 1; i <= 1000; ++i) {
        a.send(QByteArray(R"({"id":102,"activity_id":")") + kId + R"(","updated_fields":{"description":"revision )" + QByteArray::number(i)
            + R"("}})");
        QVERIFY(QTest::qWaitFor([&] { return s->appliedCount() + s->rejectedCount() == base + quint64(i); }, 5000));
        s->flushNow();
    }
    QCOMPARE(changed.count(), 1000);
    QCOMPARE(s->description(), QStringLiteral("revision 1000"));
    QTest::qWait(50); // a QSettings write would happen on the next turn of the event loop
    app.settings()->store().sync();
    struct stat after
    {
    };
    QVERIFY(::stat(QFile::encodeName(file).constData(), &after) == 0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);

    // A rename is written.
    a.send(QByteArray(R"({"id":102,"activity_id":")") + kId + R"(","updated_fields":{"name":"Pump check 2"}})");
    QTRY_COMPARE(s->name(), QStringLiteral("Pump check 2"));
    app.settings()->store().sync();
    QTRY_VERIFY(::stat(QFile::encodeName(file).constData(), &after) == 0 && after.st_ino != before.st_ino);
}

void TestController::severalActivitiesOpenAtOnce()
{
    PeekServer a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setActivityJson(activityJson());
    b.setActivityJson(QByteArray(R"({"id":")") + kIdB + R"(","name":"Valve check","steps":[]})");
    QTemporaryDir copies;
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    AppController app(settings, nullptr, copies.path());
    QSignalSpy sessionChanged(&app, &AppController::sessionChanged);

    QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
    QVERIFY(app.open(b.wsBase(), QString::fromLatin1(kIdB)));
    QCOMPARE(app.sessions()->rowCount(), 2);
    QCOMPARE(app.currentIndex(), 1);
    QTRY_COMPARE(app.windowTitle(), QStringLiteral("Valve check — MirageDesk"));
    QCOMPARE(app.servers().first(), b.wsBase()); // the selected one's server first, for the Open dialog
    QVERIFY(app.servers().contains(a.wsBase()));

    // Opening one already open selects it; nothing is opened twice.
    QVERIFY(app.open(a.httpBase(), QString::fromLatin1(kId)));
    QCOMPARE(app.sessions()->rowCount(), 2);
    QCOMPARE(app.currentIndex(), 0);
    QTRY_COMPARE(app.windowTitle(), QStringLiteral("Pump check — MirageDesk"));
    QCOMPARE(app.session()->activityId(), QString::fromLatin1(kId));
    QVERIFY(sessionChanged.size() >= 3);

    app.selectNext();
    QCOMPARE(app.session()->activityId(), QString::fromLatin1(kIdB));
    app.selectPrevious();
    QCOMPARE(app.session()->activityId(), QString::fromLatin1(kId));

    // Unread counts add up over the activities that are not looked at (no window: none is).
    QTRY_COMPARE(app.session()->connection()->state(), ConnectionMirror::Open);
    QTRY_COMPARE(app.workspace()->at(1)->connection()->state(), ConnectionMirror::Open);
    const int before = app.unreadCount();
    b.send(QByteArray(R"({"id":102,"activity_id":")") + kIdB + R"(","updated_fields":{"description":"new"}})");
    QTRY_VERIFY(app.unreadCount() > before);
    QCOMPARE(app.unreadCount(), app.workspace()->at(0)->catchUp()->unreadCount() + app.workspace()->at(1)->catchUp()->unreadCount());

    app.close(0);
    QCOMPARE(app.sessions()->rowCount(), 1);
    QCOMPARE(app.session()->activityId(), QString::fromLatin1(kIdB));
    QCOMPARE(app.windowTitle(), QStringLiteral("Valve check — MirageDesk"));
    app.close(0);
    QVERIFY(!app.session());
    QCOMPARE(app.windowTitle(), QStringLiteral("MirageDesk"));
}

void TestController::workspaceIsRestoredWithItsCopies()
{
    auto a = std::make_unique<PeekServer>();
    QVERIFY(a->listen());
    a->setActivityJson(activityJson());
    PeekServer b;
    QVERIFY(b.listen());
    b.setActivityJson(QByteArray(R"({"id":")") + kIdB + R"(","name":"Valve check","steps":[]})");
    QTemporaryDir copies;
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    const QString serverA = a->wsBase();
    {
        AppController app(settings, nullptr, copies.path());
        QVERIFY(app.open(serverA, QString::fromLatin1(kId)));
        QVERIFY(app.open(b.wsBase(), QString::fromLatin1(kIdB)));
        QTRY_VERIFY(app.session()->loaded());
        QTRY_VERIFY(app.workspace()->at(0)->loaded());
        app.select(0);
    } // quit: the copies are written
    a.reset(); // A is down at the next start

    // B's copy is damaged meanwhile.
    CopyStore store(copies.path());
    const QString pathB = store.pathFor(QUrl(b.httpBase()).toString(), QString::fromLatin1(kIdB));
    QVERIFY(QFile::exists(pathB));
    QFile f(pathB);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("garbage\n");
    f.close();

    AppController app(settings, nullptr, copies.path());
    QCOMPARE(app.restoreWorkspace(), 2);
    QCOMPARE(app.currentIndex(), 0);
    QVERIFY(app.session()->showingCopy()); // A, from its copy, while its server is down
    QTRY_COMPARE(app.session()->name(), QStringLiteral("Pump check")); // in the next frame
    QCOMPARE(app.windowTitle(), QStringLiteral("Pump check — MirageDesk"));
    QVERIFY(!app.workspace()->at(1)->showingCopy());
    QVERIFY2(app.notice().contains(QLatin1String("could not be read and was set aside")), qPrintable(app.notice()));
    QTRY_COMPARE(app.workspace()->at(1)->connection()->state(), ConnectionMirror::Open); // B still opens
    app.dismissNotice();
    QVERIFY(app.notice().isEmpty());
}

namespace {
QString nthActivity(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
} // namespace

void TestController::aHundredActivitiesAtMost()
{
    const QString nowhere = QStringLiteral("ws://127.0.0.1:9"); // nothing listens: each retries in a minute
    const QString atTheLimit =
        QStringLiteral("100 activities are open, the most MirageDesk keeps open at once: close one to open another.");
    QTemporaryDir copies;
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    {
        AppController app(settings, nullptr, copies.path());
        for (int i = 0; i < 100; ++i)
            QVERIFY(app.open(nowhere, nthActivity(i)));
        QCOMPARE(app.sessions()->rowCount(), 100);

        // The 101st is refused: the window says why, once however many are refused.
        QVERIFY(!app.open(nowhere, nthActivity(100)));
        QVERIFY2(app.openError().contains(QLatin1String("100 activities are open")), qPrintable(app.openError()));
        QCOMPARE(app.notice(), atTheLimit);
        QVERIFY(!app.open(nowhere, nthActivity(101)));
        QCOMPARE(app.notice(), atTheLimit);
        QCOMPARE(app.sessions()->rowCount(), 100);
        // The Open dialog says so as you type.
        const OpenCheck check = app.validate(nowhere, nthActivity(100));
        QCOMPARE(check.ok, false);
        QCOMPARE(check.reason, atTheLimit);
        // One already open is still selected; closing one makes room.
        QVERIFY(app.open(nowhere, nthActivity(7)));
        QCOMPARE(app.currentIndex(), 7);
        app.close(0);
        QVERIFY(app.open(nowhere, nthActivity(100)));
        QCOMPARE(app.sessions()->rowCount(), 100);
    }

    // A workspace kept with more (by an older MirageDesk, or edited by hand) opens the first 100.
    {
        AppSettings kept;
        QVariantList open;
        for (int i = 0; i < 105; ++i)
            open << QVariantMap {{QStringLiteral("server"), nowhere}, {QStringLiteral("activity"), nthActivity(i)}};
        kept.store().setValue(QStringLiteral("workspace/open"), open);
        kept.store().setValue(QStringLiteral("workspace/selected"), 104);
        kept.store().sync();
    }
    AppController app(settings, nullptr, copies.path());
    QCOMPARE(app.restoreWorkspace(), 100);
    QCOMPARE(app.sessions()->rowCount(), 100);
    QCOMPARE(app.session()->activityId(), nthActivity(0)); // the selected one was not reopened
    QCOMPARE(app.notice(),
        QStringLiteral("5 of the activities open at the last quit were not opened again: MirageDesk keeps at most 100 open at once."));
    while (app.sessions()->rowCount() > 0) // the next test starts with an empty workspace
        app.close(0);
}

void TestController::aRefusedFloodOfLinksIsOneLine()
{
    // What the window does with SingleInstance::linksRefused (desktopapp.cpp).
    AppController app(ChannelSettings {});
    app.showLimit(LimitText::linksRefused(5000, 20));
    QCOMPARE(app.notice(),
        QStringLiteral("MirageDesk was asked to open 5000 links at once and opened none of them: it takes at most 20 at a time."));
    app.showLimit(LimitText::linksRefused(21, 20));
    QCOMPARE(app.notice(),
        QStringLiteral("MirageDesk was asked to open 21 links at once and opened none of them: it takes at most 20 at a time."));
    app.dismissNotice();
    QVERIFY(app.notice().isEmpty());
}

void TestController::copyProblemsAreSaidInTheWindow()
{
    PeekServer a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.setActivityJson(activityJson());
    b.setActivityJson(QByteArray(R"({"id":")") + kIdB + R"(","name":"Valve check","steps":[]})");
    QTemporaryDir copies;
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    // A's copy was written by a newer MirageDesk.
    const QString pathA = CopyStore(copies.path()).pathFor(QUrl(a.httpBase()).toString(), QString::fromLatin1(kId));
    const QByteArray newer = "{\"format\":2}\nwhat version 2 keeps\n";
    {
        QFile f(pathA);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    {
        AppController app(settings, nullptr, copies.path());
        QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
        QVERIFY2(app.notice().contains(QLatin1String("written by a newer MirageDesk")), qPrintable(app.notice()));
        QVERIFY2(app.notice().contains(QLatin1String("is neither read nor written over")), qPrintable(app.notice()));
        QVERIFY2(app.notice().contains(QLatin1String("shown from the server")), qPrintable(app.notice()));
        QVERIFY(app.notice().contains(pathA));
        QTRY_COMPARE(app.session()->name(), QStringLiteral("Pump check")); // from the server
        QVERIFY(!app.session()->showingCopy());
        QVERIFY(app.open(b.wsBase(), QString::fromLatin1(kIdB)));
        QTRY_VERIFY(app.session()->loaded());
        app.workspace()->flushAll();
        QCOMPARE(app.notice().count(QLatin1Char('\n')), 0); // nothing more to say yet
        app.dismissNotice();

        // The disk fills up: said once in the window.
        {
            FileSizeLimit full(64);
            QVERIFY(full.active());
            app.workspace()->flushAll();
            QTRY_VERIFY2(app.notice().contains(QLatin1String("the disk holding %1 is full").arg(copies.path())), qPrintable(app.notice()));
            QVERIFY2(app.notice().contains(QLatin1String("The copies saved before are kept, and saving is tried again.")),
                qPrintable(app.notice()));
            QCOMPARE(app.notice().count(QLatin1Char('\n')), 0);
        }
    } // quit: every copy written, but A's
    QFile f(pathA);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), newer); // survived the session untouched
}

void TestController::settingsAreTheUsersAlone()
{
    const mode_t umaskWas = ::umask(022); // a usual umask: new files 0644, folders 0755
    QString file;
    {
        AppSettings probe;
        probe.setLastServer(QStringLiteral("wss://before.example.org"));
        probe.store().sync();
        file = probe.store().fileName();
    }
    const QString folder = QFileInfo(file).absolutePath();
    // As an earlier version left them.
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    {
        AppSettings s;
        QCOMPARE(s.lastServer(), QStringLiteral("wss://before.example.org"));
        s.setLastServer(QStringLiteral("wss://example.org"));
        s.store().sync();
    }
    ::umask(umaskWas);
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY(::stat(QFile::encodeName(folder).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
    QCOMPARE(AppSettings().lastServer(), QStringLiteral("wss://example.org"));
}

void TestController::logLinesAreCleanUtf8()
{
    PeekServer a;
    QVERIFY(a.listen());
    a.setActivityJson(activityJson());
    QTemporaryFile capture;
    QVERIFY(capture.open());
    std::fflush(stderr);
    const int savedStderr = ::dup(2);
    QVERIFY(::dup2(capture.handle(), 2) >= 0);
    const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
    AppIdentity::apply(); // what both entry points do first
    QLoggingCategory::setFilterRules(QStringLiteral("miragedesk.channel.debug=true"));
    {
        AppController app(ChannelSettings {});
        // The open error quotes what was typed; the close reason is the server's text.
        QVERIFY(!app.open(QStringLiteral("\x1b[31mevil\nmiragedesk: forged line"), QString::fromLatin1(kId)));
        QVERIFY(app.open(a.wsBase(), QString::fromLatin1(kId)));
        QVERIFY(QTest::qWaitFor([&] { return app.session()->connection()->state() == ConnectionMirror::Open; }, 5000));
        a.closeAll(4000, QStringLiteral("\x1b[31mred\nmiragedesk: forged close \u009b2J\u202e"));
        QVERIFY(QTest::qWaitFor([&] { return app.session()->connection()->reason().contains(QLatin1String("red")); }, 5000));
    }
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(testHandler);
    std::fflush(stderr);
    ::dup2(savedStderr, 2);
    ::close(savedStderr);

    capture.seek(0);
    const QByteArray out = capture.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(out);
    QVERIFY2(!utf8.hasError(), out.constData());
    QVERIFY2(out.contains("\\x1b[31mevil\\nmiragedesk: forged line"), out.constData());
    QVERIFY2(out.contains("\\x1b[31mred\\nmiragedesk: forged close \\x9b2J\\u202e"), out.constData());
    QVERIFY2(!out.contains('\x1b'), out.constData());
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(line.startsWith(QLatin1String("miragedesk: ")), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1String("miragedesk: forged")), qPrintable(line));
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && (c.unicode() < 0x80 || c.unicode() > 0x9f), qPrintable(line));
    }
}

void TestController::serversAreShownInPunycode()
{
    // Both entry points apply the application identity first (see logLinesAreCleanUtf8).
    const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
    AppIdentity::apply();
    qInstallMessageHandler(testHandler);
    // The connection goes to a SOCKS proxy where nothing listens: the name is looked up nowhere.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 9));

    // "mïrage-test.de" (.de is one of the domains whose Unicode Qt shows by default), as typed in the
    // Open dialog: the window shows the name connected to, in punycode, wherever it shows it.
    const QString typed = QStringLiteral("ws://m\u00efrage-test.de:9");
    const QString ace = QStringLiteral("http://xn--mrage-test-68a.de:9");
    QTemporaryDir copies;
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    AppController app(settings, nullptr, copies.path());
    QCOMPARE(app.validate(typed, QString::fromLatin1(kId)).server, ace); // the Open dialog
    QVERIFY(app.open(typed, QString::fromLatin1(kId)));
    QCOMPARE(app.sessions()->index(0).data(SessionListModel::ServerRole).toString(), ace); // the sidebar
    QCOMPARE(app.session()->server(), ace); // the header and the connection banner
    QCOMPARE(app.servers().first(), QStringLiteral("ws://xn--mrage-test-68a.de:9")); // the Open dialog's servers
    QCOMPARE(app.recent()->index(0).data(RecentActivitiesModel::ServerRole).toString(), QStringLiteral("ws://xn--mrage-test-68a.de:9"));
    app.close(0);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestController)

#include "moc_tst_controller.cpp"
