// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// `miragedesk replay`, --version and --help, run as a user runs them: the real binary.
#include "protocol/activitystate.h"
#include "protocol/mappedfile.h"
#include "protocol/replayer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "tst_replaycommand.h"

void TestReplayCommand::replaysSampleToStdout()
{
    const Run r = run({"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--dump-state", "-"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    const QJsonObject d = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(d.value("activity_id").toString(), QString("63b76319-68ef-4412-9dd4-bb2a13315ee2"));
    QCOMPARE(d.value("activity").toObject().value("name").toString(), QString("Replace the P-101 coolant pump seal"));
    const QJsonArray steps = d.value("activity").toObject().value("steps").toArray();
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.at(0).toObject().value("description").toString(), QString("Close valves V-12 and V-13, then lock out breaker B-4."));
    QCOMPARE(steps.at(4).toObject().value("name").toString(), QString("Refill and test"));
    QCOMPARE(d.value("participants").toArray().size(), 1);
    QCOMPARE(d.value("participants").toArray().at(0).toObject().value("status").toString(), QString("editing"));
    QCOMPARE(d.value("files").toArray().at(0).toObject().value("download_count").toInt(), 1);
    QCOMPARE(d.value("hash").toString(), QString("9f86d081884c7d659a2feaa0c55ad015"));
    QCOMPARE(d.value("applied").toInt(), 12);
    QCOMPARE(d.value("rejected").toInt(), 1);
    // The unreadable line is named, with its line number, and is not fatal.
    QVERIFY2(r.err.contains("sample-events.ndjson:9: rejected: not JSON"), r.err);
}
void TestReplayCommand::dumpToFileAndPrintEvents()
{
    const QString out = m_tmp.filePath("state.json");
    const Run r = run({"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--dump-state", out, "--print-events"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(),
        QJsonDocument::fromJson(
            R"({"seq":1,"id":201,"event":"user_joined","activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","applied":true})")
            .object());
    const QJsonObject bad = QJsonDocument::fromJson(lines.at(8)).object();
    QCOMPARE(bad.value("applied").toBool(true), false);
    QVERIFY(bad.value("error").toString().startsWith("not JSON"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value("applied").toInt(), 12);
}
void TestReplayCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no files") << QStringList {"replay"} << "expected SNAPSHOT and EVENTS";
    QTest::newRow("one file") << QStringList {"replay", data("sample-activity.json")} << "expected SNAPSHOT and EVENTS";
    QTest::newRow("missing snapshot") << QStringList {"replay", "/nonexistent/snap.json", data("sample-events.ndjson")}
                                      << "cannot read snapshot '/nonexistent/snap.json': No such file or directory";
    QTest::newRow("missing events") << QStringList {"replay", data("sample-activity.json"), "/nonexistent/ev.ndjson"}
                                    << "cannot read events '/nonexistent/ev.ndjson'";
    QTest::newRow("unknown option") << QStringList {"replay", "--frobnicate"} << "Unknown option 'frobnicate'";
    QTest::newRow("bad --activity") << QStringList {"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--activity",
        "nope"} << "is not a UUID";
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << "unknown command 'frobnicate'";
}
void TestReplayCommand::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err);
    QVERIFY(r.out.isEmpty());
}
void TestReplayCommand::snapshotMustBeAnObject_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("broken") << QByteArray("{\"id\":") << "not JSON";
    QTest::newRow("empty") << QByteArray("") << "not JSON";
}
void TestReplayCommand::snapshotMustBeAnObject()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const Run r = run({"replay", write("snap.json", content), data("sample-events.ndjson")});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err);
}
void TestReplayCommand::emptyAndCrlfLogs()
{
    const QString empty = write("empty.ndjson", "");
    Run r = run({"replay", data("sample-activity.json"), empty, "--dump-state", "-"});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("applied").toInt(-1), 0);
    const QString crlf = write("crlf.ndjson", "\r\n{\"id\":103,\"activity_id\":\"63b76319-68ef-4412-9dd4-bb2a13315ee2\"}\r\n\r\n");
    r = run({"replay", data("sample-activity.json"), crlf, "--dump-state", "-"});
    QCOMPARE(r.code, 0);
    const QJsonObject d = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(d.value("deleted").toBool(), true);
    QCOMPARE(d.value("rejected").toInt(), 0);
}
void TestReplayCommand::outputIsCleanUtf8()
{
    QByteArray log;
    log += R"({"id":102,"activity_id":")" + QByteArray(63, 'a') + "\\u00e9\\u001b[31m\\nfake\\u009b" + R"(","updated_fields":{}})" + "\n";
    log += R"({"id":102,"activity_id":"\u001b]0;title\u0007\nmiragedesk: fake\r\u007f","updated_fields":{}})"
           "\n";
    log += R"({"id":302,"title":"\u001b[2J","message":"x\ny"})"
           "\n";
    log += "{\"id\":102,\"activity_id\":\"\xff\xfe\xc3\"}\n";
    log += R"({"id":102,"activity_id":")" + QByteArray(62, 'b') + "\xf0\x9f\x98\x80" + R"(","updated_fields":{}})" + "\n";
    const Run r = run({"replay", data("sample-activity.json"), write("dirty.ndjson", log), "--print-events"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 5);
    QVERIFY(r.err.count('\n') >= 4); // one warning per rejected line at least
    for (const QByteArray &stream : {r.out, r.err}) {
        for (const QByteArray &line : stream.split('\n')) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8.decode(line);
            QVERIFY2(!utf8.hasError(), line.toHex().constData());
            for (const QChar c : text)
                QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() <= 0x9F), qPrintable(text));
        }
    }
    QVERIFY2(r.err.contains("\\x1b]0;title\\x07\\nmiragedesk: fake\\r\\x7f"), r.err);
    // The cut id ends before the character that would not fit.
    QVERIFY2(r.out.contains("(" + QByteArray(63, 'a') + ")"), r.out);
    QVERIFY2(r.out.contains("(" + QByteArray(62, 'b') + ")"), r.out);
}
void TestReplayCommand::recordedFramesReplayAsWatched()
{
    struct Frame
    {
        QByteArray text;
        bool binary = false;
    };
    const QByteArray aid = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
    const QList<Frame> frames = {
        {R"({"id":201,"activity_id":")" + aid + R"(","user":{"id":"u9","name":"Zoe"}})"},
        {R"({"id":102,"activity_id":")" + aid + "\",\n\"updated_fields\":{\"name\":\"two\r\nlines\"}}"}, // raw CR LF in a string: not JSON
        {"   "},
        {""},
        {QByteArray("\x01\x02"), true},
        {R"({"id":102,)"
         "\r\n"
         R"("activity_id":")"
            + aid + "\",\n\"updated_fields\":{\"name\":\"ok\"}}"}, // newlines between tokens: fine
        {"\t"},
        {R"({"id":103,"activity_id":")" + aid + R"("})"},
    };
    QByteArray record;
    QStringList expected;
    mirage::ActivityState watched;
    {
        mirage::MappedFile snap;
        std::string err;
        QVERIFY(snap.open(data("sample-activity.json").toStdString(), err));
        QVERIFY(watched.loadSnapshot(std::string_view(snap.data(), snap.size())).empty());
    }
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Frame &f = frames.at(i);
        const std::string_view text(f.text.constData(), size_t(f.text.size()));
        const mirage::ApplyResult res = f.binary ? watched.rejectBinaryFrame() : watched.apply(text);
        expected << QString::fromStdString(res.toWatchLine(uint64_t(i + 1), watched.activityId()));
        record += QByteArray::fromStdString(mirage::Replayer::recordLine(text, f.binary)) + '\n';
    }
    QCOMPARE(record.count('\n'), frames.size()); // no frame spans lines
    const Run r = run({"replay", data("sample-activity.json"), write("recorded.ndjson", record), "--print-events", "--dump-state", "-"});
    QCOMPARE(r.code, 0);
    QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    const QString dumped = lines.takeLast();
    QCOMPARE(lines, expected);
    QCOMPARE(dumped, QString::fromStdString(watched.dumpJson()));
}
void TestReplayCommand::bigActivityReplaysWhole()
{
    // Over cli/HugeHeap's threshold (4 MiB of input), where replay builds the tree in a heap of
    // its own making (tst_hugeheap reads the huge pages): every edit and the delete land, the
    // untouched text is whole.
    constexpr int kSteps = 6000;
    const QByteArray padding(700, 'x');
    QByteArray snapshot = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Big","steps":[)";
    for (int i = 0; i < kSteps; ++i) {
        snapshot += (i ? "," : "")
            + QStringLiteral(R"({"id":"00000000-0000-4000-8000-%1","name":"Step %2","description":"%3"})")
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(QString::fromLatin1(padding))
                    .toUtf8();
    }
    snapshot += "]}";
    QByteArray events;
    for (int i = 0; i < kSteps; i += 7) {
        events += QStringLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":)"
                                 R"({"steps":[{"id":"00000000-0000-4000-8000-%1","name":"Renamed %2"}]}})")
                                     .arg(i, 12, 10, QLatin1Char('0'))
                                     .arg(i)
                                     .toUtf8()
            + '\n';
    }
    events += R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":)"
              R"({"steps":[{"id":"00000000-0000-4000-8000-000000000001","$patch":"delete"}]}})"
              "\n";
    QVERIFY(snapshot.size() + events.size() > 4 << 20);
    const QString snapshotPath = m_tmp.filePath("big.json"), eventsPath = m_tmp.filePath("big.ndjson");
    for (const auto &[path, bytes] : {std::pair {snapshotPath, snapshot}, std::pair {eventsPath, events}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const Run r = run({"replay", snapshotPath, eventsPath, "--dump-state", "-"});
    QCOMPARE(r.code, 0);
    const QJsonObject d = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
    const QJsonArray steps = d.value("activity").toObject().value("steps").toArray();
    QCOMPARE(steps.size(), kSteps - 1);
    QCOMPARE(steps.at(0).toObject().value("name").toString(), QStringLiteral("Renamed 0"));
    QCOMPARE(steps.at(1).toObject().value("name").toString(), QStringLiteral("Step 2")); // step 1 went
    QCOMPARE(steps.at(6).toObject().value("name").toString(), QStringLiteral("Renamed 7"));
    QCOMPARE(steps.last().toObject().value("name").toString(), QStringLiteral("Renamed 5999"));
    QCOMPARE(steps.at(3).toObject().value("description").toString(), QString::fromLatin1(padding));
    QCOMPARE(d.value("applied").toInt(), kSteps / 7 + 2);
    QCOMPARE(d.value("rejected").toInt(), 0);
}
void TestReplayCommand::versionAndHelp()
{
    Run r = run({"--version"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("miragedesk " MIRAGEDESK_VERSION));
    r = run({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("miragedesk replay SNAPSHOT EVENTS.ndjson"));
    r = run({"replay", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--dump-state"));
}
QTEST_GUILESS_MAIN(TestReplayCommand)

#include "moc_tst_replaycommand.cpp"
