#include "tst_controller.h"

#include "appcontroller.h"
#include "openlink.h"
#include "peekserver.h"

#include <QStandardPaths>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
const QByteArray kSecret = "s3cr3t-t0ken-for-A";

QByteArray activityJson()
{
    return QByteArray(R"({"id":")") + kId + R"(","name":"Pump check","steps":[]})";
}

// The three requests a session and the server list make: the WebSocket handshake, the snapshot
// GET and the activity list.
bool sawAllThree(const PeekServer &s, int lists = 1)
{
    return QTest::qWaitFor([&] {
        return s.count("/ws/activities/") >= 1 && s.count("/activity/get") >= 1 && s.count("/api/activities/") >= lists;
    }, 10000);
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
    const auto request = OpenLink::parse(QStringLiteral("miragedesk://127.0.0.1:%1/%2").arg(b.httpBase().section(QLatin1Char(':'), -1), QString::fromLatin1(kId)), &error);
    QVERIFY2(request, qPrintable(error));
    QVERIFY(app.open(request->server, request->activity));
    QVERIFY(sawAllThree(b, 2));
    QTRY_VERIFY(app.session() && app.session()->name() == QLatin1String("Pump check"));
    for (const QByteArray &head : b.heads()) {
        QVERIFY2(!head.contains(kSecret), head.constData());
        QVERIFY2(!head.toLower().contains("authorization:"), head.constData());
    }
}

QTEST_GUILESS_MAIN(TestController)
