// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_sessionlog.h"

#include "offlinesession.h"
#include "session/activitysession.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/participantmodel.h"

#include "sync/channelurl.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// One message line: {"id":ID,"activity_id":…,BODY}.
QByteArray line(int id, const char *body)
{
    return QStringLiteral(R"({"id":%1,"activity_id":"%2",%3})").arg(id).arg(QLatin1String(kId), QString::fromUtf8(body)).toUtf8() + '\n';
}

struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId,
            {[](ActivitySession *s) -> QAbstractItemModel * { return s->eventLog(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->eventLogFilter(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->fileModel(); }})
    {
        QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/pump-snapshot.json"));
        if (!f.open(QIODevice::ReadOnly) || !session->loadSnapshot(f.readAll()).isEmpty())
            qFatal("pump-snapshot.json did not load");
        session->flushNow();
    }
    // Feeds the lines as one read, then shows the frame.
    void read(const QByteArray &lines)
    {
        session->feedText(lines);
        session->flushNow();
    }
    QStringList logSince(int first, int role = EventLogModel::SummaryRole) const
    {
        QStringList out;
        EventLogModel *log = session->eventLog();
        for (int i = first; i < log->rowCount(); ++i)
            out << log->index(i).data(role).toString();
        return out;
    }
};
} // namespace

void TestSessionLog::joinAndLeaveInOneReadKeepTheName()
{
    Session s;
    QSignalSpy popups(s.session.get(), &ActivitySession::notificationRequested);
    const int before = s.session->eventLog()->rowCount();
    // Priya joins, uploads and leaves within one socket read: when the session takes the join,
    // the participants list no longer has her.
    s.read(line(201, R"("user":{"id":"u-priya","name":"Priya Natarajan","status":"online"})")
        + line(401, R"("file":{"id":"f-wiring","name":"wiring.pdf","uploaded_by":"u-priya"})") + line(202, R"("user":{"id":"u-priya"})"));
    QCOMPARE(s.logSince(before),
        (QStringList {QStringLiteral("Priya Natarajan joined"),
            QStringLiteral("Priya Natarajan uploaded “wiring.pdf”"), QStringLiteral("Priya Natarajan left")}));
    QCOMPARE(s.logSince(before, EventLogModel::SectionRole), (QStringList {"people", "files", "people"}));
    QCOMPARE(s.logSince(before, EventLogModel::ItemIdRole), (QStringList {"u-priya", "f-wiring", ""}));
    QCOMPARE(s.logSince(before, EventLogModel::DetailsRole), (QStringList {"201 user_joined", "401 file_uploaded", "202 user_left"}));
    // One popup per person and frame (the leave replaces the join), naming her.
    QStringList shown;
    for (const QList<QVariant> &args : popups)
        shown << args.at(0).value<NotificationRequest>().summary;
    QCOMPARE(shown, (QStringList {"Priya Natarajan left", "File uploaded: wiring.pdf"}));
    QCOMPARE(s.session->people().name(QStringLiteral("u-priya")), QStringLiteral("Priya Natarajan"));
    FileModel *files = s.session->fileModel();
    QCOMPARE(
        files->index(files->rowOf(QStringLiteral("f-wiring"))).data(FileModel::UploaderRole).toString(), QStringLiteral("Priya Natarajan"));
}

void TestSessionLog::twoRenamesInOneReadNameEachStep()
{
    // Issue #23: renames of one person that arrive in one read. When the session takes the first,
    // the state already holds the last name: each line must name the person as they were called
    // at that event.
    Session s;
    s.read(line(201, R"("user":{"id":"u-ann","name":"Ann","status":"online"})"));
    int before = s.session->eventLog()->rowCount();
    s.read(line(203, R"("user":{"id":"u-ann","name":"Bea"})") + line(203, R"("data":{"id":"u-ann","name":"Cy"})"));
    QCOMPARE(s.logSince(before), (QStringList {QStringLiteral("Ann is now called Bea"), QStringLiteral("Bea is now called Cy")}));
    QCOMPARE(s.session->people().name(QStringLiteral("u-ann")), QStringLiteral("Cy"));

    // A join and two renames in one read, the names in the other fields a user may carry.
    before = s.session->eventLog()->rowCount();
    s.read(line(201, R"("user":{"id":"u-dan","name":"Dan"})") + line(203, R"("updated_fields":{"id":"u-dan","name":"Eve"})")
        + line(203, R"("user":{"id":"u-dan","name":"Flo","status":"away"})"));
    QCOMPARE(s.logSince(before),
        (QStringList {QStringLiteral("Dan joined"), QStringLiteral("Dan is now called Eve"), QStringLiteral("Eve is now called Flo")}));

    // The same with a status change between them, and messages as SPEC §2 lets the server's Python
    // write them: a number beyond double range, a lone surrogate escape, a key given twice (the
    // last one wins).
    before = s.session->eventLog()->rowCount();
    s.read(line(203, R"("user":{"id":"u-ann","name":"Gil","score":1e400})") + line(203, R"("user":{"id":"u-ann","status":"away"})")
        + line(203, R"("user":{"id":"u-ann","name":"Hal"})"));
    QCOMPARE(s.logSince(before),
        (QStringList {QStringLiteral("Cy is now called Gil"), QStringLiteral("Gil is now away"), QStringLiteral("Gil is now called Hal")}));
    before = s.session->eventLog()->rowCount();
    s.read(line(203, R"("user":{"id":"u-ann","name":"Ivy","note":"\ud800"})") + line(203, R"("user":{"id":"u-ann","name":"Jo"})"));
    QCOMPARE(s.logSince(before), (QStringList {QStringLiteral("Hal is now called Ivy"), QStringLiteral("Ivy is now called Jo")}));
    before = s.session->eventLog()->rowCount();
    s.read(line(203, R"("user":{"id":"u-ann","name":"Kim","name":"Lu"})") + line(203, R"("user":{"id":"u-ann","name":"Max"})"));
    QCOMPARE(s.logSince(before), (QStringList {QStringLiteral("Jo is now called Lu"), QStringLiteral("Lu is now called Max")}));
    ParticipantModel *people = s.session->participantModel();
    QCOMPARE(people->index(people->rowOf(QStringLiteral("u-ann"))).data(ParticipantModel::NameRole).toString(), QStringLiteral("Max"));
}

void TestSessionLog::fileOfSomeoneWhoLeftNamesThem()
{
    Session s;
    s.read(line(201, R"("user":{"id":"u-ana","name":"Ana Lima"})"));
    s.read(line(202, R"("user":{"id":"u-ana"})"));
    const int before = s.session->eventLog()->rowCount();
    // The server announces her upload after she left; a leave without a name keeps the one seen.
    s.read(line(401, R"("file":{"id":"f-1","name":"torque.csv","size":2048,"uploaded_by":"u-ana"})"));
    QCOMPARE(s.logSince(before), QStringList {QStringLiteral("Ana Lima uploaded “torque.csv” (2.0 kB)")});
    // Someone never seen with a name is shown by the id the server gave.
    s.read(line(401, R"("file":{"id":"f-2","name":"notes.txt","uploaded_by":"u-ghost"})"));
    QCOMPARE(s.logSince(before + 1), QStringList {QStringLiteral("u-ghost uploaded “notes.txt”")});
    s.read(line(401, R"("file":{"id":"f-3","name":"anon.txt"})"));
    QCOMPARE(s.logSince(before + 2), QStringList {QStringLiteral("File “anon.txt” uploaded")});
}

void TestSessionLog::uploaderAsAnObjectIsNamedEverywhere()
{
    // Issue #24: `uploaded_by` as an object ({"id": …, "name": …}) was understood by the Files list
    // only: the log and the popup named no one. All three read it through FileView.
    Session s;
    QSignalSpy popups(s.session.get(), &ActivitySession::notificationRequested);
    FileModel *files = s.session->fileModel();
    const auto uploader = [files](const char *id) {
        return files->index(files->rowOf(QString::fromLatin1(id))).data(FileModel::UploaderRole).toString();
    };
    int before = s.session->eventLog()->rowCount();
    s.read(line(401, R"("file":{"id":"f-1","name":"torque.csv","size":2048,"uploaded_by":{"id":"u-ana","name":"Ana Lima"}})"));
    QCOMPARE(s.logSince(before), QStringList {QStringLiteral("Ana Lima uploaded “torque.csv” (2.0 kB)")});
    QCOMPARE(uploader("f-1"), QStringLiteral("Ana Lima"));
    QCOMPARE(popups.count(), 1);
    NotificationRequest popup = popups.at(0).at(0).value<NotificationRequest>();
    QCOMPARE(popup.summary, QStringLiteral("File uploaded: torque.csv"));
    QCOMPARE(popup.body, QStringLiteral("2.0 kB, by Ana Lima"));
    QCOMPARE(popup.who, QStringLiteral("Ana Lima"));

    // An object that gives the id only: the name known for that id, as for a plain id.
    s.read(line(201, R"("user":{"id":"u-max","display_name":"Max Weber"})"));
    popups.clear();
    before = s.session->eventLog()->rowCount();
    s.read(line(401, R"("file":{"id":"f-2","name":"notes.txt","uploaded_by":{"id":"u-max"}})"));
    QCOMPARE(s.logSince(before), QStringList {QStringLiteral("Max Weber uploaded “notes.txt”")});
    QCOMPARE(uploader("f-2"), QStringLiteral("Max Weber"));
    QCOMPARE(popups.count(), 1);
    popup = popups.at(0).at(0).value<NotificationRequest>();
    QCOMPARE(popup.body, QStringLiteral("by Max Weber"));
    QCOMPARE(popup.who, QStringLiteral("Max Weber"));
}

void TestSessionLog::activityAndStepsInWords()
{
    Session s;
    const int before = s.session->eventLog()->rowCount();
    s.read(line(102, R"j("updated_fields":{"name":"Replace the seal (rev. B)"})j"));
    s.read(line(102, R"("updated_fields":{"steps":[{"id":"s4","name":"Refit the seal"}]})"));
    s.read(line(102, R"("updated_fields":{"steps":[{"id":"s4","description":"Torque to 12 Nm."}]})"));
    s.read(line(102, R"("updated_fields":{"steps":[{"id":"s2","name":"Drain the pump"}]})"));
    s.read(line(102, R"("updated_fields":{"steps":[{"id":"s3","$patch":"delete"}]})"));
    s.read(line(203, R"("user":{"id":"u-x","name":"Jonas Berg","status":"away"})"));
    s.read(line(203, R"("user":{"id":"u-x","status":"online"})"));
    s.read(line(301, R"("level":"warning","title":"Maintenance","message":"Server restarts at 18:00")"));
    QCOMPARE(s.logSince(before),
        (QStringList {QStringLiteral("Renamed to “Replace the seal (rev. B)”"),
            QStringLiteral("Step 4 “Refit the seal” added"),
                QStringLiteral("Step 4 “Refit the seal” edited"),
                    QStringLiteral("Step 2 “Drain” renamed to “Drain the pump”"),
                        QStringLiteral("Step 3 “Remove the seal” deleted"),
                            QStringLiteral("Jonas Berg is now away"),
                                QStringLiteral("Jonas Berg is now online"), QStringLiteral("Maintenance: Server restarts at 18:00")}));
    QCOMPARE(
        s.logSince(before, EventLogModel::SectionRole), (QStringList {"", "steps", "steps", "steps", "steps", "people", "people", ""}));
    QCOMPARE(s.logSince(before, EventLogModel::ItemIdRole), (QStringList {"", "s4", "s4", "s2", "", "u-x", "u-x", ""}));
}

void TestSessionLog::identicalEntriesFold()
{
    Session s;
    s.read(line(401, R"("file":{"id":"f-1","name":"manual.pdf"})"));
    EventLogModel *log = s.session->eventLog();
    const int rows = log->rowCount();
    QSignalSpy inserted(log, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(log, &QAbstractItemModel::dataChanged);
    const QByteArray download = line(403, R"("file":{"id":"f-1"})");
    s.read(download);
    QCOMPARE(log->rowCount(), rows + 1);
    // The same again, in later reads and twice in one read: the one row counts them.
    s.read(download);
    s.read(download + download);
    QCOMPARE(log->rowCount(), rows + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 2);
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().row(), rows);
        QCOMPARE(args.at(1).toModelIndex().row(), rows);
        QVERIFY(args.at(2).value<QList<int>>().contains(EventLogModel::RepeatsRole));
    }
    const QModelIndex row = log->index(rows);
    QCOMPARE(row.data(EventLogModel::SummaryRole).toString(), QStringLiteral("File “manual.pdf” downloaded"));
    QCOMPARE(row.data(EventLogModel::RepeatsRole).toInt(), 4);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("File “manual.pdf” downloaded ×4"));
    // Something else starts a new row.
    s.read(line(402, R"("file":{"id":"f-1"})"));
    QCOMPARE(log->rowCount(), rows + 2);
    QCOMPARE(log->index(rows + 1).data(EventLogModel::RepeatsRole).toInt(), 1);
}

void TestSessionLog::foldingKeepsTheCap()
{
    EventLogModel log(2);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto entry = [](const char *text) {
        EventLogModel::Entry e;
        e.category = QStringLiteral("alerts");
        e.applied = true;
        e.summary = QString::fromUtf8(text);
        return e;
    };
    log.append({entry("a"), entry("a"), entry("b")});
    log.append({entry("b"), entry("c"), entry("c"), entry("c")});
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("b ×2"));
    QCOMPARE(log.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("c ×3"));
    // A rejected line with the same text is another kind: not folded.
    EventLogModel::Entry rejected = entry("c");
    rejected.applied = false;
    log.append({rejected});
    QCOMPARE(log.index(1).data(EventLogModel::AppliedRole).toBool(), false);
    QCOMPARE(log.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("c ×3"));
}

void TestSessionLog::searchFiltersOnTheText()
{
    Session s;
    s.read(line(201, R"("user":{"id":"u-priya","name":"Priya Natarajan"})") + line(201, R"("user":{"id":"u-ana","name":"Ana Lima"})")
        + line(401, R"("file":{"id":"f-1","name":"priya-notes.txt","uploaded_by":"u-ana"})")
        + R"({"id":102,)"
          "\n");
    EventLogFilter *filter = s.session->eventLogFilter();
    QSignalSpy count(filter, &EventLogFilter::countChanged);
    filter->setText(QStringLiteral("PRIYA"));
    QCOMPARE(filter->count(), 2);
    QVERIFY(count.size() >= 1);
    QCOMPARE(filter->index(0, 0).data(EventLogModel::SummaryRole).toString(), QStringLiteral("Priya Natarajan joined"));
    QCOMPARE(filter->index(1, 0).data(EventLogModel::SummaryRole).toString(), QStringLiteral("Ana Lima uploaded “priya-notes.txt”"));
    // With a category too.
    filter->setCategory(QStringLiteral("people"));
    QCOMPARE(filter->count(), 1);
    filter->setCategory(QString());
    filter->setText(QStringLiteral("nobody"));
    QCOMPARE(filter->count(), 0);
    // New lines that match show up.
    s.read(line(201, R"("user":{"id":"u-n","name":"Nobody Special"})"));
    QCOMPARE(filter->count(), 1);
    filter->setText(QString());
    QCOMPARE(filter->count(), s.session->eventLog()->rowCount());
}

void TestSessionLog::resyncIsSaid()
{
    Session s; // loaded the snapshot once
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/pump-snapshot.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const int before = s.session->eventLog()->rowCount();
    QCOMPARE(s.session->loadSnapshot(f.readAll()), QString());
    s.session->flushNow();
    QCOMPARE(s.logSince(before), QStringList {QStringLiteral("Reloaded from the server (resynced)")});
    QCOMPARE(s.logSince(before, EventLogModel::CategoryRole), QStringList {QStringLiteral("connection")});
}

void TestSessionLog::connectionTransitionsOnly()
{
    // A real channel to an in-process server: the connection drops, several retries fail while
    // the server is away, then it comes back; then it refuses the activity.
    QWebSocketServer server(QStringLiteral("log"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    QString error;
    const auto ep = ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), QString::fromLatin1(kId), &error);
    QVERIFY2(ep, qPrintable(error));
    ChannelSettings settings;
    settings.snapshot = false;
    settings.retryInitialMs = 20;
    settings.retryMaxMs = 40;
    ActivitySession session(*ep, settings);
    QAbstractItemModelTester tester(session.eventLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto connectionLines = [&] {
        QStringList out;
        for (int i = 0; i < session.eventLog()->rowCount(); ++i) {
            const QModelIndex row = session.eventLog()->index(i);
            if (row.data(EventLogModel::CategoryRole).toString() == QLatin1String("connection"))
                out << row.data(EventLogModel::SummaryRole).toString();
        }
        return out;
    };
    session.start();
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QWebSocket> peer(server.nextPendingConnection());
    QTRY_COMPARE(session.connection()->state(), ConnectionMirror::Open);
    session.flushNow();
    QCOMPARE(connectionLines(), QStringList());

    server.close();
    peer->close(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_VERIFY(session.connection()->retryAttempt() >= 3);
    session.flushNow();
    QCOMPARE(connectionLines(), QStringList {QStringLiteral("Connection lost")});

    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
    peer.reset(server.nextPendingConnection());
    QTRY_COMPARE(session.connection()->state(), ConnectionMirror::Open);
    session.flushNow();
    QCOMPARE(connectionLines(), (QStringList {QStringLiteral("Connection lost"), QStringLiteral("Reconnected")}));

    peer->close(QWebSocketProtocol::CloseCode(4404), QStringLiteral("no such activity"));
    QTRY_COMPARE(session.connection()->state(), ConnectionMirror::Refused);
    session.flushNow();
    const QStringList lines = connectionLines();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.last().startsWith(QStringLiteral("Refused by the server. ")), qPrintable(lines.last()));
}

void TestSessionLog::wordsAsBefore()
{
    Session s;
    const int before = s.session->eventLog()->rowCount();
    // The fixture's messages, each read and shown before the next arrives (later ones rename,
    // delete and reorder what earlier lines name: the lines keep what they said).
    QFile in(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/log-words.ndjson"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    for (const QByteArray &text : in.readAll().split('\n')) {
        if (!text.startsWith("# ") && !text.isEmpty())
            s.read(text + '\n');
    }
    QStringList rows;
    EventLogModel *log = s.session->eventLog();
    for (int i = before; i < log->rowCount(); ++i) {
        const QModelIndex row = log->index(i);
        QStringList roles;
        for (int role : {int(Qt::DisplayRole), int(EventLogModel::SummaryRole), int(EventLogModel::NameRole),
                 int(EventLogModel::CategoryRole), int(EventLogModel::AppliedRole), int(EventLogModel::SectionRole),
                 int(EventLogModel::ItemIdRole), int(EventLogModel::DetailsRole), int(EventLogModel::RepeatsRole),
                 int(EventLogModel::EventIdRole), int(EventLogModel::SeqRole)})
            roles << row.data(role).toString();
        rows << roles.join(QStringLiteral(" | "));
    }
    // Run with MIRAGEDESK_WRITE_LOG_WORDS=file to write what this build says (how the expected
    // file was made, by the build that made the words per event).
    if (const QString out = qEnvironmentVariable("MIRAGEDESK_WRITE_LOG_WORDS"); !out.isEmpty()) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rows.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    QFile expectedFile(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/log-words.txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), expected.at(i));
    // The search sees the words too: the first edit of step 2, and the three folded into one.
    s.session->eventLogFilter()->setText(QStringLiteral("2 “drain” edited"));
    QCOMPARE(s.session->eventLogFilter()->rowCount(), 2);
}

// One wording per rejection (issue #24): the window's log line says what `watch` and `replay` print
// as the line's "error" (SPEC §5's English, pinned by tst_rejecttext), word for word.
void TestSessionLog::rejectionsInWatchWords()
{
    const QByteArray activity = QByteArray(",\"activity_id\":\"") + QByteArray(kId) + '"';
    const QList<std::pair<QByteArray, QString>> cases {
        {R"({"x":1})", R"(event "id" missing)"},
        {R"({"id":"a"})", R"(event "id" is a string, not an integer)"},
        {R"({"id":99})", "event id 99 is below 100"},
        {R"({"id":102,"activity_id":5,"updated_fields":{}})", R"("activity_id" is a number, not a string)"},
        {R"({"id":102,"updated_fields":{}})", R"("activity_id" missing)"},
        {R"({"id":101)" + activity + "}", R"(payload missing: expected "data", "activity" or "updated_fields")"},
        {R"({"id":102)" + activity + R"(,"updated_fields":[1]})", R"(payload "updated_fields" is an array, not an object)"},
        {R"({"id":201)" + activity + R"(,"user":{}})", R"(user has no "id")"},
        {QByteArray(70, '[') + QByteArray(70, ']'), "nesting deeper than 64 levels"},
    };
    Session s;
    for (const auto &[message, words] : cases) {
        const int before = s.session->eventLog()->rowCount();
        s.read(message + '\n');
        QCOMPARE(s.logSince(before), QStringList {words});
    }
}

QTEST_GUILESS_MAIN(TestSessionLog)

#include "moc_tst_sessionlog.cpp"
