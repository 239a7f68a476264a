// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Rejections as codes with arguments, and RejectionText's words for them: SPEC §5's English, which
// must stay exactly the texts the headless output prints (the window shows the same words).
#include "protocol/activitystate.h"
#include "protocol/rejectiontext.h"
#include "testutil.h"

#include <QTest>

using namespace mirage;
using namespace testutil;

Q_DECLARE_METATYPE(mirage::RejectReason)
Q_DECLARE_METATYPE(mirage::JsonKind)

class TestRejectText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_data();
    void codes();
    void limits();
};

namespace {
const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
}

void TestRejectText::codes_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<RejectReason>("reason");
    QTest::addColumn<QString>("key"); // key, or the keys joined by '|'
    QTest::addColumn<JsonKind>("actual");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("english");
    const auto row = [](const char *name, const QByteArray &m, RejectReason r, const QString &key, JsonKind actual, const QString &value,
                         const QString &english) { QTest::newRow(name) << m << r << key << actual << value << english; };
    const JsonKind o = JsonKind::Other;
    row("not json", "nope", RejectReason::NotJson, {}, o, {}, "not JSON: Problem while parsing an atom starting with the letter 'n'");
    row("array", "[1]", RejectReason::NotAnObject, {}, o, {}, "not a JSON object");
    row("no id", R"({"x":1})", RejectReason::IdMissing, {}, o, {}, R"(event "id" missing)");
    row("string id", R"({"id":"a"})", RejectReason::IdNotInteger, "id", JsonKind::String, {}, R"(event "id" is a string, not an integer)");
    row("small id", R"({"id":99})", RejectReason::IdTooSmall, {}, o, "99", "event id 99 is below 100");
    row("huge negative id", R"({"id":-123456789012345678901234567890})", RejectReason::IdTooSmall, {}, o, "-123456789012345678901234567890",
        "event id -123456789012345678901234567890 is below 100");
    row("activity_id number", R"({"id":102,"activity_id":5,"updated_fields":{}})", RejectReason::ActivityIdNotString, "activity_id",
        JsonKind::Number, {}, R"("activity_id" is a number, not a string)");
    row("other activity", R"({"id":102,"activity_id":"11111111-2222-3333-4444-555555555555","updated_fields":{}})",
        RejectReason::ActivityIdMismatch, {}, o, "11111111-2222-3333-4444-555555555555",
        R"("activity_id" names another activity (11111111-2222-3333-4444-555555555555))");
    row("no activity_id", R"({"id":102,"updated_fields":{}})", RejectReason::ActivityIdMissing, {}, o, {}, R"("activity_id" missing)");
    row("no payload", msg(101).c_str(), RejectReason::PayloadMissing, "data|activity|updated_fields", o, {},
        R"(payload missing: expected "data", "activity" or "updated_fields")");
    row("no hash", msg(113).c_str(), RejectReason::PayloadMissing, "hash|data.hash", o, {},
        R"(payload missing: expected "hash" or "data"."hash")");
    row("payload array", msg(102, R"("updated_fields":[1])").c_str(), RejectReason::PayloadWrongType, "updated_fields", JsonKind::Array, {},
        R"(payload "updated_fields" is an array, not an object)");
    row("114 number", R"({"id":114,"data":3})", RejectReason::PayloadWrongType, "data", JsonKind::Number, {},
        R"(payload "data" is a number, not an object or array)");
    row("user without id", msg(201, R"("user":{})").c_str(), RejectReason::SubjectIdMissing, "user", o, {}, R"(user has no "id")");
    row("file id null", msg(401, R"("file":{"id":null})").c_str(), RejectReason::SubjectIdNotString, "file", JsonKind::Null, {},
        R"(file "id" is null, not a string)");
    row("title object", R"({"id":301,"data":{"title":{}}})", RejectReason::FieldNotString, "title", JsonKind::Object, {},
        R"("title" is an object, not a string)");
}

void TestRejectText::codes()
{
    QFETCH(QByteArray, message);
    QFETCH(RejectReason, reason);
    QFETCH(QString, key);
    QFETCH(JsonKind, actual);
    QFETCH(QString, value);
    QFETCH(QString, english);
    ActivityState s;
    s.setActivityId(kId);
    const ApplyResult r = s.apply(message.toStdString());
    QVERIFY(!r.applied);
    QCOMPARE(r.reason(), reason);
    const Rejection &why = r.rejection;
    if (key.contains(QLatin1Char('|')) || why.reason == RejectReason::PayloadMissing) {
        QStringList keys;
        for (const std::string &k : why.keys)
            keys << QString::fromStdString(k);
        QCOMPARE(keys.join(QLatin1Char('|')), key);
    } else {
        QCOMPARE(QString::fromStdString(why.key), key);
    }
    QCOMPARE(why.actual, actual);
    QCOMPARE(QString::fromStdString(why.value), value);
    QCOMPARE(QString::fromStdString(r.errorText()), english);
    QCOMPARE(QString::fromStdString(RejectionText::english(why)), english);
}

void TestRejectText::limits()
{
    ActivityState s;
    s.setMaxMessageBytes(10);
    ApplyResult r = s.apply(R"({"id":1000000})");
    QCOMPARE(r.reason(), RejectReason::TooLarge);
    QCOMPARE(r.rejection.size, uint64_t(14));
    QCOMPARE(r.rejection.limit, uint64_t(10));
    QCOMPARE(r.errorText(), std::string("message of 14 bytes is larger than the limit of 10"));

    r = s.rejectBinaryFrame();
    QCOMPARE(r.reason(), RejectReason::BinaryFrame);
    QCOMPARE(r.errorText(), std::string("binary frame (the protocol sends JSON text frames)"));

    s.setMaxMessageBytes(ActivityState::kDefaultMaxMessageBytes);
    r = s.apply(std::string(70, '[') + std::string(70, ']'));
    QCOMPARE(r.reason(), RejectReason::TooDeep);
    QCOMPARE(r.rejection.limit, uint64_t(64));
    QCOMPARE(r.errorText(), std::string("nesting deeper than 64 levels"));
    // English plural forms hold in the headless programs too (base/englishplurals.cpp).
    Rejection one;
    one.reason = RejectReason::TooDeep;
    one.limit = 1;
    QCOMPARE(RejectionText::english(one), std::string("nesting deeper than 1 level"));

    r = s.apply(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":{}})");
    QVERIFY(r.applied);
    QCOMPARE(r.reason(), RejectReason::None);
    QCOMPARE(r.errorText(), std::string());
}

QTEST_GUILESS_MAIN(TestRejectText)
#include "tst_rejecttext.moc"
