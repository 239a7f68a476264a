// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// `miragedesk watch` against the reference server stack: redis-server and two daphne nodes.
#include "tst_watch.h"

#include "serverstack.h"
#include "watchprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QString newActivity()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray activityJson(const QString &id, const QString &name = QStringLiteral("Pump check"))
{
    return QStringLiteral(R"({"id":"%1","name":"%2","steps":[{"id":"s1","name":"One","description":"first"},{"id":"s2","name":"Two"}]})")
            .arg(id, name)
            .toUtf8();
}

QJsonObject lastJson(const WatchProcess &w)
{
    return QJsonDocument::fromJson(w.lines().last()).object();
}

// Fast intervals so that reconnects happen within a test's time.
const QStringList kFast = {"--retry-initial", "0.2", "--retry-max", "1", "--ping-interval", "1", "--pong-timeout", "2"};
// The arguments of a watch that stops after `count` messages and dumps its state to stdout.
QStringList watchArgs(const QString &server, const QString &id, int count, int timeoutSec)
{
    return QStringList {"--server", server, "--activity", id, "--count", QString::number(count), "--timeout", QString::number(timeoutSec),
               "--dump-state", "-"}
    + kFast;
}
} // namespace

void TestWatch::initTestCase()
{
    m_stack = std::make_unique<ServerStack>(2);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
}

void TestWatch::cleanupTestCase()
{
    m_stack.reset();
}

void TestWatch::everyEventTypeEndToEnd()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(watchArgs(m_stack->wsUrl(0), id.toUpper(), 19, 60));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);

    const QString a = QStringLiteral("\"activity_id\":\"%1\"").arg(id);
    QStringList events = {
        QStringLiteral(R"({"id":102,%1,"action":"updated","updated_fields":{"steps":[{"id":"s1","description":"changed"}]}})"),
            QStringLiteral(R"({"id":102,%1,"data":{"steps":[{"id":"s3","name":"Three"}]}})"),
                QStringLiteral(R"({"id":111,%1,"updated_fields":{"theme":"dark"}})"),
                    QStringLiteral(R"({"id":112,%1,"config":{"theme":"light","speed":2}})"),
                        QStringLiteral(R"({"id":113,%1,"hash":"h-1"})"),
                            QStringLiteral(R"({"id":114,"data":{"x":"y"}})"),
                                QStringLiteral(R"({"id":105,"data":[{"id":"x"}]})"),
                                    QStringLiteral(R"({"id":201,%1,"user":{"id":"u1","name":"Ann","status":"online"}})"),
                                        QStringLiteral(R"({"id":201,%1,"user":{"id":"u2","name":"Bob","status":"online"}})"),
                                            QStringLiteral(R"({"id":203,%1,"user":{"id":"u1","status":"editing"}})"),
                                                QStringLiteral(R"({"id":202,%1,"user":{"id":"u2"}})"),
                                                    QStringLiteral(R"({"id":301,"level":"warning","title":"Maintenance","message":"18:00"})"),
                                                        QStringLiteral(R"({"id":302,%1,"title":"Hello","message":"there"})"),
                                                            QStringLiteral(R"({"id":401,%1,"file":{"id":"f1","name":"a.png","size":10,"uploaded_by":"u1"}})"),
                                                                QStringLiteral(R"({"id":401,%1,"file":{"id":"f2","name":"b.png","size":20}})"),
                                                                    QStringLiteral(R"({"id":403,%1,"file":{"id":"f1"}})"),
                                                                        QStringLiteral(R"({"id":402,%1,"file":{"id":"f2"}})"),
                                                                            QStringLiteral(R"({"id":150,%1})"),
                                                                                QStringLiteral(R"({"id":103,%1,"action":"deleted"})"),
                                                                            };
    for (QString &e : events)
        e = e.arg(a);
    QVERIFY(m_stack->post(id, "[" + events.join(',').toUtf8() + "]"));
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 0);
    const QList<QByteArray> lines = w.lines();
    QCOMPARE(lines.size(), 20);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value("event").toString(), QString("activity_updated"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(11)).object().value("event").toString(), QString("system_alert"));

    const QJsonObject d = lastJson(w);
    QCOMPARE(d.value("activity_id").toString(), id);
    const QJsonObject act = d.value("activity").toObject();
    QCOMPARE(act.value("steps").toArray().size(), 3);
    QCOMPARE(act.value("steps").toArray().at(0).toObject().value("description").toString(), QString("changed"));
    QCOMPARE(act.value("config").toObject(), QJsonDocument::fromJson(R"({"theme":"light","speed":2})").object());
    QCOMPARE(d.value("deleted").toBool(), true);
    QCOMPARE(d.value("hash").toString(), QString("h-1"));
    QCOMPARE(d.value("participants").toArray().size(), 1);
    QCOMPARE(d.value("participants").toArray().at(0).toObject().value("status").toString(), QString("editing"));
    QCOMPARE(d.value("files").toArray().size(), 1);
    QCOMPARE(d.value("files").toArray().at(0).toObject().value("download_count").toInt(), 1);
    QCOMPARE(d.value("applied").toInt(), 19);
    QCOMPARE(d.value("rejected").toInt(), 0);
}

void TestWatch::broadcastOnOtherNodeArrives()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(watchArgs(m_stack->httpBase(0), id, 1, 30));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QVERIFY(m_stack->patch(id, R"({"name":"Renamed on node B"})", 1));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(lastJson(w).value("activity").toObject().value("name").toString(), QString("Renamed on node B"));
}

void TestWatch::malformedFramesRejectedChannelGoesOn()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(watchArgs(m_stack->wsUrl(0), id, 6, 30));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    const QByteArray frames =
        QStringLiteral(R"([{"raw":"not json at all"},{"raw":"[1,2,3]"},{"binary":"AAEC"},)"
                                             R"({"raw":"{\"id\":102,\"activity_id\":\"%1\",\"updated_fields\":\"oops\"}"},)"
                                             R"({"id":102,"activity_id":"11111111-2222-3333-4444-555555555555","updated_fields":{"name":"other"}},)"
                                             R"({"id":102,"activity_id":"%1","updated_fields":{"name":"still fine"}}])")
                .arg(id)
                .toUtf8();
    QVERIFY(m_stack->post(id, frames));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    const QList<QByteArray> lines = w.lines();
    QCOMPARE(lines.size(), 7);
    const QStringList reasons = {"not JSON", "not a JSON object", "binary frame", "not an object", "another activity"};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject l = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(l.value("applied").toBool(true), false);
        QVERIFY2(l.value("error").toString().contains(reasons.at(i)), lines.at(i));
    }
    const QJsonObject d = lastJson(w);
    QCOMPARE(d.value("activity").toObject().value("name").toString(), QString("still fine"));
    QCOMPARE(d.value("applied").toInt(), 1);
    QCOMPARE(d.value("rejected").toInt(), 5);
    QCOMPARE(w.connections(), 1); // no reconnect: bad input does not stop the channel
}

void TestWatch::survivesClose1011()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(watchArgs(m_stack->wsUrl(0), id, 1, 40));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QVERIFY(m_stack->closeAll(id, 1011));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 2, 20000);
    QVERIFY(w.err().contains("code 1011"));
    QVERIFY(m_stack->post(id, QStringLiteral(R"({"id":201,"activity_id":"%1","user":{"id":"u9","name":"Back"}})").arg(id).toUtf8()));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(lastJson(w).value("participants").toArray().at(0).toObject().value("name").toString(), QString("Back"));
}

void TestWatch::nodeKilledAndRestartedResyncs()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(watchArgs(m_stack->wsUrl(0), id, 1, 60));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QVERIFY(m_stack->stopNode(0, true)); // SIGKILL: an abrupt drop
    QTRY_VERIFY_WITH_TIMEOUT(w.err().contains("retrying in"), 20000);
    // A change made while the client is away: only the resync can bring it.
    QVERIFY(m_stack->patch(id, R"j({"name":"Changed while away","steps":[{"id":"s2","name":"Two (edited)"}]})j", 1));
    QString error;
    QVERIFY2(m_stack->startNode(0, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w.err().count("snapshot applied") >= 2, 20000);
    QVERIFY(m_stack->post(id, QStringLiteral(R"({"id":401,"activity_id":"%1","file":{"id":"f","name":"after.png"}})").arg(id).toUtf8(), 1));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    const QJsonObject d = lastJson(w);
    QCOMPARE(d.value("activity").toObject().value("name").toString(), QString("Changed while away"));
    QCOMPARE(d.value("activity").toObject().value("steps").toArray().at(1).toObject().value("name").toString(), QString("Two (edited)"));
    QCOMPARE(d.value("files").toArray().at(0).toObject().value("name").toString(), QString("after.png"));
}

void TestWatch::unknownActivityRefused4404()
{
    WatchProcess w;
    w.start(QStringList {"--server", m_stack->wsUrl(0), "--activity", newActivity(), "--timeout", "30"} + kFast);
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 4);
    QVERIFY2(w.err().contains("no such activity (4404)"), w.err());
    // and no retry (what watch said is shown if it did: once, under load, it connected twice)
    QVERIFY2(w.connections() == 1, qPrintable(w.err()));
}

void TestWatch::tokenRequiredAndNeverShown()
{
    const QByteArray token = "s3cr3t-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    ServerStack stack(1, token);
    QString error;
    QVERIFY2(stack.start(&error), qPrintable(error));
    const QString id = newActivity();
    QVERIFY(stack.putActivity(id, activityJson(id)));

    WatchProcess refused;
    refused.start(QStringList {"--server", stack.wsUrl(), "--activity", id, "--timeout", "30"} + kFast);
    QVERIFY(refused.finish(30000));
    QCOMPARE(refused.exitCode(), 4);
    QVERIFY2(refused.err().contains("not authorised (4401)"), refused.err());

    QTemporaryDir dir;
    QFile tokenFile(dir.filePath("token"));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(token + "\n");
    tokenFile.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MIRAGEDESK_TOKEN", QString::fromUtf8(token));
    struct Way
    {
        QStringList args;
        QProcessEnvironment env;
    };
    const QList<Way> ways = {
        {{"--token-file", tokenFile.fileName()}, QProcessEnvironment::systemEnvironment()},
        {{}, env},
        {{"--token-query", "token"}, env},
    };
    for (const Way &way : ways) {
        WatchProcess w;
        w.start(QStringList {"--server", stack.wsUrl(), "--activity", id, "--count", "1", "--timeout", "30", "--dump-state", "-"} + kFast
                + way.args,
            way.env);
        QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.err().contains("snapshot applied"), 20000);
        QVERIFY(stack.patch(id, R"({"description":"with token"})"));
        QVERIFY(w.finish(20000));
        QCOMPARE(w.exitCode(), 0);
        QCOMPARE(lastJson(w).value("activity").toObject().value("description").toString(), QString("with token"));
        QVERIFY2(!w.out().contains(token) && !w.err().contains(token), "the token appeared in the output");
    }
    QVERIFY(!refused.out().contains(token) && !refused.err().contains(token));
}

void TestWatch::recordThenReplayGivesSameState()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    QTemporaryDir dir;
    const QString rec = dir.filePath("session.ndjson");
    const QString snap = dir.filePath("snap.json");
    QFile f(snap);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(activityJson(id));
    f.close();
    WatchProcess w;
    w.start(QStringList {"--server", m_stack->wsUrl(0), "--activity", id, "--no-snapshot", "--snapshot", snap, "--count", "4", "--timeout",
                "30", "--quiet", "--record", rec, "--dump-state", "-"}
        + kFast);
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QVERIFY(m_stack->post(id,
        QStringLiteral(R"([{"raw":"{\n  \"id\": 102,\n  \"activity_id\": \"%1\",\n  \"updated_fields\": {\"name\": \"pretty\"}\n}"},)"
                                             R"({"raw":"garbage"},{"id":201,"activity_id":"%1","user":{"id":"u","name":"Ünïcødé ✓"}},)"
                                             R"({"id":102,"activity_id":"%1","updated_fields":{"steps":[{"id":"s2","$patch":"delete"}]}}])")
                .arg(id)
                .toUtf8()));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(w.lines().size(), 1); // --quiet: only the dump
    QProcess replay;
    replay.start(QStringLiteral(MIRAGEDESK_BINARY), {"replay", snap, rec, "--dump-state", "-"});
    QVERIFY(replay.waitForFinished(30000));
    QCOMPARE(replay.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(replay.readAllStandardOutput()).object(), lastJson(w));
    QCOMPARE(lastJson(w).value("rejected").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestWatch)

#include "moc_tst_watch.cpp"
