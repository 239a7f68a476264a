// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_catchup.h"

#include "protocol/activitydiff.h"
#include "protocol/activitystate.h"
#include "session/catchup.h"
#include "session/jsontext.h"
#include "session/stepmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
const QByteArray kBefore = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Old","steps":[
 {"id":"s1","name":"One"},{"id":"s2","name":"Two"},{"id":"s3","name":"Three"}]})";
const QByteArray kAfter = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Old","steps":[
 {"id":"s1","name":"One"},{"id":"s2","name":"Two, edited"},{"id":"s4","name":"Four"}]})";

// A state, its steps' model and the part under test; the rows are loaded as the frame would.
struct Fixture
{
    ActivityState state;
    StepModel steps;
    QAbstractItemModelTester tester {&steps, QAbstractItemModelTester::FailureReportingMode::QtTest};
    CatchUp catchUp {&steps};

    Fixture()
    {
        state.setActivityId(kId);
        state.setKeepReplaced(true);
    }
    bool load(const QByteArray &json)
    {
        if (!state.loadSnapshot(std::string_view(json.constData(), size_t(json.size()))).empty())
            return false;
        steps.reload(JsonText::arrayOf(state.activity().find(state.stepsKey())));
        return true;
    }
    // Loads a snapshot that replaces the shown one, as the session does, and runs the frame.
    bool replaceWith(const QByteArray &json)
    {
        if (!load(json))
            return false;
        catchUp.snapshotReplaced(ActivityDiff::compute(state.takeReplaced(), state.activity()), state.activity(), state.stepsKey());
        catchUp.frame();
        return true;
    }
    // The ids whose row shows the unread marker, in row order.
    QStringList unread() const
    {
        QStringList out;
        for (int i = 0; i < steps.count(); ++i) {
            if (steps.data(steps.index(i), StepModel::UnreadRole).toBool())
                out << steps.idAt(i);
        }
        return out;
    }
};
} // namespace

void TestCatchUp::snapshotDiffMarksItsSteps()
{
    Fixture f;
    QVERIFY(f.load(kBefore));
    f.state.takeReplaced(); // the first load has nothing to compare with
    QVERIFY(f.replaceWith(kAfter));
    QCOMPARE(f.catchUp.changes()->summary(), QStringLiteral("Since you last looked: 1 step edited, 1 added, 1 removed"));
    QCOMPARE(f.unread(), QStringList({"s2", "s4"}));

    QSignalSpy seen(&f.catchUp, &CatchUp::seen);
    f.catchUp.markStepSeen(QStringLiteral("s2"));
    QCOMPARE(f.unread(), QStringList({"s4"}));
    QCOMPARE(seen.count(), 1);
    f.catchUp.markStepSeen(QStringLiteral("s2")); // already seen: no new copy due
    QCOMPARE(seen.count(), 1);
    f.catchUp.markAllSeen();
    QCOMPARE(f.unread(), QStringList());
    QCOMPARE(seen.count(), 2);
    QCOMPARE(f.catchUp.changes()->count(), 3); // the list stays until dismissed
    f.catchUp.changes()->dismiss();
    QCOMPARE(f.catchUp.changes()->summary(), QString());
}

void TestCatchUp::liveChangesCountOnlyWhenNotLooking()
{
    Fixture f;
    QVERIFY(f.load(kBefore));
    QSignalSpy count(&f.catchUp, &CatchUp::unreadCountChanged);

    // Not looking: two messages, one edit and one removal, shown in the next frame.
    f.catchUp.applied();
    f.catchUp.stepsChanged({}, {"s1"}, {});
    f.catchUp.applied();
    f.catchUp.stepsChanged({}, {}, {"s3"});
    QCOMPARE(f.unread(), QStringList());
    QCOMPARE(f.catchUp.unreadCount(), 0);
    QVERIFY(f.catchUp.frame()); // a new copy is due: the markers changed
    QCOMPARE(f.unread(), QStringList({"s1"}));
    QCOMPARE(f.catchUp.unreadCount(), 2);
    QCOMPARE(count.count(), 1);

    // Looking: the count is read, and what arrives now is seen.
    f.catchUp.setUserIsLooking(true);
    QCOMPARE(f.catchUp.unreadCount(), 0);
    QCOMPARE(count.count(), 2);
    f.catchUp.applied();
    f.catchUp.stepsChanged({}, {"s2"}, {});
    QVERIFY(!f.catchUp.frame());
    QCOMPARE(f.catchUp.unreadCount(), 0);
    QCOMPARE(f.unread(), QStringList({"s1"}));
    QCOMPARE(count.count(), 2);
}

void TestCatchUp::keptInTheCopy()
{
    Fixture f;
    QVERIFY(f.load(kBefore));
    f.catchUp.stepsChanged({}, {"s3", "s1"}, {});
    f.catchUp.frame();
    const QDateTime savedAt = QDateTime::fromString(QStringLiteral("2026-12-07T15:00:00.000Z"), Qt::ISODateWithMs);
    // Not looking: when the user last looked is kept (never, here), the unread ids sorted.
    QJsonObject viewed = f.catchUp.viewed(savedAt);
    QCOMPARE(viewed.value(QLatin1String("unread")).toVariant().toStringList(), QStringList({"s1", "s3"}));
    QVERIFY(!viewed.contains(QLatin1String("viewedAt")));
    f.catchUp.setUserIsLooking(true);
    viewed = f.catchUp.viewed(savedAt);
    QCOMPARE(viewed.value(QLatin1String("viewedAt")).toString(), QStringLiteral("2026-12-07T15:00:00.000Z"));

    // Another part, as a new run restores it from the copy.
    Fixture g;
    QVERIFY(g.load(kBefore));
    g.catchUp.restore(viewed);
    QCOMPARE(g.unread(), QStringList({"s1", "s3"}));
    QCOMPARE(g.catchUp.viewed(savedAt.addSecs(60)).value(QLatin1String("viewedAt")).toString(), QStringLiteral("2026-12-07T15:00:00.000Z"));
}

QTEST_GUILESS_MAIN(TestCatchUp)

#include "moc_tst_catchup.cpp"
