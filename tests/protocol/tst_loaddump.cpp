// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// ActivityState::loadDump, the inverse of dumpJson (SPEC §6): a restored state dumps the same
// bytes and takes later events exactly as the original; a bad dump is refused and changes nothing.
#include "protocol/activitystate.h"
#include "protocol/replayer.h"
#include "protocol/replaysource.h"
#include "testutil.h"

#include <QFile>
#include <QTest>

#include "tst_loaddump.h"

using namespace mirage;
using namespace testutil;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", name);
    return f.readAll();
}

// A state built as a session builds it: a snapshot (when given), then the recorded events.
void build(ActivityState &s, const QByteArray &snapshot, const QByteArray &events)
{
    if (!snapshot.isEmpty())
        QVERIFY2(s.loadSnapshot(snapshot.toStdString()).empty(), "fixture snapshot refused");
    Replayer(s).run(events.constData(), size_t(events.size()));
}

QByteArray nested(int levels) // an object `levels` deep: {"n":{"n":…{}…}}
{
    QByteArray t;
    for (int i = 1; i < levels; ++i)
        t += "{\"n\":";
    t += "{}";
    t += QByteArray(levels - 1, '}');
    return t;
}

QByteArray lines(std::initializer_list<std::string> msgs)
{
    QByteArray t;
    for (const std::string &m : msgs)
        t += QByteArray::fromStdString(m) + '\n';
    return t;
}

// A valid dump of kActivity with one member's JSON text replaced (or left out when `value` is null).
std::string dumpWith(const char *key, const char *value)
{
    const std::pair<const char *, const char *> members[] = {{"activity_id", "\"63b76319-68ef-4412-9dd4-bb2a13315ee2\""},
        {"activity", R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"x"})"}, {"deleted", "false"},
        {"participants", R"([{"id":"u1","name":"Ann"}])"}, {"files", R"([{"id":"f1","download_count":2}])"}, {"hash", "\"abc\""},
        {"applied", "3"}, {"rejected", "1"}};
    std::string t = "{";
    for (const auto &[k, v] : members) {
        const char *text = qstrcmp(k, key) == 0 ? value : v;
        if (!text)
            continue;
        if (t.size() > 1)
            t += ',';
        t += std::string("\"") + k + "\":" + text;
    }
    return t + "}";
}

} // namespace

void TestLoadDump::roundTrip_data()
{
    QTest::addColumn<QByteArray>("snapshot");
    QTest::addColumn<QByteArray>("events");

    QTest::newRow("fresh state") << QByteArray() << QByteArray();
    QTest::newRow("sample fixtures") << readData("sample-activity.json") << readData("sample-events.ndjson");
    QTest::newRow("pump fixtures") << readData("fixtures/pump-snapshot.json") << readData("fixtures/pump-session.ndjson");
    QTest::newRow("events only") << QByteArray() << readData("sample-events.ndjson");
    // Numbers beyond int64 and double, a lone surrogate, a deleted activity, a hash.
    QTest::newRow("big numbers, deleted, hash")
        << R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","big":123456789012345678901234567890,"huge":1e400,"d":0.1,"neg":-5,"s":"\ud800x","z":"\u0000a","steps":[{"id":"s1"}]})"_j
        << lines({msg(201, R"("user":{"id":"u1","score":99999999999999999999999})"),
               msg(401, R"("file":{"id":"f1","download_count":18446744073709551616})"), msg(403, R"("file":{"id":"f1"})"),
               msg(113, R"("hash":"h\u00e9\ud800")"), msg(104), "not json"});
    QTest::newRow("deepest snapshot") << nested(int(ActivityState::kMaxDepth)) << QByteArray();
    QTest::newRow("deepest user") << QByteArray()
                                  << lines({msg(201, "\"user\":{\"id\":\"u1\",\"n\":" + nested(int(ActivityState::kMaxDepth) - 2) + "}")});
}

void TestLoadDump::roundTrip()
{
    QFETCH(QByteArray, snapshot);
    QFETCH(QByteArray, events);
    ActivityState original;
    build(original, snapshot, events);
    const std::string dumped = original.dumpJson();

    ActivityState restored;
    QCOMPARE(restored.loadDump(dumped), std::string());
    QCOMPARE(restored.dumpJson(), dumped);
    QCOMPARE(restored.activityId(), original.activityId());

    // Loading again over a restored state gives the same bytes too.
    QCOMPARE(restored.loadDump(dumped), std::string());
    QCOMPARE(restored.dumpJson(), dumped);
}

void TestLoadDump::restoredBehavesAsOriginal()
{
    ActivityState original;
    build(original, readData("sample-activity.json"), readData("sample-events.ndjson"));
    // A participant whose id is a UUID, later addressed in another case.
    QVERIFY(original.apply(msg(201, R"("user":{"id":"0a1b2c3d-0000-4000-8000-00000000000a","name":"Uma"})")).applied);
    ActivityState restored;
    QCOMPARE(restored.loadDump(original.dumpJson()), std::string());

    const std::string later[] = {
        msg(203, R"("user":{"id":"u-omar","status":"away"})"),
        msg(203, R"("user":{"id":"0A1B2C3D-0000-4000-8000-00000000000A","status":"away"})"),
        msg(403, R"("file":{"id":"f-seal-3d"})"),
        msg(401, R"("file":{"id":"f-seal-3d","name":"seal-v2.glb"})"),
        msg(102, R"("updated_fields":{"steps":[{"id":"d00f6246-08b5-4cc2-8db0-0c2344589691","name":"Isolate"}]})"),
        msg(202, R"("user":{"id":"u-omar"})"),
    };
    for (const std::string &m : later) {
        const ApplyResult a = original.apply(m);
        const ApplyResult b = restored.apply(m);
        QVERIFY2(a.applied, m.c_str());
        QCOMPARE(b.applied, a.applied);
        QCOMPARE(b.changes, a.changes);
        QCOMPARE(restored.dumpJson(), original.dumpJson());
    }
    QCOMPARE(restored.participants().asArray().size(), size_t(1)); // merged by id, not appended
    QCOMPARE(restored.files().asArray().size(), size_t(1));
}

void TestLoadDump::refused_data()
{
    QTest::addColumn<QByteArray>("dump");
    QTest::addColumn<QString>("reason");

    auto row = [](const char *name, const std::string &dump, const char *reason) {
        QTest::newRow(name) << QByteArray::fromStdString(dump) << QString::fromLatin1(reason);
    };
    row("wrong activity_id", dumpWith("activity_id", "\"11111111-2222-4333-8444-555555555555\""), "another activity");
    row("activity_id a number", dumpWith("activity_id", "7"), "activity_id is not a string");
    row("activity_id null", dumpWith("activity_id", "null"), "no activity_id");
    row("activity_id missing", dumpWith("activity_id", nullptr), "no activity_id");
    row("activity an array", dumpWith("activity", "[]"), "activity is neither");
    row("deleted a string", dumpWith("deleted", "\"no\""), "deleted is not a boolean");
    row("participants not an array", dumpWith("participants", R"({"id":"u1"})"), "participants is not an array");
    row("participant not an object", dumpWith("participants", R"([{"id":"u1"},"u2"])"), "participants holds a non-object");
    row("file without id", dumpWith("files", R"([{"id":"f1"},{"name":"x"}])"), "files holds an object without a string id");
    row("file with a number id", dumpWith("files", R"([{"id":5}])"), "files holds an object without a string id");
    row("duplicate participant", dumpWith("participants", R"([{"id":"u1"},{"id":"u1","x":1}])"), "duplicate id");
    row("duplicate uuid file",
        dumpWith("files", R"([{"id":"0a1b2c3d-0000-4000-8000-00000000000a"},{"id":"0A1B2C3D-0000-4000-8000-00000000000A"}])"),
        "duplicate id");
    row("hash a number", dumpWith("hash", "5"), "hash is neither");
    row("hash a big number", dumpWith("hash", "1e400"), "hash is neither");
    row("applied negative", dumpWith("applied", "-1"), "applied is not a non-negative integer");
    row("applied a fraction", dumpWith("applied", "1.5"), "applied is not a non-negative integer");
    row("applied beyond 64 bits", dumpWith("applied", "18446744073709551616"), "applied is not a non-negative integer");
    row("rejected a string", dumpWith("rejected", "\"1\""), "rejected is not a non-negative integer");
    row("rejected missing", dumpWith("rejected", nullptr), "no rejected");
    row("unknown member", dumpWith("hash", "null,\"extra\":1"), "unknown member");
    row("not JSON", "{\"activity_id\":", "dump is not JSON");
    row("not an object", "[]", "dump is an array, not a JSON object");
    row("empty", "", "dump is not JSON");
    const std::string deep = nested(int(ActivityState::kMaxDepth) + 1).toStdString(); // one level beyond a snapshot's
    row("nested beyond the limit", dumpWith("activity", deep.c_str()), "nesting deeper than 65 levels");
}

void TestLoadDump::refused()
{
    QFETCH(QByteArray, dump);
    QFETCH(QString, reason);
    ActivityState s;
    build(s, readData("sample-activity.json"), readData("sample-events.ndjson"));
    const std::string before = s.dumpJson();

    const std::string err = s.loadDump(dump.toStdString());
    QVERIFY2(QString::fromStdString(err).contains(reason), err.c_str());
    QCOMPARE(s.dumpJson(), before);
    // Still follows its activity and takes events as before.
    QVERIFY(s.apply(msg(203, R"("user":{"id":"u-omar","status":"away"})")).applied);
}

void TestLoadDump::refusedLeavesFreshStateUnbound()
{
    ActivityState s;
    const std::string err = s.loadDump(dumpWith("applied", "-1"));
    QVERIFY(!err.empty());
    QVERIFY(s.activityId().empty()); // the id of a refused dump is not adopted
    QCOMPARE(s.dumpJson(), ActivityState().dumpJson());
}

void TestLoadDump::adoptsOrMatchesActivityId()
{
    const std::string upper = dumpWith("activity_id", "\"63B76319-68EF-4412-9DD4-BB2A13315EE2\"");
    ActivityState fresh;
    QCOMPARE(fresh.loadDump(upper), std::string());
    QCOMPARE(fresh.activityId(), std::string(kActivity)); // adopted, in canonical form

    ActivityState bound;
    bound.setActivityId(kActivity);
    QCOMPARE(bound.loadDump(upper), std::string()); // the same UUID in another case
    QCOMPARE(bound.dumpJson(), fresh.dumpJson());
    QCOMPARE(bound.appliedCount(), uint64_t(3));
    QCOMPARE(bound.rejectedCount(), uint64_t(1));
    QCOMPARE(bound.hash(), std::string("abc"));
}

QTEST_GUILESS_MAIN(TestLoadDump)

#include "moc_tst_loaddump.cpp"
