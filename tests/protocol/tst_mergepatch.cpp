// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// SPEC §3: every merge rule, through the same path a live 102 takes.
#include "tst_mergepatch.h"
#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTest>

using namespace mirage;
using namespace testutil;

namespace {

// Applies `patch` as a 102's updated_fields to `before`; returns the activity afterwards.
QJsonDocument merged(const QByteArray &before, const QByteArray &patch, ApplyResult *out = nullptr)
{
    ActivityState s;
    s.setActivityId(kActivity);
    s.setCollectDetails(true);
    const std::string err = s.loadSnapshot(before.toStdString());
    if (!err.empty())
        qWarning() << "snapshot:" << err.c_str();
    ApplyResult r = s.apply(msg(102, "\"updated_fields\":" + patch));
    if (!r.applied)
        qWarning() << "rejected:" << r.errorText().c_str();
    if (out)
        *out = std::move(r);
    return json(s.activity().toJson());
}

} // namespace

void TestMergePatch::rules_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("after");

    // Rule 1: RFC 7386 (the RFC's own examples, where the target is an object).
    QTest::newRow("rfc replace value") << R"({"a":"b"})"_j
                                       << R"({"a":"c"})"_j
                                       << R"({"a":"c"})"_j;
    QTest::newRow("rfc add key") << R"({"a":"b"})"_j
                                 << R"({"b":"c"})"_j
                                 << R"({"a":"b","b":"c"})"_j;
    QTest::newRow("rfc null removes") << R"({"a":"b"})"_j
                                      << R"({"a":null})"_j
                                      << R"({})"_j;
    QTest::newRow("rfc null removes one") << R"({"a":"b","b":"c"})"_j
                                          << R"({"a":null})"_j
                                          << R"({"b":"c"})"_j;
    QTest::newRow("rfc array by string") << R"({"a":["b"]})"_j
                                         << R"({"a":"c"})"_j
                                         << R"({"a":"c"})"_j;
    QTest::newRow("rfc string by array") << R"({"a":"c"})"_j
                                         << R"({"a":["b"]})"_j
                                         << R"({"a":["b"]})"_j;
    QTest::newRow("rfc nested") << R"({"a":{"b":"c"}})"_j
                                << R"({"a":{"b":"d","c":null}})"_j
                                << R"({"a":{"b":"d"}})"_j;
    QTest::newRow("rfc array of objects w/o id") << R"({"a":[{"b":"c"}]})"_j
                                                 << R"({"a":[1]})"_j
                                                 << R"({"a":[1]})"_j;
    QTest::newRow("rfc null inside new object") << R"({})"_j
                                                << R"({"a":{"bb":{"ccc":null}}})"_j
                                                << R"({"a":{"bb":{}}})"_j;
    QTest::newRow("rfc object replaces scalar") << R"({"e":null})"_j
                                                << R"({"a":1})"_j
                                                << R"({"e":null,"a":1})"_j;
    QTest::newRow("nested object merges deep") << R"({"location":{"x":1,"y":2,"z":3}})"_j
                                               << R"({"location":{"y":5}})"_j
                                               << R"({"location":{"x":1,"y":5,"z":3}})"_j;
    QTest::newRow("number types") << R"({"n":1})"_j
                                  << R"({"n":2.5,"m":-7,"b":true,"f":false})"_j
                                  << R"({"n":2.5,"m":-7,"b":true,"f":false})"_j;
    QTest::newRow("empty patch") << R"({"a":1})"_j
                                 << R"({})"_j
                                 << R"({"a":1})"_j;

    // Rule 2: arrays of id'd objects merge by id.
    const QByteArray steps = R"({"steps":[{"id":"a","name":"A","description":"da"},{"id":"b","name":"B"},{"id":"c","name":"C"}]})";
    QTest::newRow("merge element by id")
        << steps << R"({"steps":[{"id":"b","name":"B2"}]})"_j
        << R"({"steps":[{"id":"a","name":"A","description":"da"},{"id":"b","name":"B2"},{"id":"c","name":"C"}]})"_j;
    QTest::newRow("null removes key in element") << steps << R"({"steps":[{"id":"a","description":null}]})"_j
                                                 << R"({"steps":[{"id":"a","name":"A"},{"id":"b","name":"B"},{"id":"c","name":"C"}]})"_j;
    QTest::newRow("append new id")
        << steps << R"({"steps":[{"id":"d","name":"D","x":null}]})"_j
        << R"({"steps":[{"id":"a","name":"A","description":"da"},{"id":"b","name":"B"},{"id":"c","name":"C"},{"id":"d","name":"D"}]})"_j;
    QTest::newRow("delete by id") << steps << R"({"steps":[{"id":"b","$patch":"delete"}]})"_j
                                  << R"({"steps":[{"id":"a","name":"A","description":"da"},{"id":"c","name":"C"}]})"_j;
    QTest::newRow("delete absent id is no error") << steps << R"({"steps":[{"id":"zz","$patch":"delete"}]})"_j << steps;
    QTest::newRow("merge, append and delete in one")
        << steps << R"({"steps":[{"id":"c","name":"C2"},{"id":"e","name":"E"},{"id":"a","$patch":"delete"}]})"_j
        << R"({"steps":[{"id":"b","name":"B"},{"id":"c","name":"C2"},{"id":"e","name":"E"}]})"_j;
    QTest::newRow("full list reorders")
        << steps << R"({"steps":[{"id":"c"},{"id":"a"},{"id":"b"}]})"_j
        << R"({"steps":[{"id":"c","name":"C"},{"id":"a","name":"A","description":"da"},{"id":"b","name":"B"}]})"_j;
    QTest::newRow("full list with changes and a new one")
        << steps << R"({"steps":[{"id":"b","name":"B3"},{"id":"n","name":"N"},{"id":"a"},{"id":"c"}]})"_j
        << R"({"steps":[{"id":"b","name":"B3"},{"id":"n","name":"N"},{"id":"a","name":"A","description":"da"},{"id":"c","name":"C"}]})"_j;
    QTest::newRow("full list with a delete") << steps << R"({"steps":[{"id":"c"},{"id":"b","$patch":"delete"},{"id":"a"}]})"_j
                                             << R"({"steps":[{"id":"c","name":"C"},{"id":"a","name":"A","description":"da"}]})"_j;
    QTest::newRow("partial list keeps order") << steps << R"({"steps":[{"id":"c"},{"id":"a"}]})"_j << steps;
    QTest::newRow("into missing key") << R"({})"_j
                                      << R"({"steps":[{"id":"a","n":1,"z":null}]})"_j
                                      << R"({"steps":[{"id":"a","n":1}]})"_j;
    QTest::newRow("into a non-array") << R"({"steps":"none"})"_j
                                      << R"({"steps":[{"id":"a"}]})"_j
                                      << R"({"steps":[{"id":"a"}]})"_j;
    QTest::newRow("uuid ids match any case, stored spelling kept")
        << R"({"steps":[{"id":"d00f6246-08b5-4cc2-8db0-0c2344589691","n":1}]})"_j
        << R"({"steps":[{"id":"{D00F6246-08B5-4CC2-8DB0-0C2344589691}","n":2}]})"_j
        << R"({"steps":[{"id":"d00f6246-08b5-4cc2-8db0-0c2344589691","n":2}]})"_j;
    QTest::newRow("text ids match exactly") << R"({"steps":[{"id":"c1","n":1}]})"_j
                                            << R"({"steps":[{"id":"C1","n":2}]})"_j
                                            << R"({"steps":[{"id":"c1","n":1},{"id":"C1","n":2}]})"_j;
    QTest::newRow("elements without id kept, never matched") << R"({"l":[{"n":0},{"id":"a","n":1},{"id":7}]})"_j
                                                             << R"({"l":[{"id":"a","n":2}]})"_j
                                                             << R"({"l":[{"n":0},{"id":"a","n":2},{"id":7}]})"_j;
    QTest::newRow("no reorder while id-less elements exist") << R"({"l":[{"n":0},{"id":"a"},{"id":"b"}]})"_j
                                                             << R"({"l":[{"id":"b"},{"id":"a"},{"id":"x"}]})"_j
                                                             << R"({"l":[{"n":0},{"id":"a"},{"id":"b"},{"id":"x"}]})"_j;
    QTest::newRow("nested keyed arrays") << R"({"steps":[{"id":"s","contents":[{"id":"c1","t":"old"},{"id":"c2","t":"keep"}]}]})"_j
                                         << R"({"steps":[{"id":"s","contents":[{"id":"c1","t":"new"}]}]})"_j
                                         << R"({"steps":[{"id":"s","contents":[{"id":"c1","t":"new"},{"id":"c2","t":"keep"}]}]})"_j;
    QTest::newRow("patch id duplicated applies twice")
        << steps << R"({"steps":[{"id":"a","name":"X"},{"id":"a","extra":1}]})"_j
        << R"({"steps":[{"id":"a","name":"X","description":"da","extra":1},{"id":"b","name":"B"},{"id":"c","name":"C"}]})"_j;

    // Rule 3: any other array replaces.
    QTest::newRow("plain array replaces") << R"({"tags":["a","b"]})"_j
                                          << R"({"tags":["c"]})"_j
                                          << R"({"tags":["c"]})"_j;
    QTest::newRow("empty array replaces") << steps << R"({"steps":[]})"_j
                                          << R"({"steps":[]})"_j;
    QTest::newRow("mixed array replaces") << steps << R"({"steps":[{"id":"a"},{"name":"no id"}]})"_j
                                          << R"({"steps":[{"id":"a"},{"name":"no id"}]})"_j;
    QTest::newRow("numeric ids replace") << R"({"l":[{"id":1,"n":1}]})"_j
                                         << R"({"l":[{"id":1,"n":2}]})"_j
                                         << R"({"l":[{"id":1,"n":2}]})"_j;
    QTest::newRow("replaced array keeps nulls") << R"({})"_j
                                                << R"({"l":[{"a":null},null]})"_j
                                                << R"({"l":[{"a":null},null]})"_j;

    // Rule 4: $patch: replace.
    QTest::newRow("replace object") << R"({"config":{"a":1,"b":2}})"_j
                                    << R"({"config":{"$patch":"replace","c":3}})"_j
                                    << R"({"config":{"c":3}})"_j;
    QTest::newRow("replace element keeps id") << R"({"steps":[{"id":"A-1","name":"x","d":"y"}]})"_j
                                              << R"({"steps":[{"id":"A-1","$patch":"replace","name":"z"}]})"_j
                                              << R"({"steps":[{"id":"A-1","name":"z"}]})"_j;
    // "$patch": "delete" means something only on an element of a keyed array; elsewhere the
    // directive key is dropped and the object merges as usual.
    QTest::newRow("delete directive outside keyed array merges") << R"({"config":{"a":1},"k":2})"_j
                                                                 << R"({"config":{"$patch":"delete"}})"_j
                                                                 << R"({"config":{"a":1},"k":2})"_j;
    QTest::newRow("delete directive nested merges") << R"({"a":{"k":{"x":1}}})"_j
                                                    << R"({"a":{"k":{"$patch":"delete","y":2}}})"_j
                                                    << R"({"a":{"k":{"x":1,"y":2}}})"_j;
    QTest::newRow("delete directive on absent key adds it") << R"({"a":1})"_j
                                                            << R"({"k":{"$patch":"delete"}})"_j
                                                            << R"({"a":1,"k":{}})"_j;
    QTest::newRow("delete directive in element's object") << R"({"steps":[{"id":"s1","c":{"x":1}}]})"_j
                                                          << R"({"steps":[{"id":"s1","c":{"$patch":"delete"}}]})"_j
                                                          << R"({"steps":[{"id":"s1","c":{"x":1}}]})"_j;

    // Duplicate keys: the last one wins, at every level, before any merge.
    QTest::newRow("dup scalar") << R"({"a":0})"_j
                                << R"({"a":1,"a":2})"_j
                                << R"({"a":2})"_j;
    QTest::newRow("dup null then object") << R"({"obj":{"a":1}})"_j
                                          << R"({"obj":null,"obj":{"b":2}})"_j
                                          << R"({"obj":{"a":1,"b":2}})"_j;
    QTest::newRow("dup object then null") << R"({"obj":{"a":1}})"_j
                                          << R"({"obj":{"b":2},"obj":null})"_j
                                          << R"({})"_j;
    QTest::newRow("dup object then object") << R"({"obj":{"a":1}})"_j
                                            << R"({"obj":{"b":2},"obj":{"c":3}})"_j
                                            << R"({"obj":{"a":1,"c":3}})"_j;
    QTest::newRow("dup new key objects") << R"({})"_j
                                         << R"({"n":{"a":1},"n":{"b":2}})"_j
                                         << R"({"n":{"b":2}})"_j;
    QTest::newRow("dup nested null then object") << R"({"x":{"obj":{"a":1}}})"_j
                                                 << R"({"x":{"obj":null,"obj":{"b":2}}})"_j
                                                 << R"({"x":{"obj":{"a":1,"b":2}}})"_j;
    QTest::newRow("dup nested object then null") << R"({"x":{"obj":{"a":1}}})"_j
                                                 << R"({"x":{"obj":{"b":2},"obj":null}})"_j
                                                 << R"({"x":{}})"_j;
    QTest::newRow("dup outer keys") << R"({"x":{"a":1}})"_j
                                    << R"({"x":{"b":2},"x":{"obj":null,"obj":{"c":3}}})"_j
                                    << R"({"x":{"a":1,"obj":{"c":3}}})"_j;
    QTest::newRow("dup in keyed element") << R"({"steps":[{"id":"s1","n":{"a":1}}]})"_j
                                          << R"({"steps":[{"id":"s1","n":null,"n":{"b":2}}]})"_j
                                          << R"({"steps":[{"id":"s1","n":{"a":1,"b":2}}]})"_j;
    QTest::newRow("dup in new element") << R"({"steps":[{"id":"s1"}]})"_j
                                        << R"({"steps":[{"id":"s2","n":{"a":1},"n":null}]})"_j
                                        << R"({"steps":[{"id":"s1"},{"id":"s2"}]})"_j;
    QTest::newRow("dup in replace") << R"({"config":{"a":1}})"_j
                                    << R"({"config":{"$patch":"replace","c":{"x":1},"c":{"y":2}}})"_j
                                    << R"({"config":{"c":{"y":2}}})"_j;
    QTest::newRow("dup in replaced array") << R"({})"_j
                                           << R"({"l":[{"a":1,"a":2}]})"_j
                                           << R"({"l":[{"a":2}]})"_j;
}
void TestMergePatch::rules()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, after);
    QCOMPARE(merged(before, patch), json(after));
}

void TestMergePatch::seedExampleVerbatim()
{
    // The seed's own example message, byte for byte.
    const std::string seed = R"({
"id": 102,
"activity_id": "63b76319-68ef-4412-9dd4-bb2a13315ee2",
"action": "updated",
"updated_fields": {
"name": "Updated Activity Name",
"description": "Updated description of the activity",
"steps": [
{
"id": "d00f6246-08b5-4cc2-8db0-0c2344589691",
"description": "Updated step description"
}
]
}
})";
    ActivityState s;
    QVERIFY(s.loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Old","steps":[
        {"id":"d00f6246-08b5-4cc2-8db0-0c2344589691","name":"First","description":"old"},{"id":"e","name":"Second"}]})")
                .empty());
    const ApplyResult r = s.apply(seed);
    QVERIFY2(r.applied, r.errorText().c_str());
    QCOMPARE(r.name(), std::string_view("activity_updated"));
    QCOMPARE(json(s.activity().toJson()), json(QByteArray(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2",
        "name":"Updated Activity Name","description":"Updated description of the activity","steps":[
        {"id":"d00f6246-08b5-4cc2-8db0-0c2344589691","name":"First","description":"Updated step description"},
        {"id":"e","name":"Second"}]})")));
}

void TestMergePatch::deltaReportsWhatChanged()
{
    ApplyResult r;
    merged(
        R"({"steps":[{"id":"a"},{"id":"b"},{"id":"c"}]})", R"({"steps":[{"id":"b","n":1},{"id":"d"},{"id":"a","$patch":"delete"}]})", &r);
    QCOMPARE(r.steps.changed, std::vector<std::string> {"b"});
    QCOMPARE(r.steps.inserted, std::vector<std::string> {"d"});
    QCOMPARE(r.steps.removed, std::vector<std::string> {"a"});
    QVERIFY(!r.steps.reordered);
    QVERIFY(!r.steps.replaced);
    merged(R"({"steps":[{"id":"a"},{"id":"b"}]})", R"({"steps":[{"id":"b"},{"id":"a"}]})", &r);
    QVERIFY(r.steps.reordered);
    merged(R"({"steps":[{"id":"a"}]})", R"({"steps":["plain"]})", &r);
    QVERIFY(r.steps.replaced);
    merged(R"({"name":"x","steps":[{"id":"a"}]})", R"({"name":"y"})", &r);
    QVERIFY(r.steps.empty());
}

void TestMergePatch::tenThousandSteps()
{
    // 10,000 steps: update each one by id, delete every other one, then reverse the rest.
    const int n = 10000;
    QByteArray snap = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","steps":[)";
    for (int i = 0; i < n; ++i)
        snap += (i ? "," : "") + QByteArray(R"({"id":"step-)") + QByteArray::number(i) + R"(","name":"n)" + QByteArray::number(i) + "\"}";
    snap += "]}";
    ActivityState s;
    QVERIFY(s.loadSnapshot(snap.toStdString()).empty());
    for (int i = 0; i < n; ++i) {
        const auto r = s.apply(msg(102,
            R"("updated_fields":{"steps":[{"id":"step-)" + QByteArray::number(i) + R"(","description":"d)" + QByteArray::number(i)
                + "\"}]}"));
        QVERIFY2(r.applied, r.errorText().c_str());
    }
    for (int i = 0; i < n; i += 2)
        QVERIFY(
            s.apply(msg(102, R"("updated_fields":{"steps":[{"id":"step-)" + QByteArray::number(i) + R"(","$patch":"delete"}]})")).applied);
    QByteArray reverse = R"("updated_fields":{"steps":[)";
    for (int i = n - 1, first = 1; i >= 0; --i) {
        if (i % 2 == 0)
            continue;
        reverse += (first ? "" : ",") + QByteArray(R"({"id":"step-)") + QByteArray::number(i) + "\"}";
        first = 0;
    }
    reverse += "]}";
    QVERIFY(s.apply(msg(102, reverse)).applied);

    const QJsonArray steps = json(s.activity().toJson()).object().value("steps").toArray();
    QCOMPARE(steps.size(), n / 2);
    QCOMPARE(steps.first().toObject().value("id").toString(), QString("step-%1").arg(n - 1));
    QCOMPARE(steps.first().toObject().value("description").toString(), QString("d%1").arg(n - 1));
    QCOMPARE(steps.last().toObject().value("id").toString(), QString("step-1"));
    QCOMPARE(steps.last().toObject().value("name").toString(), QString("n1"));
    QCOMPARE(s.appliedCount(), uint64_t(n + n / 2 + 1));
    // The index is still right after the deletes and the reorder: a merge finds its element.
    QVERIFY(s.apply(msg(102, R"("updated_fields":{"steps":[{"id":"step-5001","name":"found"}]})")).applied);
    const QJsonArray after = json(s.activity().toJson()).object().value("steps").toArray();
    QCOMPARE(after.size(), n / 2);
    QCOMPARE(after.at((n - 1 - 5001) / 2).toObject().value("name").toString(), QString("found"));
}

void TestMergePatch::unicode()
{
    const QByteArray patch =
        R"({"name":"Wärmetauscher prüfen ✓ 🔧","description":"\u00e9t\u00e9 \ud83d\ude80 עברית","steps":[{"id":"ü-1","name":"第一步"}]})";
    const QJsonObject a = merged(R"({"steps":[{"id":"ü-1","name":"x"}]})", patch).object();
    QCOMPARE(a.value("name").toString(), QString::fromUtf8("Wärmetauscher prüfen ✓ 🔧"));
    QCOMPARE(a.value("description").toString(), QString::fromUtf8("été 🚀 עברית"));
    QCOMPARE(a.value("steps").toArray().size(), 1);
    QCOMPARE(a.value("steps").toArray().at(0).toObject().value("name").toString(), QString::fromUtf8("第一步"));
    // Control characters survive the dump as escapes.
    const QJsonObject c = merged("{}", R"({"t":"a\"b\\c\nd\u0001"})").object();
    QCOMPARE(c.value("t").toString(), QString::fromUtf8("a\"b\\c\nd\x01"));
}

// SPEC §3: the first element with an id is the element. A stored array may hold an id twice (a
// snapshot that does): patches go to the first; once it is deleted, the next one with that id is
// the element, so a later patch merges into it instead of appending a third copy.
void TestMergePatch::duplicateIds_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QList<QByteArray>>("patches");
    QTest::addColumn<QByteArray>("after");

    const QByteArray twice = R"({"steps":[{"id":"a","n":1},{"id":"b"},{"id":"a","n":2}]})";
    QTest::newRow("a patch merges into the first") << twice << QList<QByteArray> {R"({"steps":[{"id":"a","x":1}]})"}
                                                   << R"({"steps":[{"id":"a","n":1,"x":1},{"id":"b"},{"id":"a","n":2}]})"_j;
    QTest::newRow("delete removes the first only")
        << twice << QList<QByteArray> {R"({"steps":[{"id":"a","$patch":"delete"}]})"} << R"({"steps":[{"id":"b"},{"id":"a","n":2}]})"_j;
    QTest::newRow("after a delete the next one is the element")
        << twice << QList<QByteArray> {R"({"steps":[{"id":"a","$patch":"delete"}]})", R"({"steps":[{"id":"a","y":3}]})"}
        << R"({"steps":[{"id":"b"},{"id":"a","n":2,"y":3}]})"_j;
    QTest::newRow("two deletes in one patch remove both")
        << twice
        << QList<QByteArray> {R"({"steps":[{"id":"a","$patch":"delete"},{"id":"a","$patch":"delete"}]})", R"({"steps":[{"id":"a","z":1}]})"}
        << R"({"steps":[{"id":"b"},{"id":"a","z":1}]})"_j;
    QTest::newRow("delete then patch in one patch")
        << twice << QList<QByteArray> {R"({"steps":[{"id":"a","$patch":"delete"},{"id":"a","y":3}]})"}
        << R"({"steps":[{"id":"b"},{"id":"a","n":2,"y":3}]})"_j;
    QTest::newRow("three copies, one at a time") << QByteArray(R"({"steps":[{"id":"a","n":1},{"id":"a","n":2},{"id":"a","n":3}]})")
                                                 << QList<QByteArray> {R"({"steps":[{"id":"a","$patch":"delete"}]})",
                                                        R"({"steps":[{"id":"a","$patch":"delete"}]})", R"({"steps":[{"id":"a","y":3}]})"}
                                                 << R"({"steps":[{"id":"a","n":3,"y":3}]})"_j;
    // UUIDs compare as UUIDs: another spelling of the same id is the same element.
    QTest::newRow("uuid spellings, after a delete")
        << QByteArray(
               R"({"steps":[{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","n":1},{"id":"{0F8FAD5B-D9CB-469F-A165-70867728950E}","n":2}]})")
        << QList<QByteArray> {R"({"steps":[{"id":"0F8FAD5B-D9CB-469F-A165-70867728950E","$patch":"delete"}]})",
               R"({"steps":[{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","y":3}]})"}
        << R"({"steps":[{"id":"{0F8FAD5B-D9CB-469F-A165-70867728950E}","n":2,"y":3}]})"_j;
    // A shadowed copy deleted by a reorder-free path leaves the first in place and patchable.
    QTest::newRow("other ids' duplicates do not confuse")
        << QByteArray(R"({"steps":[{"id":"a"},{"id":"b","n":1},{"id":"a","n":2},{"id":"b","n":2}]})")
        << QList<QByteArray> {R"({"steps":[{"id":"b","$patch":"delete"}]})", R"({"steps":[{"id":"a","$patch":"delete"}]})",
               R"({"steps":[{"id":"a","y":1},{"id":"b","y":2}]})"}
        << R"({"steps":[{"id":"a","n":2,"y":1},{"id":"b","n":2,"y":2}]})"_j;
}

void TestMergePatch::duplicateIds()
{
    QFETCH(QByteArray, before);
    QFETCH(QList<QByteArray>, patches);
    QFETCH(QByteArray, after);
    ActivityState s;
    s.setActivityId(kActivity);
    QVERIFY(s.loadSnapshot(before.toStdString()).empty());
    for (const QByteArray &patch : patches)
        QVERIFY(s.apply(msg(102, "\"updated_fields\":" + patch)).applied);
    QCOMPARE(json(s.activity().toJson()), json(after));
}

QTEST_GUILESS_MAIN(TestMergePatch)

#include "moc_tst_mergepatch.cpp"
