// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_models.h"

#include "session/activitysession.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/recentactivitiesmodel.h"
#include "session/stepcontentsmodel.h"
#include "sync/channelurl.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray withId(const QByteArray &body)
{
    return QByteArray(R"({"activity_id":")") + kId + "\"," + body + "}";
}

// A session connected to an in-process WebSocket server that the test speaks through.
struct Feed
{
    QWebSocketServer server {QStringLiteral("feed"), QWebSocketServer::NonSecureMode};
    QWebSocket *peer = nullptr;
    std::unique_ptr<ActivitySession> session;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    quint64 sent = 0;

    bool start()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        QString error;
        const auto ep = ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), QString::fromLatin1(kId), &error);
        ChannelSettings settings;
        settings.snapshot = false;
        session = std::make_unique<ActivitySession>(*ep, settings);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                 session->stepModel(), session->participantModel(), session->fileModel(), session->eventLog(), session->eventLogFilter()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        session->start();
        if (!QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000))
            return false;
        peer = server.nextPendingConnection();
        return QTest::qWaitFor([&] { return session->connection()->state() == ConnectionMirror::Open; }, 5000);
    }
    // Sends messages and waits until the session took them all (without letting a frame pass).
    template<typename... Messages>
    bool sendAndFlush(const Messages &...messages)
    {
        for (const QByteArray &m : {QByteArray(messages)...}) {
            peer->sendTextMessage(QString::fromUtf8(m));
            ++sent;
        }
        peer->flush();
        const bool ok = QTest::qWaitFor([&] { return session->appliedCount() + session->rejectedCount() == sent; }, 5000);
        session->flushNow();
        return ok;
    }
    QString stepName(int row) const { return session->stepModel()->index(row).data(StepModel::NameRole).toString(); }
};

const QByteArray kCurrentModel = withId(R"("id":104,"data":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check",
  "steps":[{"id":"s1","name":"One","description":"first"},{"id":"s2","name":"Two"},{"id":"s3","name":"Three"},
           {"id":"s4","name":"Four"}],
  "content":[{"id":"c1","type":"label","steps":["s1","s2"],"contentData":{"name":"Hello label","text":"hi"}},
             {"id":"c2","type":"image","steps":["s1"]}]})");
} // namespace

void TestModels::init()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::stepsLoadFromRetrievedActivity()
{
    Feed f;
    QVERIFY(f.start());
    QSignalSpy reset(f.session->stepModel(), &QAbstractItemModel::modelReset);
    QSignalSpy activity(f.session.get(), &ActivitySession::activityChanged);
    QVERIFY(f.sendAndFlush(kCurrentModel));
    QCOMPARE(reset.count(), 1); // a whole new document is the one reset
    QCOMPARE(f.session->stepModel()->rowCount(), 4);
    QCOMPARE(f.stepName(0), QStringLiteral("One"));
    QCOMPARE(f.stepName(3), QStringLiteral("Four"));
    QCOMPARE(f.session->name(), QStringLiteral("Pump check"));
    QCOMPARE(activity.count(), 1);
}

void TestModels::stepEditIsOneDataChangedForThatRow()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    StepModel *steps = f.session->stepModel();
    f.session->catchUp()->setUserIsLooking(true); // no unread marker (its own dataChanged is tst_sessioncopy's)
    QSignalSpy changed(steps, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(steps, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(steps, &QAbstractItemModel::modelReset);
    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"steps":[{"id":"s3","name":"Three, edited"}]})")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(f.stepName(2), QStringLiteral("Three, edited"));
    QVERIFY(steps->index(2).data(KeyedListModel::ChangedAtRole).toLongLong() > 0); // the view highlights it
    QCOMPARE(steps->index(1).data(KeyedListModel::ChangedAtRole).toLongLong(), 0);
}

void TestModels::stepAddRemoveAndReorderArePreciseRowSignals()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    StepModel *steps = f.session->stepModel();
    QSignalSpy inserted(steps, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(steps, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(steps, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(steps, &QAbstractItemModel::modelReset);

    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"steps":[{"id":"s5","name":"Five"}]})")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(f.stepName(4), QStringLiteral("Five"));

    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"steps":[{"id":"s2","$patch":"delete"}]})")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(steps->rowCount(), 4);
    QCOMPARE(f.stepName(1), QStringLiteral("Three"));

    QPersistentModelIndex four(steps->index(2));
    QCOMPARE(four.data(StepModel::NameRole).toString(), QStringLiteral("Four"));
    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"steps":[{"id":"s4"},{"id":"s5"},{"id":"s1"},{"id":"s3"}]})")));
    QCOMPARE(layout.count(), 1);
    QStringList order;
    for (int r = 0; r < steps->rowCount(); ++r)
        order << f.stepName(r);
    QCOMPARE(order, (QStringList {"Four", "Five", "One", "Three"}));
    QCOMPARE(four.row(), 0); // a selection follows its step
    QCOMPARE(reset.count(), 0);
}

void TestModels::burstOfEditsIsCoalescedIntoOneFrame()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    StepModel *steps = f.session->stepModel();
    QSignalSpy changed(steps, &QAbstractItemModel::dataChanged);
    QSignalSpy log(f.session->eventLog(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray name = "edit " + QByteArray::number(i);
        f.peer->sendTextMessage(QString::fromUtf8(withId(
            R"("id":102,"updated_fields":{"steps":[{"id":"s)" + QByteArray::number(i % 4 + 1) + R"(","name":")" + name + R"("}]})")));
        ++f.sent;
    }
    f.peer->flush();
    QTRY_COMPARE_WITH_TIMEOUT(f.session->appliedCount(), f.sent, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(steps->index(3).data(StepModel::NameRole).toString() == QStringLiteral("edit 1999"), 5000);
    // 2000 edits of 4 rows: a handful of frames, each one dataChanged over the rows it touched.
    QVERIFY2(changed.count() < 50, qPrintable(QStringLiteral("%1 dataChanged for 2000 edits").arg(changed.count())));
    QVERIFY2(log.count() < 50, qPrintable(QStringLiteral("%1 log inserts for 2000 events").arg(log.count())));
    QCOMPARE(f.session->eventLog()->rowCount(), 2001);
}

void TestModels::countsShowAFewTimesASecondAndEndOnTheFinalCounts()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    QTest::qWait(2 * ActivitySession::kCountsMs); // the snapshot's counts are out
    // What the window's counter reads each time it is told the counts changed.
    QList<quint64> shown;
    connect(f.session.get(), &ActivitySession::countsChanged, this, [&] { shown << f.session->appliedCount(); });
    // A stream of edits for ~0.8 s, a few every 10 ms: ~50 frames, each applying some.
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 80; ++i) {
        for (int k = 0; k < 3; ++k) {
            f.peer->sendTextMessage(QString::fromUtf8(
                withId(R"("id":102,"updated_fields":{"steps":[{"id":"s2","name":"edit )" + QByteArray::number(i * 3 + k) + R"("}]})")));
            ++f.sent;
        }
        f.peer->flush();
        QTest::qWait(10);
    }
    const qint64 streamMs = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(f.session->appliedCount(), f.sent, 5000);
    // The first change shows at once; then at most one a kCountsMs, and the last shows the final
    // count within kCountsMs of the last frame.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last() == f.sent, 2 * ActivitySession::kCountsMs);
    QVERIFY2(shown.size() <= streamMs / ActivitySession::kCountsMs + 3,
        qPrintable(QStringLiteral("the counts changed %1 times in %2 ms").arg(shown.size()).arg(streamMs)));
    QVERIFY(shown.size() >= 2); // not only at the end: the counter moves while the stream lasts
    QTest::qWait(2 * ActivitySession::kCountsMs);
    QCOMPARE(shown.last(), f.sent); // and nothing after it
    QCOMPARE(f.session->appliedCount(), f.sent);
}

void TestModels::contentCountsFollowActivityLevelContent()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    StepModel *steps = f.session->stepModel();
    QCOMPARE(steps->index(0).data(StepModel::ContentCountRole).toInt(), 2);
    QCOMPARE(steps->index(1).data(StepModel::ContentCountRole).toInt(), 1);
    QCOMPARE(steps->index(2).data(StepModel::ContentCountRole).toInt(), 0);
    QSignalSpy changed(steps, &QAbstractItemModel::dataChanged);
    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"content":[{"id":"c3","type":"video","steps":["s3"]}]})")));
    QCOMPARE(steps->index(2).data(StepModel::ContentCountRole).toInt(), 1);
    QCOMPARE(changed.count(), 1); // only the step whose count changed
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
}

void TestModels::legacyArlemActionsAreSteps()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(withId(R"("id":101,"data":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Legacy","workplace":"w.xml",
      "actions":[{"id":"a1","type":"action","instruction":{"title":"Grab the tool","description":"from the <b>box</b>"},
                  "enter":{"activates":[{"type":"tangible","predicate":"label","id":"t1","option":"Look here"}]}},
                 {"id":"a2","instruction":{"title":"Done"}}]})")));
    StepModel *steps = f.session->stepModel();
    QVERIFY(f.session->legacyFormat());
    QCOMPARE(steps->rowCount(), 2);
    QCOMPARE(f.stepName(0), QStringLiteral("Grab the tool"));
    QCOMPARE(steps->index(0).data(StepModel::DescriptionRole).toString(), QStringLiteral("from the <b>box</b>"));
    QCOMPARE(steps->index(0).data(StepModel::ContentCountRole).toInt(), 1);
    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"actions":[{"id":"a2","instruction":{"title":"Finished"}}]})")));
    QCOMPARE(f.stepName(1), QStringLiteral("Finished"));
}

void TestModels::participantsJoinChangeAndLeave()
{
    Feed f;
    QVERIFY(f.start());
    ParticipantModel *people = f.session->participantModel();
    QSignalSpy inserted(people, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(people, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(people, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.sendAndFlush(withId(R"("id":201,"user":{"id":"u1","name":"Ana","status":"online"})"),
        withId(R"("id":201,"user":{"id":"u2","name":"Ben","status":"away"})")));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(people->rowCount(), 2);
    QCOMPARE(people->index(1).data(ParticipantModel::NameRole).toString(), QStringLiteral("Ben"));
    QVERIFY(f.sendAndFlush(withId(R"("id":203,"user":{"id":"u2","status":"busy"})")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(people->index(1).data(ParticipantModel::StatusRole).toString(), QStringLiteral("busy"));
    QVERIFY(f.sendAndFlush(withId(R"("id":202,"user":{"id":"u1"})")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(people->index(0).data(ParticipantModel::NameRole).toString(), QStringLiteral("Ben"));
}

void TestModels::filesUploadDownloadDelete()
{
    Feed f;
    QVERIFY(f.start());
    FileModel *files = f.session->fileModel();
    QVERIFY(f.sendAndFlush(withId(R"("id":201,"user":{"id":"u1","name":"Ana"})"),
        withId(R"("id":401,"file":{"id":"f1","name":"photo.jpg","size":1258291,"mime_type":"image/jpeg",
                                     "url":"https://files.example.org/p.jpg","uploaded_by":"u1"})"),
        withId(R"j("id":401,"file":{"id":"f2","name":"evil.html","size":12,"url":"javascript:alert(1)"})j")));
    QCOMPARE(files->rowCount(), 2);
    const QModelIndex photo = files->index(0);
    QCOMPARE(photo.data(FileModel::SizeTextRole).toString(), QStringLiteral("1.2 MB"));
    QCOMPARE(photo.data(FileModel::UploaderRole).toString(), QStringLiteral("Ana"));
    QCOMPARE(photo.data(FileModel::MimeTypeRole).toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(photo.data(FileModel::OpenableRole).toBool(), true);
    QCOMPARE(files->index(1).data(FileModel::OpenableRole).toBool(), false); // only http(s) opens
    QCOMPARE(files->index(1).data(FileModel::SizeTextRole).toString(), QStringLiteral("12 bytes"));
    QVERIFY(f.sendAndFlush(withId(R"("id":403,"file":{"id":"f1"})"), withId(R"("id":403,"file":{"id":"f1"})")));
    QCOMPARE(files->index(0).data(FileModel::DownloadsRole).toInt(), 2);
    QSignalSpy removed(files, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.sendAndFlush(withId(R"("id":402,"file":{"id":"f1"})")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(files->rowCount(), 1);
    QCOMPARE(files->index(0).data(FileModel::NameRole).toString(), QStringLiteral("evil.html"));
}

void TestModels::notificationsAreRequestedOncePerKeyPerFrame()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel));
    QList<NotificationRequest> requests;
    QObject::connect(
        f.session.get(), &ActivitySession::notificationRequested, f.session.get(), [&](const NotificationRequest &r) { requests << r; });
    QVERIFY(f.sendAndFlush(withId(R"("id":201,"user":{"id":"u1","name":"Ana <i>L</i>"})"),
        withId(R"("id":401,"file":{"id":"f1","name":"a.jpg","size":2048,"uploaded_by":"u1"})"),
        withId(R"("id":401,"file":{"id":"f1","name":"a-v2.jpg","size":4096,"uploaded_by":"u1"})"),
        R"({"id":301,"level":"critical","title":"Disk full","message":"Uploads paused"})",
        R"({"id":302,"data":{"title":"Hello","message":"Meeting at 3"}})", withId(R"("id":102,"updated_fields":{"name":"Renamed"})")));
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests[0].kind, NotificationRequest::People);
    QCOMPARE(requests[0].summary, QStringLiteral("Ana <i>L</i> joined")); // escaping happens on the way to the daemon
    QCOMPARE(requests[1].kind, NotificationRequest::Files);
    QCOMPARE(requests[1].summary, QStringLiteral("File uploaded: a-v2.jpg")); // the second replaced the first
    QCOMPARE(requests[1].body, QStringLiteral("4.0 kB, by Ana <i>L</i>"));
    QCOMPARE(requests[1].itemId, QStringLiteral("f1"));
    QCOMPARE(requests[2].kind, NotificationRequest::Alerts);
    QCOMPARE(requests[2].urgency, NotificationRequest::Critical);
    QCOMPARE(requests[2].summary, QStringLiteral("Disk full"));
    QCOMPARE(requests[3].kind, NotificationRequest::Messages);
    QCOMPARE(requests[3].body, QStringLiteral("Meeting at 3"));
    QCOMPARE(f.session->name(), QStringLiteral("Renamed"));
    // What a burst's group needs (issue #13): joins and uploads group per event, critical alerts never.
    QCOMPARE(requests[0].group, QStringLiteral("joined"));
    QCOMPARE(requests[1].group, QStringLiteral("uploaded"));
    QCOMPARE(requests[1].who, QStringLiteral("Ana <i>L</i>"));
    QCOMPARE(requests[1].activity, QStringLiteral("Pump check"));
    QVERIFY(requests[2].group.isEmpty());
    // The activity's deletion (103) pops up too.
    QVERIFY(f.sendAndFlush(withId(R"("id":103)")));
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests[4].kind, NotificationRequest::Alerts);
    QCOMPARE(requests[4].summary, QStringLiteral("Activity deleted"));
    QCOMPARE(requests[4].body, QStringLiteral("“Renamed” was deleted on the server."));
}

void TestModels::eventLogKeepsRejectionsFiltersAndIsCapped()
{
    Feed f;
    QVERIFY(f.start());
    QVERIFY(f.sendAndFlush(kCurrentModel, "not json", withId(R"("id":201,"user":{"id":"u1"})"),
        R"({"id":102,"activity_id":"00000000-0000-0000-0000-000000000001","updated_fields":{}})"));
    EventLogModel *log = f.session->eventLog();
    QCOMPARE(log->rowCount(), 4);
    QCOMPARE(log->index(1).data(EventLogModel::AppliedRole).toBool(), false);
    QCOMPARE(log->index(1).data(EventLogModel::SummaryRole).toString().isEmpty(), false);
    QCOMPARE(log->index(2).data(EventLogModel::NameRole).toString(), QStringLiteral("user_joined"));
    QVERIFY(log->index(3).data(EventLogModel::SummaryRole).toString().contains(QStringLiteral("activity")));
    EventLogFilter *filter = f.session->eventLogFilter();
    filter->setCategory(QStringLiteral("rejected"));
    QCOMPARE(filter->rowCount(), 2);
    filter->setCategory(QStringLiteral("people"));
    QCOMPARE(filter->rowCount(), 1);
    filter->setCategory(QString());
    QCOMPARE(filter->rowCount(), 4);

    EventLogModel capped(5);
    QAbstractItemModelTester tester(&capped, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int batch = 0; batch < 3; ++batch) {
        std::vector<EventLogModel::Entry> entries;
        for (int i = 0; i < 3; ++i)
            entries.push_back({quint64(batch * 3 + i + 1), QDateTime::currentDateTime(), 102,
                QStringLiteral("activity_updated"),
                    QStringLiteral("activity"), true, QString::number(batch * 3 + i + 1), QString(), QString(), QString()});
        capped.append(std::move(entries));
    }
    QCOMPARE(capped.rowCount(), 5);
    QCOMPARE(capped.index(0).data(EventLogModel::SeqRole).toULongLong(), 5u);
    QCOMPARE(capped.index(4).data(EventLogModel::SeqRole).toULongLong(), 9u);
}

void TestModels::recentActivitiesPersistNewestFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recent.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        RecentActivitiesModel recent(&store);
        QAbstractItemModelTester tester(&recent, QAbstractItemModelTester::FailureReportingMode::QtTest);
        recent.touch(QStringLiteral("a"), QStringLiteral("ws://h:8000"), QString(), true);
        recent.touch(QStringLiteral("b"), QStringLiteral("ws://h:8000"), QStringLiteral("Bee"), true);
        recent.touch(QStringLiteral("a"), QStringLiteral("ws://h:8000"), QStringLiteral("Ay"), false); // renamed live
        QCOMPARE(recent.index(0).data(RecentActivitiesModel::NameRole).toString(), QStringLiteral("Bee"));
        QSignalSpy moved(&recent, &QAbstractItemModel::rowsMoved);
        recent.touch(QStringLiteral("a"), QStringLiteral("ws://h:8000"), QString(), true); // opened again
        QCOMPARE(moved.count(), 1);
        QCOMPARE(recent.index(0).data(RecentActivitiesModel::NameRole).toString(), QStringLiteral("Ay"));
    }
    QSettings store(path, QSettings::IniFormat);
    RecentActivitiesModel again(&store);
    QCOMPARE(again.rowCount(), 2);
    QCOMPARE(again.index(0).data(RecentActivitiesModel::ActivityIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(again.index(1).data(RecentActivitiesModel::ServerRole).toString(), QStringLiteral("ws://h:8000"));
}

void TestModels::stepDetailsInEveryShape()
{
    Feed f;
    QVERIFY(f.start());
    StepContentsModel *details = f.session->stepContents();
    QAbstractItemModelTester tester(details, QAbstractItemModelTester::FailureReportingMode::QtTest);
    details->setStepId(QStringLiteral("s1"));
    QVERIFY(!details->hasStep());
    QVERIFY(f.sendAndFlush(kCurrentModel)); // the contents follow the frame that brings the step
    QVERIFY(details->hasStep());
    QCOMPARE(details->name(), QStringLiteral("One"));
    QCOMPARE(details->rowCount(), 2);
    QCOMPARE(details->index(0).data(StepContentsModel::TitleRole).toString(), QStringLiteral("Label — Hello label"));
    QCOMPARE(details->index(1).data(StepContentsModel::ContentTypeRole).toString(), QStringLiteral("image"));
    QVERIFY(f.sendAndFlush(withId(R"("id":102,"updated_fields":{"steps":[{"id":"s9","name":"Simple",
        "contents":[{"id":"x","type":"text","text":"inline"}]}]})")));
    details->setStepId(QStringLiteral("s9"));
    QCOMPARE(details->rowCount(), 1);
    QCOMPARE(details->index(0).data(StepContentsModel::TitleRole).toString(), QStringLiteral("Text: inline"));
    QVERIFY(details->json().contains(QStringLiteral("\"inline\"")));
    details->setStepId(QStringLiteral("nope"));
    QVERIFY(!details->hasStep());
    QCOMPARE(details->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)

#include "moc_tst_models.cpp"
