// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_listsearch.h"

#include "offlinesession.h"
#include "session/listsearch.h"
#include "session/stepmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mirage;

namespace {

constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// s1 matches "valve" by name, s2 by description, s3 by its own content's text, s4 by an
// activity-level content pointing at it, s5 not at all.
const QByteArray kActivity = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"A","steps":[
 {"id":"s1","name":"Close the VALVE"},
 {"id":"s2","name":"Two","description":"Check the valve is shut"},
 {"id":"s3","name":"Three","contents":[{"id":"c1","type":"label","contentData":{"text":"Valve handle: red"}}]},
 {"id":"s4","name":"Four"},
 {"id":"s5","name":"Five","description":"Nothing here"}],
 "content":[{"id":"c2","type":"image","steps":["s4"],"contentData":{"fileName":"valve-diagram.png"}}]})";

QByteArray stepEdit(const char *id, const char *name)
{
    return QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"steps":[{"id":")" + id + R"(","name":")" + name + R"("}]}})" + '\n';
}

struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId, {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); }})
    {
    }
};

// A session with kActivity loaded and on its models.
struct Loaded : Session
{
    Loaded()
    {
        ok = (*this)->loadSnapshot(kActivity).isEmpty();
        (*this)->flushNow();
    }
    bool ok = false;
};

struct Search
{
    ListSearch search;
    QAbstractItemModelTester tester {&search, QAbstractItemModelTester::FailureReportingMode::QtTest};
    explicit Search(StepModel *steps)
    {
        search.setRoles({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("contentText")});
        search.setSourceModel(steps);
    }
    QStringList ids() const
    {
        QStringList out;
        for (int i = 0; i < search.count(); ++i)
            out << search.idAt(i);
        return out;
    }
};

} // namespace

void TestListSearch::matchesNameDescriptionAndContent()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->flushNow();
    Search f(s->stepModel());
    QCOMPARE(f.search.count(), 5);
    QVERIFY(!f.search.active());

    QSignalSpy counts(&f.search, &ListSearch::countChanged);
    f.search.setText(QStringLiteral("vAlVe"));
    QVERIFY(f.search.active());
    QCOMPARE(f.ids(), QStringList({"s1", "s2", "s3", "s4"}));
    QCOMPARE(f.search.count(), 4);
    QCOMPARE(f.search.sourceCount(), 5);
    QVERIFY(counts.count() >= 1);

    f.search.setText(QStringLiteral("  nothing "));
    QCOMPARE(f.ids(), QStringList({"s5"}));
    f.search.setText(QStringLiteral("no such words"));
    QCOMPARE(f.search.count(), 0);
    // Blank text: everything again.
    f.search.setText(QStringLiteral("   "));
    QVERIFY(!f.search.active());
    QCOMPARE(f.search.count(), 5);
}

void TestListSearch::changedRowIsSearchedAgain()
{
    Loaded s;
    QVERIFY(s.ok);
    Search f(s->stepModel());
    f.search.setText(QStringLiteral("pump"));
    QCOMPARE(f.search.count(), 0);

    // A renamed step now matches; the cached text of the other rows stays.
    s->feedText(stepEdit("s5", "Start the pump"));
    s->flushNow();
    QCOMPARE(f.ids(), QStringList({"s5"}));
    // And stops matching when renamed again.
    s->feedText(stepEdit("s5", "Five"));
    s->flushNow();
    QCOMPARE(f.search.count(), 0);

    // A step added at the end is searched too.
    s->feedText(QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"steps":[{"id":"s6","name":"Prime the pump"}]}})" + '\n');
    s->flushNow();
    QCOMPARE(s->stepModel()->count(), 6);
    QCOMPARE(f.ids(), QStringList({"s6"}));
    f.search.setText(QStringLiteral("valve"));
    QCOMPARE(f.ids(), QStringList({"s1", "s2", "s3", "s4"}));
}

void TestListSearch::changedContentIsSearchedAgain()
{
    Loaded s;
    QVERIFY(s.ok);
    Search f(s->stepModel());
    f.search.setText(QStringLiteral("pump"));
    QCOMPARE(f.search.count(), 0);
    QSignalSpy changed(s->stepModel(), &QAbstractItemModel::dataChanged);
    const auto contentTextChangedAt = [&](int row) {
        for (const QList<QVariant> &signal : changed) {
            const auto roles = signal.at(2).value<QList<int>>();
            if (signal.at(0).toModelIndex().row() <= row && row <= signal.at(1).toModelIndex().row()
                && roles.contains(StepModel::ContentTextRole))
                return true;
        }
        return false;
    };

    // A step's own content gets new text: its row says contentText changed, and it matches.
    s->feedText(QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"steps":[{"id":"s3","contents":[{"id":"c1","type":"label","contentData":{"text":"Pump handle: red"}}]}]}})"
        + '\n');
    s->flushNow();
    QVERIFY(contentTextChangedAt(2));
    QCOMPARE(f.ids(), QStringList({"s3"}));

    // A rename leaves the content text alone: dataChanged does not name it.
    changed.clear();
    s->feedText(stepEdit("s3", "Three again"));
    s->flushNow();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!contentTextChangedAt(2));

    // The activity-level content pointing at s4 is renamed: s4's row follows.
    changed.clear();
    s->feedText(QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"content":[{"id":"c2","type":"image","steps":["s4"],"contentData":{"fileName":"pump-diagram.png"}}]}})"
        + '\n');
    s->flushNow();
    QVERIFY(contentTextChangedAt(3));
    QCOMPARE(f.ids(), QStringList({"s3", "s4"}));
}

void TestListSearch::contentIsFoundByWhatItsCardShows()
{
    // Issue #24: Find searched other fields than the content card shows. An image whose only name
    // is the file of its `imageUrl` shows as "Image — wiring-chart.png": Find finds it by that name.
    Loaded s;
    QVERIFY(s.ok);
    Search f(s->stepModel());
    s->feedText(QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"content":[{"id":"c3","type":"image","steps":["s5"],)"
        + R"("contentData":{"imageUrl":"https://files.example.org/wiring-chart.png"}},)"
        + R"({"id":"c4","type":"label","steps":["s2"],"contentData":{"image":{"fileName":"gasket-photo.jpg"}}}]}})" + '\n');
    s->flushNow();
    f.search.setText(QStringLiteral("wiring-chart"));
    QCOMPARE(f.ids(), QStringList({"s5"}));
    // A label's name from the file of its data's image: shown, so found.
    f.search.setText(QStringLiteral("gasket-photo"));
    QCOMPARE(f.ids(), QStringList({"s2"}));
}

void TestListSearch::idsAndRowsAreTheProxys()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->flushNow();
    Search f(s->stepModel());
    f.search.setText(QStringLiteral("check"));
    QCOMPARE(f.search.rowOf(QStringLiteral("s2")), 0);
    QCOMPARE(f.search.rowOf(QStringLiteral("s1")), -1); // filtered out
    QCOMPARE(f.search.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(f.search.idAt(0), QStringLiteral("s2"));
    QCOMPARE(f.search.idAt(1), QString());
    QCOMPARE(f.search.idAt(-1), QString());
    QCOMPARE(f.search.dataAt(0, QStringLiteral("description")), QStringLiteral("Check the valve is shut"));
    QCOMPARE(f.search.dataAt(0, QStringLiteral("nope")), QString());
    QCOMPARE(f.search.dataAt(1, QStringLiteral("name")), QString());
}

void TestListSearch::highlightEscapesServerText()
{
    QCOMPARE(ListSearch::highlighted(QStringLiteral("<b>x</b>"), QString()), QStringLiteral("&lt;b&gt;x&lt;/b&gt;"));
    QCOMPARE(ListSearch::highlighted(QStringLiteral("<a href=\"x\">Ab</a>"), QStringLiteral(" a ")),
        QStringLiteral("&lt;<b><u>a</u></b> href=&quot;x&quot;&gt;<b><u>A</u></b>b&lt;/<b><u>a</u></b>&gt;"));
    QCOMPARE(ListSearch::highlighted(QStringLiteral("<"), QStringLiteral("lt")), QStringLiteral("&lt;")); // the escape is not searched
}

void TestListSearch::prepareBuildsTheCacheBeforeTyping()
{
    // Issue #13: the first keystroke on 10,000 steps built the cache; opening the bar does now.
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->flushNow();
    Search f(s->stepModel());
    QCOMPARE(f.search.preparedRows(), 0);
    f.search.prepare();
    QCOMPARE(f.search.preparedRows(), 5);
    f.search.setText(QStringLiteral("valve"));
    QCOMPARE(f.ids(), QStringList({"s1", "s2", "s3", "s4"}));
    // A row changed after prepare() is built again when next searched.
    s->feedText(stepEdit("s5", "The valve again"));
    s->flushNow();
    QCOMPARE(f.ids(), QStringList({"s1", "s2", "s3", "s4", "s5"}));
}

void TestListSearch::tenThousandSteps()
{
    QByteArray json = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Big","steps":[)";
    for (int i = 0; i < 10000; ++i) {
        if (i)
            json += ',';
        json += QStringLiteral(R"({"id":"s%1","name":"Step number %1","description":"Do the thing %2 carefully","contents":[{"id":"c%1","type":"label","contentData":{"text":"Some longer content text for step %1 with words"}}]})")
                .arg(i)
                .arg(i % 7 == 0 ? QStringLiteral("seventh") : QStringLiteral("usual")).toUtf8();
    }
    json += "]}";
    Session s;
    QCOMPARE(s->loadSnapshot(json), QString());
    s->flushNow();
    QCOMPARE(s->stepModel()->count(), 10000);
    ListSearch search;
    search.setRoles({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("contentText")});
    search.setSourceModel(s->stepModel());

    QElapsedTimer timer;
    timer.start();
    search.prepare(); // the find bar opens
    const qint64 prepared = timer.nsecsElapsed();
    QCOMPARE(search.preparedRows(), 10000);
    timer.restart();
    search.setText(QStringLiteral("s")); // the first keystroke compares cached strings
    QCOMPARE(search.count(), 10000);
    const qint64 first = timer.nsecsElapsed();
    QString typed = QStringLiteral("s");
    qint64 slowest = 0;
    for (QChar c : QStringLiteral("eventh")) {
        typed += c;
        timer.restart();
        search.setText(typed);
        QVERIFY(search.count() > 0); // the proxy filters when asked
        slowest = std::max(slowest, timer.nsecsElapsed());
    }
    QCOMPARE(search.count(), 1429);
    qInfo("10,000 steps: prepare %.1f ms (the bar opens), first keystroke %.1f ms, slowest next keystroke %.1f ms", prepared / 1e6,
        first / 1e6, slowest / 1e6);
}

QTEST_GUILESS_MAIN(TestListSearch)

#include "moc_tst_listsearch.cpp"
