// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitydiff.h"
#include "protocol/activitystate.h"
#include "protocol/activitysummary.h"
#include "protocol/jsonarray.h"

#include "testutil.h"

#include <QStringList>
#include <QTest>

using namespace mirage;
using namespace testutil;

namespace {

// The diff in one line: "renamed:A>B; description; config; other:k; added:id@new; removed:id(name)@old;
// edited:id@new[fields]; moved:id@old>new". Empty when the diff is empty.
QString render(const ActivityDiff &d)
{
    QStringList parts;
    if (d.renamed)
        parts << QString("renamed:%1>%2").arg(QString::fromStdString(d.oldName), QString::fromStdString(d.newName));
    if (d.descriptionChanged)
        parts << "description";
    if (d.configChanged)
        parts << "config";
    auto list = [&](const char *label, const QStringList &items) {
        if (!items.isEmpty())
            parts << QString(label) + ":" + items.join(',');
    };
    QStringList items;
    for (const std::string &k : d.otherKeys)
        items << QString::fromStdString(k);
    list("other", items);
    items.clear();
    for (const auto &a : d.added)
        items << QString("%1@%2").arg(QString::fromStdString(a.id)).arg(a.newIndex);
    list("added", items);
    items.clear();
    for (const auto &r : d.removed)
        items << QString("%1(%2)@%3").arg(QString::fromStdString(r.id), QString::fromStdString(r.name)).arg(r.oldIndex);
    list("removed", items);
    items.clear();
    for (const auto &e : d.edited) {
        QStringList fields;
        for (const std::string &f : e.fields)
            fields << QString::fromStdString(f);
        items << QString("%1@%2[%3]").arg(QString::fromStdString(e.id)).arg(e.newIndex).arg(fields.join(','));
    }
    list("edited", items);
    items.clear();
    for (const auto &m : d.moved)
        items << QString("%1@%2>%3").arg(QString::fromStdString(m.id)).arg(m.oldIndex).arg(m.newIndex);
    list("moved", items);
    return parts.join("; ");
}

// Loads JSON text through the snapshot path; empty text leaves the activity null (no copy).
bool load(ActivityState &s, const QByteArray &text)
{
    if (text.isEmpty())
        return true;
    const std::string err = s.loadSnapshot(text.toStdString());
    if (!err.empty())
        qWarning() << "bad test document:" << err.c_str();
    return err.empty();
}

const QByteArray kFourSteps = R"({"id":"x","steps":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"}]})"_j;
const QByteArray kUuid = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray withSteps(const QByteArray &steps)
{
    return R"({"id":"x","steps":)" + steps + "}";
}

QByteArray withContent(const QByteArray &content)
{
    return R"({"id":"x","steps":[{"id":"s1"},{"id":"s2"},{"id":"s3"}],"content":)" + content + "}";
}

} // namespace

class TestActivityDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QByteArray>("older");
        QTest::addColumn<QByteArray>("newer");
        QTest::addColumn<QString>("expected");

        const QByteArray base = R"({"id":"x","name":"A","description":"d","config":{"a":{"b":1}},"thumbnail":"t","language":"en",
            "steps":[{"id":"s1","name":"one","location":{"x":1,"y":2}}]})"_j;
        QTest::newRow("identical") << base << base << "";
        QTest::newRow("identical, keys in another order")
            << base << R"({"steps":[{"location":{"y":2,"x":1},"name":"one","id":"s1"}],"language":"en",
            "thumbnail":"t","config":{"a":{"b":1}},"description":"d","name":"A","id":"x"})"_j
            << "";
        QTest::newRow("rename") << R"({"id":"x","name":"A"})"_j
                                << R"({"id":"x","name":"B"})"_j
                                << "renamed:A>B";
        QTest::newRow("description") << R"({"id":"x","description":"old"})"_j
                                     << R"({"id":"x","description":"new"})"_j
                                     << "description";
        QTest::newRow("description added") << R"({"id":"x"})"_j
                                           << R"({"id":"x","description":"new"})"_j
                                           << "description";
        QTest::newRow("config nested") << R"({"id":"x","config":{"a":{"b":1},"c":2}})"_j
                                       << R"({"id":"x","config":{"a":{"b":2},"c":2}})"_j
                                       << "config";
        QTest::newRow("int and double equal") << R"({"id":"x","config":{"a":1}})"_j
                                              << R"({"id":"x","config":{"a":1.0}})"_j
                                              << "";
        QTest::newRow("other keys") << R"({"id":"x","thumbnail":"t","language":"en"})"_j
                                    << R"({"id":"x","thumbnail":"u"})"_j
                                    << "other:thumbnail,language";

        QTest::newRow("added at end") << withSteps(R"([{"id":"a"},{"id":"b"}])") << withSteps(R"([{"id":"a"},{"id":"b"},{"id":"c"}])")
                                      << "added:c@2";
        QTest::newRow("added in the middle") << withSteps(R"([{"id":"a"},{"id":"b"}])")
                                             << withSteps(R"([{"id":"a"},{"id":"c"},{"id":"b"}])") << "added:c@1";
        QTest::newRow("added to an absent list") << R"({"id":"x"})"_j << withSteps(R"([{"id":"a"}])") << "added:a@0";
        QTest::newRow("removed") << withSteps(R"([{"id":"a"},{"id":"b","name":"Bee"},{"id":"c"}])")
                                 << withSteps(R"([{"id":"a"},{"id":"c"}])") << "removed:b(Bee)@1";
        QTest::newRow("edited top-level fields")
            << withSteps(R"([{"id":"a","name":"x","location":{}}])") << withSteps(R"([{"id":"a","name":"y","description":"d"}])")
            << "edited:a@0[name,description,location]";
        QTest::newRow("nested location.x") << withSteps(R"([{"id":"a","location":{"x":1,"y":2}},{"id":"b"}])")
                                           << withSteps(R"([{"id":"a","location":{"x":1.5,"y":2}},{"id":"b"}])") << "edited:a@0[location]";
        QTest::newRow("ARLEM instruction.title") << R"({"id":"x","actions":[{"id":"a1","instruction":{"title":"T","description":"D"}}]})"_j
                                                 << R"({"id":"x","actions":[{"id":"a1","instruction":{"title":"T2","description":"D"}}]})"_j
                                                 << "edited:a1@0[instruction]";
        QTest::newRow("ARLEM actions added and removed")
            << R"({"id":"x","actions":[{"id":"a1","instruction":{"title":"First"}},{"id":"a2"}]})"_j
            << R"({"id":"x","actions":[{"id":"a2"},{"id":"a3","enter":{"activates":[]}}]})"_j
            << "added:a3@1; removed:a1(First)@0";
        QTest::newRow("simple steps[].contents")
            << withSteps(R"([{"id":"s1","contents":[{"id":"k1","text":"a"}]}])")
            << withSteps(R"([{"id":"s1","contents":[{"id":"k1","text":"b"}]}])") << "edited:s1@0[contents]";

        // Either of two swapped steps could be the one that moved: both are reported.
        QTest::newRow("swap two") << kFourSteps << withSteps(R"([{"id":"b"},{"id":"a"},{"id":"c"},{"id":"d"}])") << "moved:b@1>0,a@0>1";
        QTest::newRow("move one to the front") << kFourSteps << withSteps(R"([{"id":"d"},{"id":"a"},{"id":"b"},{"id":"c"}])")
                                               << "moved:d@3>0";
        QTest::newRow("move one to the end") << kFourSteps << withSteps(R"([{"id":"b"},{"id":"c"},{"id":"d"},{"id":"a"}])")
                                             << "moved:a@0>3";
        QTest::newRow("reverse") << kFourSteps << withSteps(R"([{"id":"d"},{"id":"c"},{"id":"b"},{"id":"a"}])")
                                 << "moved:d@3>0,c@2>1,b@1>2,a@0>3";
        // Issue #23: three reversed, the middle one keeps its index; all three moved, none other.
        QTest::newRow("reverse three in five") << withSteps(R"([{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"}])")
                                               << withSteps(R"([{"id":"a"},{"id":"d"},{"id":"c"},{"id":"b"},{"id":"e"}])")
                                               << "moved:d@3>1,c@2>2,b@1>3";
        QTest::newRow("a block moved past one step")
            << withSteps(R"([{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"}])")
            << withSteps(R"([{"id":"a"},{"id":"d"},{"id":"e"},{"id":"b"},{"id":"c"}])") << "moved:d@3>1,e@4>2,b@1>3,c@2>4";
        QTest::newRow("two steps moved far") << withSteps(R"([{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"},{"id":"f"}])")
                                             << withSteps(R"([{"id":"f"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"},{"id":"a"}])")
                                             << "moved:f@5>0,a@0>5";
        QTest::newRow("add, remove, edit, reorder") << withSteps(R"([{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e","name":"E"}])")
                                                    << withSteps(R"([{"id":"e","name":"E2"},{"id":"a"},{"id":"c"},{"id":"f"},{"id":"d"}])")
                                                    << "added:f@3; removed:b()@1; edited:e@0[name]; moved:e@4>0";

        QTest::newRow("UUID case and braces: same step") << withSteps("[{\"id\":\"" + kUuid + "\",\"name\":\"n\"}]")
                                                         << withSteps("[{\"id\":\"{" + kUuid.toUpper() + "}\",\"name\":\"n\"}]") << "";
        QTest::newRow("UUID case: edit keeps the new spelling") << withSteps("[{\"id\":\"" + kUuid + "\",\"name\":\"n\"}]")
                                                                << withSteps("[{\"id\":\"" + kUuid.toUpper() + "\",\"name\":\"m\"}]")
                                                                << QString("edited:%1@0[name]").arg(QString::fromLatin1(kUuid.toUpper()));
        QTest::newRow("other ids are case-sensitive")
            << withSteps(R"([{"id":"c1"}])") << withSteps(R"([{"id":"C1"}])") << "added:C1@0; removed:c1()@0";
        QTest::newRow("steps without id ignored") << withSteps(R"([{"name":"loose"},{"id":"a"},{"id":7}])")
                                                  << withSteps(R"([{"name":"loose, edited"},{"id":"a"},{"id":8},"text"])") << "";
        QTest::newRow("unkeyed steps still count for positions")
            << withSteps(R"([{"id":"a"}])") << withSteps(R"([{"name":"loose"},{"id":"a"},{"id":"b"}])") << "added:b@2";
        QTest::newRow("duplicate id: the first counts")
            << withSteps(R"([{"id":"a","name":"1"},{"id":"a","name":"2"}])") << withSteps(R"([{"id":"a","name":"1"}])") << "";

        QTest::newRow("duplicate id in the new copy: the first counts")
            << withSteps(R"([{"id":"a","name":"1"}])")
            << withSteps(R"([{"id":"a","name":"1"},{"id":"a","name":"2"},{"id":"b"},{"id":"b"}])") << "added:b@2";
        const QByteArray content = R"([{"id":"c1","type":"text","steps":["s1","s2"],"contentData":{"text":"x"}}])"_j;
        QTest::newRow("content unchanged") << withContent(content) << withContent(content) << "";
        QTest::newRow("content item edited") << withContent(content)
                                             << withContent(R"([{"id":"c1","type":"text","steps":["s1","s2"],"contentData":{"text":"y"}}])")
                                             << "edited:s1@0[content],s2@1[content]";
        QTest::newRow("content item added") << withContent(content)
                                            << withContent(R"([{"id":"c1","type":"text","steps":["s1","s2"],"contentData":{"text":"x"}},
                                                {"id":"c2","steps":["s3"]}])")
                                            << "edited:s3@2[content]";
        QTest::newRow("content item removed") << withContent(content) << withContent("[]") << "edited:s1@0[content],s2@1[content]";
        QTest::newRow("content item moved to another step")
            << withContent(content) << withContent(R"([{"id":"c1","type":"text","steps":["s3"],"contentData":{"text":"x"}}])")
            << "edited:s1@0[content],s2@1[content],s3@2[content]";
        QTest::newRow("content and a field of the same step")
            << R"({"id":"x","steps":[{"id":"s1","name":"a"}],"content":[{"id":"c1","steps":["s1"],"isVisible":true}]})"_j
            << R"({"id":"x","steps":[{"id":"s1","name":"b"}],"content":[{"id":"c1","steps":["s1","s1","nowhere"],"isVisible":false}]})"_j
            << "edited:s1@0[name,content]";
        QTest::newRow("content on an added step: only added")
            << R"({"id":"x","steps":[],"content":[]})"_j
            << R"({"id":"x","steps":[{"id":"s9"}],"content":[{"id":"c9","steps":["s9"]}]})"_j
            << "added:s9@0";

        QTest::newRow("first load (no old copy)") << QByteArray() << withSteps(R"([{"id":"a"}])") << "";
        QTest::newRow("empty old copy") << "{}"_j << withSteps(R"([{"id":"a"}])") << "";
        QTest::newRow("no new document") << withSteps(R"([{"id":"a"}])") << QByteArray() << "";
        QTest::newRow("non-array steps, unchanged") << R"({"id":"x","steps":"oops"})"_j
                                                    << R"({"id":"x","steps":"oops"})"_j
                                                    << "";
        QTest::newRow("steps become a non-array") << withSteps(R"([{"id":"a"}])") << R"({"id":"x","steps":{"a":1}})"_j
                                                  << "other:steps";
        QTest::newRow("non-array content") << withContent(R"("c")") << withContent(R"({"k":1})") << "other:content";
    }

    void diff()
    {
        QFETCH(QByteArray, older);
        QFETCH(QByteArray, newer);
        QFETCH(QString, expected);
        ActivityState olderState, newerState;
        QVERIFY(load(olderState, older));
        QVERIFY(load(newerState, newer));
        const ActivityDiff d = ActivityDiff::compute(olderState.activity(), newerState.activity());
        QCOMPARE(render(d), expected);
        QCOMPARE(d.empty(), expected.isEmpty());
        QCOMPARE(d.reordered, !d.moved.empty());
    }

    // ActivitySummary::hashOf, by which the diff compares values, agrees with JsonValue's operator==
    // (and the one documented exception holds).
    void hashFollowsEquality_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::addColumn<bool>("sameHash");
        QTest::newRow("members in another order") << R"({"a":1,"b":[1,{"c":"d"}]})"_j
                                                  << R"({"b":[1,{"c":"d"}],"a":1})"_j << true << true;
        QTest::newRow("1 and 1.0") << "1"_j
                                   << "1.0"_j << true << true;
        QTest::newRow("0 and -0.0") << "0"_j
                                    << "-0.0"_j << true << true;
        QTest::newRow("the same raw number") << "1e400"_j
                                             << "1e400"_j << true << true;
        QTest::newRow("two raw numbers") << "1e400"_j
                                         << "2e400"_j << false << false;
        QTest::newRow("order of an array") << "[1,2]"_j
                                           << "[2,1]"_j << false << false;
        QTest::newRow("a string and a number") << R"("1")"_j
                                               << "1"_j << false << false;
        QTest::newRow("null and false") << "null"_j
                                        << "false"_j << false << false;
        QTest::newRow("[] and {}") << "[]"_j
                                   << "{}"_j << false << false;
        QTest::newRow("a null member and none") << R"({"a":null})"_j
                                                << "{}"_j << false << false;
        QTest::newRow("a value moved to another key") << R"({"a":1,"b":2})"_j
                                                      << R"({"a":2,"b":1})"_j << false << false;
        QTest::newRow("a long string") << QByteArray('"' + QByteArray(100, 'x') + '"') << QByteArray('"' + QByteArray(99, 'x') + "y\"")
                                       << false << false;
        QTest::newRow("int64s a double cannot tell apart") << "9007199254740993"_j
                                                           << "9007199254740992"_j << false << false;
        // The exception: == rounds the integer to a double; the hash keeps it whole.
        QTest::newRow("an integer beyond 2^53 and its double") << "9007199254740993"_j
                                                               << "9007199254740992.0"_j << true << false;
    }

    void hashFollowsEquality()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QFETCH(bool, sameHash);
        ActivityState sa, sb;
        QVERIFY(load(sa, R"({"id":"x","v":)" + a + "}"));
        QVERIFY(load(sb, R"({"id":"x","v":)" + b + "}"));
        const JsonValue &va = *sa.activity().find("v"), &vb = *sb.activity().find("v");
        QCOMPARE(va == vb, equal);
        QCOMPARE(ActivitySummary::hashOf(va) == ActivitySummary::hashOf(vb), sameHash);
    }

    // An array with holes (elements removed by id) hashes as the array of its live elements.
    void hashSkipsHoles()
    {
        JsonValue holed = JsonValue::array(), plain = JsonValue::array();
        for (const char *v : {"a", "b", "c"})
            holed.asArray().push(JsonValue(v));
        holed.asArray().removeSlot(1);
        plain.asArray().push(JsonValue("a"));
        plain.asArray().push(JsonValue("c"));
        QVERIFY(holed == plain);
        QCOMPARE(ActivitySummary::hashOf(holed), ActivitySummary::hashOf(plain));
        plain.asArray().push(JsonValue("b"));
        QVERIFY(ActivitySummary::hashOf(holed) != ActivitySummary::hashOf(plain));
    }

    // The diff reads its inputs only: both documents are the same afterwards.
    void inputsUntouched()
    {
        ActivityState a, b;
        QVERIFY(load(a, kFourSteps));
        QVERIFY(load(b, withSteps(R"([{"id":"d"},{"id":"c","name":"n"}])")));
        const std::string before = a.activity().toJson() + b.activity().toJson();
        QVERIFY(!ActivityDiff::compute(a.activity(), b.activity()).empty());
        QCOMPARE(a.activity().toJson() + b.activity().toJson(), before);
    }
};

QTEST_GUILESS_MAIN(TestActivityDiff)
#include "tst_activitydiff.moc"
