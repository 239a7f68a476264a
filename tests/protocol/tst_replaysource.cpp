// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// ReplaySource: recorded messages fed to a state without a socket, one by one or in batches,
// numbered as watch numbers them, through the same path as Replayer and a live channel.
#include "protocol/activitystate.h"
#include "protocol/mappedfile.h"
#include "protocol/replayer.h"
#include "protocol/replaysource.h"
#include "testutil.h"

#include <QTest>

using namespace mirage;
using namespace testutil;

class TestReplaySource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneByOne();
    void batches();
    void sameAsReplayer();
    void numberingPastTheLookAhead();
    void unreadableFile();
};

namespace {
const QByteArray kSnapshot = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"n","steps":[{"id":"s1"}]})";

std::string fixture()
{
    std::string t;
    t += msg(201, R"("user":{"id":"u1","name":"Ann"})") + "\n";
    t += "\n"; // no message
    t += msg(102, R"("updated_fields":{"name":"renamed"})") + "\r\n"; // CRLF
    t += "{oops\n"; // rejected
    t += std::string(Replayer::kBinaryFrameLine) + "\n"; // a binary frame
    t += msg(401, R"("file":{"id":"f1"})"); // no final newline
    return t;
}
} // namespace

void TestReplaySource::oneByOne()
{
    ActivityState s;
    s.setCollectDetails(true);
    QVERIFY(s.loadSnapshot(kSnapshot.toStdString()).empty());
    ReplaySource source(s);
    source.setText(fixture());
    QVERIFY(!source.atEnd());

    ReplaySource::Message m;
    QVERIFY(source.next(m));
    QCOMPARE(m.seq, uint64_t(1));
    QCOMPARE(m.line, uint64_t(1));
    QVERIFY(m.result.applied);
    QCOMPARE(m.result.subjectId, std::string("u1"));
    QCOMPARE(s.participants().asArray().size(), size_t(1)); // applied at once, not at the end

    QVERIFY(source.next(m));
    QCOMPARE(m.seq, uint64_t(2));
    QCOMPARE(m.line, uint64_t(3)); // the empty line 2 is no message
    QVERIFY(m.result.applied);
    QVERIFY(m.text.back() == '}'); // the CR is not part of the message
    QCOMPARE(m.result.fields, std::vector<std::string> {"name"});
    QCOMPARE(s.activity().find("name")->stringView(), std::string_view("renamed"));

    QVERIFY(source.next(m));
    QCOMPARE(m.line, uint64_t(4));
    QVERIFY(!m.result.applied);
    QCOMPARE(m.result.reason(), RejectReason::NotJson);
    QCOMPARE(m.text, std::string_view("{oops"));

    QVERIFY(source.next(m));
    QVERIFY(m.binary);
    QCOMPARE(m.result.reason(), RejectReason::BinaryFrame);

    QVERIFY(source.next(m));
    QCOMPARE(m.seq, uint64_t(5));
    QCOMPARE(m.line, uint64_t(6));
    QVERIFY(m.result.applied);
    QVERIFY(source.atEnd());
    QVERIFY(!source.next(m));
    QCOMPARE(m.seq, uint64_t(5)); // untouched at the end
    QCOMPARE(source.seq(), uint64_t(5));
    QCOMPARE(s.appliedCount(), uint64_t(3));
    QCOMPARE(s.rejectedCount(), uint64_t(2));
}

void TestReplaySource::batches()
{
    ActivityState s;
    ReplaySource source(s);
    source.setText(fixture() + "\n\n");
    const auto first = source.nextBatch(2);
    QCOMPARE(first.size(), size_t(2));
    QCOMPARE(first[1].seq, uint64_t(2));
    QCOMPARE(first[0].text, std::string_view(msg(201, R"("user":{"id":"u1","name":"Ann"})")));
    const auto rest = source.nextBatch();
    QCOMPARE(rest.size(), size_t(3));
    QCOMPARE(rest.back().seq, uint64_t(5));
    QVERIFY(source.atEnd()); // trailing empty lines are no messages
    QVERIFY(source.nextBatch().empty());
}

// A file through ReplaySource ends in the same state as through Replayer over a mapped file.
void TestReplaySource::sameAsReplayer()
{
    const std::string path = MIRAGEDESK_TEST_DATA "/sample-events.ndjson";
    const std::string snapshot = MIRAGEDESK_TEST_DATA "/sample-activity.json";
    std::string error;
    MappedFile snap;
    QVERIFY(snap.open(snapshot, error));

    ActivityState viaSource;
    QVERIFY(viaSource.loadSnapshot(std::string_view(snap.data(), snap.size())).empty());
    ReplaySource source(viaSource);
    QVERIFY2(source.openFile(path, error), error.c_str());
    std::vector<std::string> sourceLines;
    ReplaySource::Message m;
    while (source.next(m))
        sourceLines.push_back(m.result.toWatchLine(m.seq, viaSource.activityId()));

    ActivityState viaReplayer;
    QVERIFY(viaReplayer.loadSnapshot(std::string_view(snap.data(), snap.size())).empty());
    MappedFile events;
    QVERIFY(events.open(path, error));
    Replayer replayer(viaReplayer);
    std::vector<std::string> replayLines;
    replayer.setObserver(
        [&](uint64_t seq, uint64_t, const ApplyResult &r) { replayLines.push_back(r.toWatchLine(seq, viaReplayer.activityId())); });
    QCOMPARE(replayer.run(events.data(), events.size()), source.seq());
    QVERIFY(source.seq() > 5);
    QCOMPARE(sourceLines, replayLines);
    QCOMPARE(viaSource.dumpJson(), viaReplayer.dumpJson());
}

// The source reads lines a few messages ahead of the one it applies (the prefetch's look ahead,
// protocol/stepprefetch.h) and keeps them in a ring: over many times its length, with empty lines,
// CRLF ends, binary frames and no final newline, every message keeps its number, its line and its
// text, counted here independently line by line.
void TestReplaySource::numberingPastTheLookAhead()
{
    std::string text;
    struct Expected
    {
        uint64_t line;
        std::string text;
        bool binary;
    };
    std::vector<Expected> expected;
    uint64_t line = 0;
    for (int i = 0; i < 40; ++i) {
        std::string m;
        std::string end = "\n";
        switch (i % 5) {
        case 0:
            m = msg(102, QByteArray::fromStdString(R"("updated_fields":{"name":"n)" + std::to_string(i) + "\"}"));
            break;
        case 1:
            text += "\n"; // an empty line: no message, but a line
            ++line;
            m = msg(201, QByteArray::fromStdString(R"("user":{"id":"u)" + std::to_string(i) + "\"}"));
            break;
        case 2:
            m = std::string(Replayer::kBinaryFrameLine);
            end = "\r\n";
            break;
        case 3:
            m = "{not json " + std::to_string(i);
            end = "\r\n";
            break;
        default:
            m = msg(401, QByteArray::fromStdString(R"("file":{"id":"f)" + std::to_string(i) + "\"}"));
            break;
        }
        ++line;
        expected.push_back({line, m, m == Replayer::kBinaryFrameLine});
        text += m + (i == 39 ? std::string() : end); // no newline after the last
    }
    ActivityState s;
    QVERIFY(s.loadSnapshot(kSnapshot.toStdString()).empty());
    ReplaySource source(s);
    source.setText(text);
    ReplaySource::Message m;
    for (size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2(source.next(m), qPrintable(QStringLiteral("message %1").arg(i + 1)));
        QCOMPARE(m.seq, uint64_t(i + 1));
        QCOMPARE(m.line, expected[i].line);
        QCOMPARE(std::string(m.text), expected[i].text);
        QCOMPARE(m.binary, expected[i].binary);
    }
    QVERIFY(source.atEnd());
    QVERIFY(!source.next(m));
    QCOMPARE(s.appliedCount(), uint64_t(24));
    QCOMPARE(s.rejectedCount(), uint64_t(16));
}

void TestReplaySource::unreadableFile()
{
    ActivityState s;
    ReplaySource source(s);
    std::string error;
    QVERIFY(!source.openFile("/nonexistent/events.ndjson", error));
    QVERIFY(!error.empty());
    QVERIFY(source.atEnd());
    ReplaySource::Message m;
    QVERIFY(!source.next(m));
    QCOMPARE(s.appliedCount() + s.rejectedCount(), uint64_t(0));
}

QTEST_GUILESS_MAIN(TestReplaySource)
#include "tst_replaysource.moc"
