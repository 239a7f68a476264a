// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// SPEC §2 and §6: every event's effect, every rejection reason, and the state dump.
#include "tst_activitystate.h"
#include "protocol/activitystate.h"
#include "protocol/activityview.h"
#include "protocol/contentview.h"
#include "protocol/fileview.h"
#include "protocol/personview.h"
#include "protocol/stepview.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTest>
#include <set>

using namespace mirage;
using namespace testutil;

namespace {
const QByteArray kSnapshot =
    R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"theme":"light","voice":"a"}})";
const char *kOther = "11111111-2222-3333-4444-555555555555";

// A state with the snapshot, one participant and one file.
void prime(ActivityState &s)
{
    QVERIFY(s.loadSnapshot(kSnapshot.toStdString()).empty());
    QVERIFY(s.apply(msg(201, R"("user":{"id":"u1","name":"Ann","status":"online"})")).applied);
    QVERIFY(s.apply(msg(401, R"("file":{"id":"f1","name":"a.png","size":10,"download_count":2})")).applied);
}
} // namespace

namespace {
} // namespace

void TestActivityState::events_data()
{
    // Each row: one message applied to the primed state; then a JSON object whose keys are
    // compared with the same keys of the dump (SPEC §6).
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expect");
    const auto m = [](int id, const QByteArray &body) { return QByteArray::fromStdString(msg(id, body)); };

    QTest::newRow("101 replaces, clears deleted")
        << m(101, R"("data":{"id":"x","name":"New"})") << R"({"activity":{"id":"x","name":"New"},"deleted":false})"_j;
    QTest::newRow("101 via activity key") << m(101, R"("activity":{"name":"A2"})") << R"({"activity":{"name":"A2"}})"_j;
    QTest::newRow("101 via updated_fields") << m(101, R"("updated_fields":{"name":"A3"})") << R"({"activity":{"name":"A3"}})"_j;
    QTest::newRow("101 data wins over activity")
        << m(101, R"("activity":{"name":"no"},"data":{"name":"yes"})") << R"({"activity":{"name":"yes"}})"_j;
    QTest::newRow("102 updated_fields")
        << m(102, R"("updated_fields":{"name":"Renamed"})")
        << R"({"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Renamed","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"theme":"light","voice":"a"}}})"_j;
    QTest::newRow("102 data spelling")
        << m(102, R"("data":{"steps":[{"id":"s2","name":"2"}]})")
        << R"({"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"2"}],"config":{"theme":"light","voice":"a"}}})"_j;
    QTest::newRow("102 updated_fields wins over data")
        << m(102, R"("data":{"name":"no"},"updated_fields":{"name":"yes"})")
        << R"({"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"yes","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"theme":"light","voice":"a"}}})"_j;
    QTest::newRow("103 deletes, keeps state")
        << m(103, R"("action":"deleted")")
        << R"({"deleted":true,"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"theme":"light","voice":"a"}}})"_j;
    QTest::newRow("104 replaces") << m(104, R"("data":{"name":"R"})") << R"({"activity":{"name":"R"},"deleted":false})"_j;
    QTest::newRow("105 needs no activity_id, no change") << R"({"id":105,"data":[{"id":"a"}]})"_j
                                                         << R"({"applied":3,"rejected":0})"_j;
    QTest::newRow("111 merges config")
        << m(111, R"("updated_fields":{"theme":"dark","voice":null})")
        << R"({"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"theme":"dark"}}})"_j;
    QTest::newRow("112 replaces config")
        << m(112, R"("config":{"speed":2})")
        << R"({"activity":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}],"config":{"speed":2}}})"_j;
    QTest::newRow("113 hash") << m(113, R"("hash":"abc123")") << R"({"hash":"abc123"})"_j;
    QTest::newRow("113 data.hash") << m(113, R"("data":{"hash":"def"})") << R"({"hash":"def"})"_j;
    QTest::newRow("114 no change") << R"({"id":114,"data":{"x":"h"}})"_j
                                   << R"({"hash":null,"applied":3})"_j;
    QTest::newRow("201 joins")
        << m(201, R"("user":{"id":"u2","name":"Bob","status":"editing"})")
        << R"({"participants":[{"id":"u1","name":"Ann","status":"online"},{"id":"u2","name":"Bob","status":"editing"}]})"_j;
    QTest::newRow("201 again merges") << m(201, R"("data":{"id":"u1","status":"away","avatar":"x.png"})")
                                      << R"({"participants":[{"id":"u1","name":"Ann","status":"away","avatar":"x.png"}]})"_j;
    QTest::newRow("202 leaves") << m(202, R"("user":{"id":"u1"})") << R"({"participants":[]})"_j;
    QTest::newRow("202 unknown is fine") << m(202, R"("user":{"id":"nobody"})")
                                         << R"({"participants":[{"id":"u1","name":"Ann","status":"online"}],"applied":3})"_j;
    QTest::newRow("203 status") << m(203, R"("updated_fields":{"id":"u1","status":"idle"})")
                                << R"({"participants":[{"id":"u1","name":"Ann","status":"idle"}]})"_j;
    QTest::newRow("203 adds if missing")
        << m(203, R"("user":{"id":"u0","status":"idle"})")
        << R"({"participants":[{"id":"u0","status":"idle"},{"id":"u1","name":"Ann","status":"online"}]})"_j;
    QTest::newRow("301 notification only") << R"({"id":301,"level":"warning","title":"Maintenance","message":"at 5"})"_j
                                           << R"({"applied":3})"_j;
    QTest::newRow("301 fields in data") << R"({"id":301,"data":{"level":"critical","message":"down"}})"_j
                                        << R"({"applied":3})"_j;
    QTest::newRow("302 notification") << m(302, R"("title":"Hi","message":"there")") << R"({"applied":3})"_j;
    QTest::newRow("401 uploads")
        << m(401, R"("data":{"id":"f2","name":"b.glb","size":5,"mime_type":"model/gltf-binary","url":"https://x/b","uploaded_by":"u1"})")
        << R"({"files":[{"id":"f1","name":"a.png","size":10,"download_count":2},{"id":"f2","name":"b.glb","size":5,"mime_type":"model/gltf-binary","url":"https://x/b","uploaded_by":"u1"}]})"_j;
    QTest::newRow("402 deletes") << m(402, R"("file":{"id":"f1"})") << R"({"files":[]})"_j;
    QTest::newRow("403 counts a download") << m(403, R"("file":{"id":"f1"})")
                                           << R"({"files":[{"id":"f1","name":"a.png","size":10,"download_count":3}]})"_j;
    QTest::newRow("403 unknown file no change")
        << m(403, R"("file":{"id":"f9"})") << R"({"files":[{"id":"f1","name":"a.png","size":10,"download_count":2}],"applied":3})"_j;
    QTest::newRow("unknown id in range accepted") << m(150, R"("x":1)") << R"({"applied":3,"rejected":0})"_j;
    QTest::newRow("future id accepted") << m(777, "") << R"({"applied":3,"rejected":0})"_j;
    QTest::newRow("3xx without activity_id") << R"({"id":399})"_j
                                             << R"({"applied":3})"_j;
    QTest::newRow("activity_id any case and braces")
        << QByteArray(R"({"id":102,"activity_id":"{63B76319-68EF-4412-9DD4-BB2A13315EE2}","updated_fields":{"name":"X"}})")
        << R"({"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","applied":3})"_j;
}
void TestActivityState::events()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expect);
    ActivityState s;
    prime(s);
    const ApplyResult r = s.apply(message.toStdString());
    QVERIFY2(r.applied, r.errorText().c_str());
    const QJsonObject d = dump(s);
    const QJsonObject e = json(expect).object();
    for (auto it = e.begin(); it != e.end(); ++it)
        QVERIFY2(d.value(it.key()) == it.value(),
            qPrintable(it.key()
                + QStringLiteral(" is ")
                    + QString::fromUtf8(QJsonDocument(QJsonObject {{it.key(), d.value(it.key())}}).toJson(QJsonDocument::Compact))));
}

void TestActivityState::rejections_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason"); // a part of the reason shown to people
    const auto m = [](int id, const QByteArray &body) { return QByteArray::fromStdString(msg(id, body)); };
    QTest::newRow("not JSON") << "{\"id\":102,"_j
                              << "not JSON";
    QTest::newRow("garbage") << "hello"_j
                             << "not JSON";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"id\":302,\"title\":\"\xff\xfe\"}") << "not JSON";
    QTest::newRow("array") << "[1,2]"_j
                           << "not a JSON object";
    QTest::newRow("string") << "\"102\""_j
                            << "not a JSON object";
    QTest::newRow("empty object") << "{}"_j
                                  << "\"id\" missing";
    QTest::newRow("id string") << R"({"id":"102","activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2"})"_j
                               << "not an integer";
    QTest::newRow("id float") << R"({"id":102.5,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2"})"_j
                              << "not an integer";
    QTest::newRow("id bool") << R"({"id":true})"_j
                             << "not an integer";
    QTest::newRow("id null") << R"({"id":null})"_j
                             << "not an integer";
    QTest::newRow("id below 100") << m(99, "") << "below 100";
    QTest::newRow("id negative") << m(-102, "") << "below 100";
    QTest::newRow("other activity") << QByteArray(R"({"id":102,"activity_id":")") + kOther + R"(","updated_fields":{"name":"x"}})"
                                    << "another activity";
    QTest::newRow("other activity on 3xx") << QByteArray(R"({"id":301,"activity_id":")") + kOther + R"(","message":"x"})"
                                           << "another activity";
    QTest::newRow("activity_id not a string") << R"({"id":102,"activity_id":5,"updated_fields":{}})"_j
                                              << "not a string";
    QTest::newRow("activity_id missing") << R"({"id":102,"updated_fields":{"name":"x"}})"_j
                                         << "\"activity_id\" missing";
    QTest::newRow("activity_id missing on 201") << R"({"id":201,"user":{"id":"u"}})"_j
                                                << "\"activity_id\" missing";
    QTest::newRow("activity_id missing on unknown") << R"({"id":150})"_j
                                                    << "\"activity_id\" missing";
    QTest::newRow("102 no payload") << m(102, R"("action":"updated")") << "payload missing";
    QTest::newRow("102 updated_fields string") << m(102, R"("updated_fields":"name")") << "not an object";
    QTest::newRow("102 first found wins even if wrong") << m(102, R"("updated_fields":[1],"data":{"name":"x"})") << "not an object";
    QTest::newRow("102 null payload") << m(102, R"("updated_fields":null)") << "not an object";
    QTest::newRow("101 payload array") << m(101, R"("data":[])") << "not an object";
    QTest::newRow("105 data not array") << R"({"id":105,"data":{}})"_j
                                        << "not an array";
    QTest::newRow("105 no data") << R"({"id":105})"_j
                                 << "payload missing";
    QTest::newRow("111 payload number") << m(111, R"("updated_fields":3)") << "not an object";
    QTest::newRow("112 no payload") << m(112, "") << "payload missing";
    QTest::newRow("113 no hash") << m(113, R"("data":{})") << "payload missing";
    QTest::newRow("113 hash number") << m(113, R"("hash":5)") << "not a string";
    QTest::newRow("114 no data") << R"({"id":114})"_j
                                 << "payload missing";
    QTest::newRow("201 no user") << m(201, "") << "payload missing";
    QTest::newRow("201 user without id") << m(201, R"("user":{"name":"x"})") << "has no \"id\"";
    QTest::newRow("201 user id number") << m(201, R"("user":{"id":7})") << "not a string";
    QTest::newRow("203 user string") << m(203, R"("user":"u1")") << "not an object";
    QTest::newRow("202 user id null") << m(202, R"("user":{"id":null})") << "not a string";
    QTest::newRow("301 nothing to say") << R"({"id":301,"level":"info"})"_j
                                        << "payload missing";
    QTest::newRow("302 title not text") << R"({"id":302,"title":{"a":1}})"_j
                                        << "not a string";
    QTest::newRow("401 file without id") << m(401, R"("file":{"name":"x"})") << "has no \"id\"";
    QTest::newRow("402 file array") << m(402, R"("file":[])") << "not an object";
    QTest::newRow("403 no file") << m(403, "") << "payload missing";
    QByteArray deep = "{\"id\":102,\"activity_id\":\"63b76319-68ef-4412-9dd4-bb2a13315ee2\",\"updated_fields\":{\"name\":\"half\",\"a\":";
    for (int i = 0; i < 63; ++i)
        deep += "[";
    for (int i = 0; i < 63; ++i)
        deep += "]";
    deep += "}}";
    QTest::newRow("nesting 65 deep, nothing applied") << deep << "deeper than 64";
    // Larger than the parser's first capacity: it grows for this message and keeps the limit.
    QByteArray bigDeep = deep;
    bigDeep.insert(bigDeep.indexOf("half") + 4, QByteArray(100 * 1024, 'x'));
    QTest::newRow("nesting 65 deep in 100 KB, nothing applied") << bigDeep << "deeper than 64";
}
void TestActivityState::rejections()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    ActivityState s;
    prime(s);
    QVERIFY(s.apply(msg(113, R"("hash":"h0")")).applied);
    const std::string before = s.dumpJson();
    const ApplyResult r = s.apply(message.toStdString());
    QVERIFY(!r.applied);
    QVERIFY2(QString::fromStdString(r.errorText()).contains(reason), r.errorText().c_str());
    QCOMPARE(s.rejectedCount(), uint64_t(1));
    // Byte for byte the same state, but for the rejected count.
    std::string expected = before;
    expected.replace(expected.rfind("\"rejected\":0"), 12, "\"rejected\":1");
    QCOMPARE(QString::fromStdString(s.dumpJson()), QString::fromStdString(expected));
}

void TestActivityState::nestingLimitBoundary()
{
    // The message object is level 1: 64 levels are accepted, 65 are not.
    for (const int levels : {64, 65}) {
        QByteArray m = R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":{"a":)";
        const int arrays = levels - 2;
        m += QByteArray(arrays, '[') + QByteArray(arrays, ']') + "}}";
        ActivityState s;
        const ApplyResult r = s.apply(m.toStdString());
        QCOMPARE(r.applied, levels == 64);
    }
}

void TestActivityState::sizeLimit()
{
    ActivityState s;
    s.setMaxMessageBytes(100);
    const ApplyResult r = s.apply(msg(102, "\"updated_fields\":{\"d\":\"" + QByteArray(100, 'x') + "\"}"));
    QVERIFY(!r.applied);
    QVERIFY2(QString::fromStdString(r.errorText()).contains("larger than the limit"), r.errorText().c_str());
    QVERIFY(s.activity().isNull());
}

void TestActivityState::adoptsFirstActivityId()
{
    ActivityState s; // no snapshot, no id: the first accepted message names the activity
    QVERIFY(s.apply(R"({"id":102,"activity_id":"63B76319-68EF-4412-9DD4-BB2A13315EE2","updated_fields":{"name":"x"}})").applied);
    QCOMPARE(s.activityId(), std::string(kActivity));
    // Appended, not std::string + literal: GCC 12 warns falsely about the latter at -O1 (PR 105651).
    std::string other = R"({"id":102,"activity_id":")";
    other.append(kOther).append(R"(","updated_fields":{}})");
    QVERIFY(!s.apply(other).applied);
    QCOMPARE(dump(s).value("activity").toObject().value("name").toString(), QString("x"));
}

void TestActivityState::dumpShape()
{
    ActivityState s;
    prime(s);
    QVERIFY(s.apply(msg(201, R"("user":{"id":"a0","name":"Zed"})")).applied);
    QVERIFY(s.apply("nope").errorText().size() > 0);
    const QJsonObject d = dump(s);
    QCOMPARE(d.keys(), QStringList({"activity", "activity_id", "applied", "deleted", "files", "hash", "participants", "rejected"}));
    QCOMPARE(d.value("activity_id").toString(), QString(kActivity));
    QCOMPARE(d.value("participants").toArray().at(0).toObject().value("id").toString(), QString("a0")); // sorted by id
    QCOMPARE(d.value("applied").toInt(), 3);
    QCOMPARE(d.value("rejected").toInt(), 1);
    QVERIFY(d.value("hash").isNull());
    // Key order of §6 in the text itself.
    const std::string text = s.dumpJson();
    QVERIFY(text.find("{\"activity_id\":") == 0);
    QVERIFY(text.find("\"activity\":") < text.find("\"deleted\":"));
    QVERIFY(text.find("\"hash\":") < text.find("\"applied\":"));
}

void TestActivityState::snapshotKeepsPeopleAndFiles()
{
    ActivityState s;
    prime(s);
    QVERIFY(s.loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"fresh"})").empty());
    const QJsonObject d = dump(s);
    QCOMPARE(d.value("activity").toObject().value("name").toString(), QString("fresh"));
    QCOMPARE(d.value("participants").toArray().size(), 1);
    QCOMPARE(d.value("files").toArray().size(), 1);
    QVERIFY(!s.loadSnapshot("[1]").empty());
    QVERIFY(!s.loadSnapshot("{oops").empty());
    QCOMPARE(dump(s).value("activity").toObject().value("name").toString(), QString("fresh"));
}

void TestActivityState::legacyArlemActions()
{
    ActivityState s;
    s.setCollectDetails(true);
    QVERIFY(s.loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","actions":[{"id":"a1","instruction":{"title":"T"}}]})").empty());
    QCOMPARE(s.stepsKey(), std::string_view("actions"));
    const ApplyResult r = s.apply(msg(102, R"("updated_fields":{"actions":[{"id":"a1","instruction":{"description":"D"}}]})"));
    QVERIFY(r.applied);
    QCOMPARE(r.steps.changed, std::vector<std::string> {"a1"});
    QCOMPARE(dump(s).value("activity").toObject().value("actions").toArray().at(0).toObject().value("instruction").toObject(),
        json(R"({"title":"T","description":"D"})"_j).object());
}

QTEST_GUILESS_MAIN(TestActivityState)

namespace {
// Every member of a result, as text.
QString describe(const ApplyResult &r)
{
    const auto list = [](const std::vector<std::string> &v) {
        QStringList l;
        for (const std::string &s : v)
            l << QString::fromStdString(s);
        return l.join(QLatin1Char('|'));
    };
    const Rejection &j = r.rejection;
    return QStringLiteral("applied=%1 hasId=%2 id=%3 changes=%4 reason=%5 actual=%6 expected=%7 size=%8 limit=%9")
                              .arg(r.applied)
                              .arg(r.hasId)
                              .arg(r.id)
                              .arg(r.changes)
                              .arg(int(j.reason))
                              .arg(int(j.actual))
                              .arg(int(j.expected))
                              .arg(j.size)
                              .arg(j.limit)
        + QStringLiteral(" key=%1 value=%2 detail=%3 keys=%4").arg(
                             QString::fromStdString(j.key), QString::fromStdString(j.value), QString::fromStdString(j.detail), list(j.keys))
            + QStringLiteral(" steps=%1/%2/%3/%4/%5 fields=%6")
                                 .arg(r.steps.replaced)
                                 .arg(r.steps.reordered)
                                 .arg(list(r.steps.changed), list(r.steps.inserted), list(r.steps.removed), list(r.fields))
                + QStringLiteral(" subject=%1 removed=%2 level=%3 title=%4 message=%5 user=%6")
                        .arg(QString::fromStdString(r.subjectId))
                        .arg(r.subjectRemoved)
                        .arg(QString::fromStdString(r.level), QString::fromStdString(r.title), QString::fromStdString(r.message),
                            r.subject ? QString::fromStdString(r.subject->toJson()) : QStringLiteral("none"));
}
} // namespace

// A source applies message after message into one ApplyResult (issue #14). Whatever a message
// left in it, the next one must read exactly as a result of its own: every member is compared
// with a fresh result's, over messages that fill every member and rejections of every shape.
void TestActivityState::reusedResultReadsAsAFreshOne()
{
    std::string deep = R"("updated_fields":)";
    for (size_t i = 0; i < ActivityState::kMaxDepth + 2; ++i)
        deep += R"({"a":)";
    deep += "1" + std::string(ActivityState::kMaxDepth + 2, '}');
    const std::vector<std::string> messages = {
        msg(102, R"("updated_fields":{"name":"N","steps":[{"id":"s1","name":"1"},{"id":"s3","name":"3"},{"id":"s2","$patch":"delete"}]})"),
        msg(302, R"("title":"T","message":"M")"),
        msg(301, R"("level":"warning","title":"Careful","message":"Hot")"),
        msg(203, R"("user":{"id":"u1","name":"Ann"})"),
        msg(202, R"("user":{"id":"u1"})"),
        "{\"id\":102,",
        msg(102, R"("updated_fields":5)"),
        msg(403, R"("file":{"id":"f1"})"),
        R"({"id":42})",
        msg(102, R"("nothing":{})"),
        R"({"id":102,"activity_id":"11111111-2222-3333-4444-555555555555","updated_fields":{}})",
        msg(201, R"("user":{"name":"no id"})"),
        msg(102, R"("updated_fields":{"steps":[{"id":"s1","name":"again"}]})"),
        msg(999, R"("x":1)"),
        msg(102, R"("updated_fields":{"steps":[{"id":"s3"},{"id":"s1"}]})"), // a full list: reordered
        msg(102, R"("updated_fields":{"steps":{"$patch":"replace"}})"), // the list replaced
        msg(101, R"("data":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"again","steps":[{"id":"s1"}]})"),
        msg(302, QByteArray(1000, ' ') + R"("title":"too large")"), // over the limit set below: size and limit
        msg(102, QByteArray::fromStdString(deep)), // too deep: the limit
        msg(102, R"("updated_fields":{"steps":[{"id":"s1","name":"last"}]})"),
    };
    ActivityState reusing, fresh;
    reusing.setCollectDetails(true);
    fresh.setCollectDetails(true);
    reusing.setMaxMessageBytes(900);
    fresh.setMaxMessageBytes(900);
    prime(reusing);
    prime(fresh);
    ApplyResult reused;
    int rejected = 0;
    std::set<RejectReason> reasons;
    bool reordered = false, replaced = false;
    for (const std::string &m : messages) {
        reusing.apply(m, reused);
        const ApplyResult own = fresh.apply(m);
        QCOMPARE(describe(reused), describe(own));
        QCOMPARE(reused.errorText(), own.errorText());
        rejected += own.applied ? 0 : 1;
        reasons.insert(own.reason());
        reordered |= own.steps.reordered;
        replaced |= (own.changes & ApplyResult::ActivityReplaced) != 0;
    }
    // The list fills what reset() must clear: the size and limit of a rejection, a reorder, a replace.
    QVERIFY(reasons.count(RejectReason::TooLarge) && reasons.count(RejectReason::TooDeep));
    QVERIFY(reordered && replaced);
    reusing.rejectBinaryFrame(reused);
    QCOMPARE(describe(reused), describe(fresh.rejectBinaryFrame()));
    QVERIFY(rejected >= 7); // the list holds rejections of several shapes, not only successes
    QCOMPARE(reusing.dumpJson(), fresh.dumpJson());
}

void TestActivityState::resultHandsOutTheFileItTouched()
{
    // Issue #24: the log and the popups read the file a 4xx touched from the result, as that
    // message left it (a 402: as it was), not back from the tree.
    ActivityState s;
    s.setCollectDetails(true);
    prime(s);
    ApplyResult r = s.apply(msg(401, R"("file":{"id":"f1","size":20,"uploaded_by":{"id":"u1","name":"Ann"}})"));
    QVERIFY(r.applied);
    FileView f(r.subject.get());
    QCOMPARE(f.name(), std::string_view("a.png")); // merged into the element: its name stays
    QCOMPARE(f.size(), 20.0);
    QCOMPARE(f.uploaderId(), std::string_view("u1"));
    QCOMPARE(f.uploaderName(), std::string_view("Ann"));
    r = s.apply(msg(403, R"("file":{"id":"f1"})"));
    QCOMPARE(FileView(r.subject.get()).downloads(), int64_t(3));
    r = s.apply(msg(402, R"("file":{"id":"f1"})"));
    QVERIFY(r.subjectRemoved);
    QCOMPARE(FileView(r.subject.get()).name(), std::string_view("a.png"));
    QVERIFY(s.files().asArray().empty());
    // Without details nothing is copied.
    ActivityState quiet;
    prime(quiet);
    QVERIFY(!quiet.apply(msg(401, R"("file":{"id":"f9","name":"b"})")).subject);
}

void TestActivityState::viewsReadEitherShapeAndAnswerEmpty()
{
    ActivityState s;
    QVERIFY(s.loadSnapshot(R"({"id":"a","title":"Titled","description":"D","steps":[
        {"id":"s1","instruction":{"title":"From the instruction","description":"Words"},"type":"action"}],
        "content":[{"id":"c1","type":"image","steps":["s1"],"contentData":{"imageUrl":"https://x/y/chart.png"}},
                   {"id":"c2","type":"label","text":"Own","contentData":{"text":"Data","image":{"fileName":"p.jpg"}}}],
        "people":[{"id":"u1","username":"ann"},{"id":"u2","display_name":7}],
        "files":[{"id":"f1","filename":"x.csv","mime_type":"text/csv","uploaded_by":"u2","size":-1},{"id":"f2","type":"t/x"}]})"_j
                               .toStdString())
                .empty());
    const JsonValue &a = s.activity();
    const ActivityView activity(&a);
    QCOMPARE(activity.name(), std::string_view("Titled")); // "title" when there is no "name"
    QCOMPARE(activity.description(), std::string_view("D"));
    const StepView step(&a.find("steps")->asArray().slot(0));
    QCOMPARE(step.name(), std::string_view("From the instruction"));
    QCOMPARE(step.description(), std::string_view("Words"));
    QVERIFY(step.isAction());
    const JsonArray &content = activity.content()->asArray();
    QCOMPARE(ContentView(&content.slot(0)).name(), std::string_view());
    QCOMPARE(ContentView(&content.slot(0)).url(), std::string_view("https://x/y/chart.png"));
    QCOMPARE(ContentView(&content.slot(0)).steps()->asArray().size(), size_t(1));
    QCOMPARE(ContentView(&content.slot(1)).name(), std::string_view("p.jpg"));
    QCOMPARE(ContentView(&content.slot(1)).text(), std::string_view("Own"));
    const JsonArray &people = a.find("people")->asArray();
    QCOMPARE(PersonView(&people.slot(0)).displayName(), std::string_view("ann"));
    QCOMPARE(PersonView(&people.slot(1)).displayName(), std::string_view("u2")); // a number is not a name
    const JsonArray &files = a.find("files")->asArray();
    QCOMPARE(FileView(&files.slot(0)).name(), std::string_view("x.csv"));
    QCOMPARE(FileView(&files.slot(0)).uploaderId(), std::string_view("u2"));
    QCOMPARE(FileView(&files.slot(0)).uploaderName(), std::string_view());
    QCOMPARE(FileView(&files.slot(0)).size(), -1.0);
    QCOMPARE(FileView(&files.slot(1)).mimeType(), std::string_view("t/x"));
    QCOMPARE(FileView(&files.slot(1)).size(), -1.0);
    QCOMPARE(FileView(&files.slot(1)).downloads(), int64_t(0));

    // Over nullptr or anything but an object, every view answers empty.
    const JsonValue *notObjects[] = {nullptr, a.find("description"), a.find("steps")};
    for (const JsonValue *v : notObjects) {
        QVERIFY(!ActivityView(v).isValid());
        QVERIFY(ActivityView(v).name().empty() && !ActivityView(v).content());
        QVERIFY(StepView(v).name().empty() && !StepView(v).contents() && !StepView(v).enterActivates());
        QVERIFY(PersonView(v).displayName().empty() && PersonView(v).status().empty());
        QVERIFY(FileView(v).uploaderId().empty() && FileView(v).size() < 0 && FileView(v).downloads() == 0);
        QVERIFY(ContentView(v).name().empty() && ContentView(v).url().empty() && !ContentView(v).steps());
    }
    static_assert(sizeof(FileView) == sizeof(void *), "a view is a pointer");
}

#include "moc_tst_activitystate.cpp"
