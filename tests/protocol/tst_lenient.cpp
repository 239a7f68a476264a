// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// SPEC §2 leniency and limits: numbers simdjson cannot hold are kept as their text, lone
// surrogates become U+FFFD (messages and snapshots); download counts saturate; a snapshot is held
// to the message nesting limit.
#include "tst_lenient.h"
#include "protocol/activitystate.h"
#include "testutil.h"

#include <QTest>

using namespace mirage;
using namespace testutil;

namespace {
QByteArray m(int id, const QByteArray &body)
{
    return QByteArray::fromStdString(msg(id, body));
}
void prime(ActivityState &s)
{
    QVERIFY(s.loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"n","steps":[{"id":"s1"}]})").empty());
    QVERIFY(s.apply(msg(201, R"("user":{"id":"u1","name":"Ann"})")).applied);
}
} // namespace

void TestLenient::acceptedAndKeptExactly_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected"); // a part of the state dump, byte for byte
    QTest::newRow("int beyond 64 bits") << m(102, R"("updated_fields":{"big":123456789012345678901234567890})")
                                        << R"("big":123456789012345678901234567890)"_j;
    QTest::newRow("negative int beyond 64 bits")
        << m(102, R"("updated_fields":{"big":-123456789012345678901234567890})") << R"("big":-123456789012345678901234567890)"_j;
    QTest::newRow("just below int64 min") << m(102, R"("updated_fields":{"big":-9223372036854775809})")
                                          << R"("big":-9223372036854775809)"_j;
    QTest::newRow("uint64 kept as text") << m(102, R"("updated_fields":{"u":18446744073709551615})") << R"("u":18446744073709551615)"_j;
    QTest::newRow("1e400 and -1e400") << m(102, R"("updated_fields":{"e":1e400,"n":-1e400,"f":1.5E+999})")
                                      << R"("e":1e400,"n":-1e400,"f":1.5E+999)"_j;
    QTest::newRow("in an array") << m(102, R"("updated_fields":{"l":[1e400, 2, 123456789012345678901234567890]})")
                                 << R"("l":[1e400,2,123456789012345678901234567890])"_j;
    QTest::newRow("in a keyed element") << m(102, R"("updated_fields":{"steps":[{"id":"s1","n":1e400}]})")
                                        << R"("steps":[{"id":"s1","n":1e400}])"_j;
    QTest::newRow("in a new user") << m(201, R"("user":{"id":"u2","score":1e400})") << R"({"id":"u2","score":1e400})"_j;
    QTest::newRow("in a replace") << m(101, R"("data":{"x":99999999999999999999999})") << R"("activity":{"x":99999999999999999999999})"_j;
    QTest::newRow("lone high surrogate") << m(102, R"("updated_fields":{"s":"a\ud800b"})")
                                         << "\"s\":\"a\xef\xbf\xbd"
                                            "b\""_j;
    QTest::newRow("lone low surrogate") << m(102, R"("updated_fields":{"s":"\udc00"})") << "\"s\":\"\xef\xbf\xbd\""_j;
    QTest::newRow("high then non-low") << m(102, R"("updated_fields":{"s":"\ud800\u0041"})")
                                       << "\"s\":\"\xef\xbf\xbd"
                                          "A\""_j;
    QTest::newRow("high then high then low") << m(102, R"("updated_fields":{"s":"\uD800\uD83D\uDE00"})")
                                             << "\"s\":\"\xef\xbf\xbd\xf0\x9f\x98\x80\""_j;
    QTest::newRow("surrogate at end of string") << m(102, R"("updated_fields":{"s":"x\ud800"})") << "\"s\":\"x\xef\xbf\xbd\""_j;
    QTest::newRow("surrogate in a key") << m(102, R"("updated_fields":{"\ud800":1})") << "\"\xef\xbf\xbd\":1"_j;
    QTest::newRow("escaped backslash is no escape")
        << m(102, R"("updated_fields":{"s":"\\ud800","t":"\ud800"})") << "\"s\":\"\\\\ud800\",\"t\":\"\xef\xbf\xbd\""_j;
    QTest::newRow("number-like string untouched") << m(102, R"("updated_fields":{"s":"1e400","b":1e400})") << R"("s":"1e400","b":1e400)"_j;
    QTest::newRow("string with U+0000 first") << m(102, R"("updated_fields":{"z":"\u0000x","b":1e400,"\u0000k":"\u00001"})")
                                              << R"("z":"\u0000x","b":1e400,"\u0000k":"\u00001")"_j;
    QTest::newRow("negative zero survives a reload")
        << m(102, R"("updated_fields":{"z":-0.0,"y":-0e400,"x":1e400})") << R"("z":-0.0,"y":-0.0,"x":1e400)"_j;
    QTest::newRow("ordinary numbers still numbers")
        << m(102, R"("updated_fields":{"a":1.5,"b":-2,"c":1e400})") << R"("a":1.5,"b":-2,"c":1e400)"_j;
    QTest::newRow("event id beyond 64 bits is future")
        << QByteArray(R"({"id":123456789012345678901234567890,"activity_id":")") + kActivity + "\"}"
        << R"("applied":2,"rejected":0)"_j;
    QTest::newRow("download count beyond 64 bits stays") << m(401, R"("file":{"id":"f","download_count":123456789012345678901234567890})")
                                                         << R"("download_count":123456789012345678901234567890)"_j;
}
void TestLenient::acceptedAndKeptExactly()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    ActivityState s;
    prime(s);
    const ApplyResult r = s.apply(message.toStdString());
    QVERIFY2(r.applied, r.errorText().c_str());
    const std::string d = s.dumpJson();
    QVERIFY2(d.find(expected.toStdString()) != std::string::npos, d.c_str());
    // The dump is JSON again and reads back to the same dump.
    ActivityState again;
    QVERIFY(again.loadSnapshot(s.activity().toJson()).empty());
    QCOMPARE(QByteArray::fromStdString(again.activity().toJson()), QByteArray::fromStdString(s.activity().toJson()));
}
void TestLenient::stillRejected_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason");
    QTest::newRow("leading zero") << m(102, R"("updated_fields":{"a":01})") << "not JSON";
    QTest::newRow("bare dot") << m(102, R"("updated_fields":{"a":1.})") << "not JSON";
    QTest::newRow("big number glued to garbage") << m(102, R"("updated_fields":{"a":1e400x})") << "not JSON";
    QTest::newRow("big number then broken") << m(102, R"("updated_fields":{"a":1e400,)") << "not JSON";
    QTest::newRow("surrogate then unterminated") << m(102, R"("updated_fields":{"a":"\ud800)") << "not JSON";
    QTest::newRow("surrogate and bad escape") << m(102, R"("updated_fields":{"a":"\ud800\q"})") << "not JSON";
    QTest::newRow("invalid UTF-8 with surrogate") << m(102, "\"updated_fields\":{\"a\":\"\\ud800\xff\"}") << "not JSON";
    QTest::newRow("event id negative beyond 64 bits")
        << QByteArray(R"({"id":-123456789012345678901234567890,"activity_id":")") + kActivity + "\"}"
        << "below 100";
    QTest::newRow("event id 1e400") << QByteArray(R"({"id":1e400,"activity_id":")") + kActivity + "\"}"
                                    << "not an integer";
    QTest::newRow("activity_id a big number") << R"({"id":102,"activity_id":1e400,"updated_fields":{}})"_j
                                              << "is a number, not a string";
    QTest::newRow("user id a big number") << m(201, R"("user":{"id":123456789012345678901234567890})") << "is a number, not a string";
    QTest::newRow("hash a big number") << m(113, R"("hash":1e400)") << "is a number, not a string";
    QTest::newRow("title a big number") << R"({"id":302,"title":1e400})"_j
                                        << "is a number, not a string";
    QTest::newRow("payload a big number") << m(102, R"("updated_fields":1e400)") << "is a number, not an object";
    QByteArray deep = QByteArray(R"({"id":102,"activity_id":")") + kActivity + R"(","updated_fields":{"a":1e400,"b":)";
    deep += QByteArray(63, '[') + QByteArray(63, ']') + "}}"; // 1 message + 1 payload + 63 arrays
    QTest::newRow("65 deep with a big number") << deep << "deeper than 64";
}
void TestLenient::stillRejected()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    ActivityState s;
    prime(s);
    const std::string before = s.dumpJson();
    const ApplyResult r = s.apply(message.toStdString());
    QVERIFY(!r.applied);
    QVERIFY2(QString::fromStdString(r.errorText()).contains(reason), r.errorText().c_str());
    std::string expected = before;
    expected.replace(expected.rfind("\"rejected\":0"), 12, "\"rejected\":1");
    QCOMPARE(QString::fromStdString(s.dumpJson()), QString::fromStdString(expected));
}
void TestLenient::snapshotLenient()
{
    ActivityState s;
    QVERIFY(s.loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","n":123456789012345678901234567890,"e":-1e400,"s":"\udc00"})")
                .empty());
    QCOMPARE(QByteArray::fromStdString(s.activity().toJson()),
        "{\"id\":\"63b76319-68ef-4412-9dd4-bb2a13315ee2\",\"n\":123456789012345678901234567890,\"e\":-1e400,\"s\":\"\xef\xbf\xbd\"}"_j);
    QVERIFY(!s.loadSnapshot(R"({"n":01})").empty());
}
void TestLenient::snapshotNestingLimit()
{
    // The snapshot object is level 1, as a message is: 64 levels load, 65 do not.
    for (const int levels : {64, 65}) {
        const QByteArray snap = "{\"a\":" + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + "}";
        ActivityState s;
        const std::string err = s.loadSnapshot(snap.toStdString());
        QCOMPARE(err.empty(), levels == 64);
        if (levels == 65) {
            QVERIFY2(err.find("deeper than 64") != std::string::npos, err.c_str());
            QVERIFY(s.activity().isNull());
        }
    }
}
void TestLenient::downloadCountSaturates_data()
{
    QTest::addColumn<QByteArray>("count");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("int") << "5"_j
                         << "6"_j;
    QTest::newRow("negative int") << "-1"_j
                                  << "0"_j;
    QTest::newRow("int64 max stays") << "9223372036854775807"_j
                                     << "9223372036854775807"_j;
    QTest::newRow("int64 max - 1") << "9223372036854775806"_j
                                   << "9223372036854775807"_j;
    QTest::newRow("double") << "2.5"_j
                            << "3.5"_j;
    QTest::newRow("whole double") << "7.0"_j
                                  << "8"_j;
    QTest::newRow("1e300 stays") << "1e300"_j
                                 << "1e+300"_j;
    QTest::newRow("2^53 stays") << "9007199254740992.0"_j
                                << "9007199254740992"_j;
    QTest::newRow("-1e300 stays") << "-1e300"_j
                                  << "-1e+300"_j;
    QTest::newRow("beyond uint64 stays") << "18446744073709551616"_j
                                         << "18446744073709551616"_j;
    QTest::newRow("1e400 stays") << "1e400"_j
                                 << "1e400"_j;
    QTest::newRow("missing starts at 1") << "null"_j
                                         << "1"_j;
    QTest::newRow("string starts at 1") << "\"x\""_j
                                        << "1"_j;
}
void TestLenient::downloadCountSaturates()
{
    QFETCH(QByteArray, count);
    QFETCH(QByteArray, after);
    ActivityState s;
    prime(s);
    QVERIFY(s.apply(msg(401, R"("file":{"id":"f1","download_count":)" + count + "}")).applied);
    const ApplyResult r = s.apply(msg(403, R"("file":{"id":"f1"})"));
    QVERIFY2(r.applied, r.errorText().c_str());
    const std::string d = s.dumpJson();
    QVERIFY2(d.find("\"download_count\":" + after.toStdString() + "}") != std::string::npos, d.c_str());
}
QTEST_GUILESS_MAIN(TestLenient)

#include "moc_tst_lenient.cpp"
