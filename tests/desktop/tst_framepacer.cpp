// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_framepacer.h"

#include "desktop/framepacer.h"
#include "session/activitysession.h"

#include <QSignalSpy>
#include <QTest>
#include <QVariantAnimation>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray line(int id, const QByteArray &body)
{
    return QByteArray(R"({"id":)") + QByteArray::number(id) + R"(,"activity_id":")" + kId + "\"," + body + "}\n";
}

QByteArray rename(const char *step, int n)
{
    return line(102, QByteArray(R"("updated_fields":{"steps":[{"id":")") + step + R"(","name":"edit )" + QByteArray::number(n) + "\"}]}");
}

// A step's flash: opacity from 0.55 to 0 over `ms`.
std::unique_ptr<QVariantAnimation> flash(int ms)
{
    auto a = std::make_unique<QVariantAnimation>();
    a->setStartValue(0.55);
    a->setEndValue(0.0);
    a->setDuration(ms);
    return a;
}
} // namespace

void TestFramePacer::animationsRunToTheirEnd()
{
    int ticks = 0;
    FramePacer pacer([&] { ++ticks; });
    pacer.install();
    auto a = flash(200);
    QSignalSpy finished(a.get(), &QAbstractAnimation::finished);
    a->start();
    QVERIFY(finished.wait(3000));
    QCOMPARE(a->currentValue().toDouble(), 0.0);
    QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("%1 ticks for 200 ms").arg(ticks)));
    // No animation left: no tick.
    QTRY_VERIFY(!pacer.isRunning());
    const int after = ticks;
    QTest::qWait(100);
    QCOMPARE(ticks, after);
    pacer.uninstall();
}

void TestFramePacer::editsAreAppliedAtTheTicksWhileAnAnimationRuns()
{
    ChannelEndpoint endpoint;
    endpoint.activityId = QString::fromLatin1(kId);
    ActivitySession session(endpoint, ChannelSettings {});
    session.feedText(line(104,
        QByteArray(R"("data":{"id":")") + kId + R"(","name":"Pump check","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}]})"));
    session.flushNow();
    session.catchUp()->setUserIsLooking(true); // no unread markers: the names' changes alone
    StepModel *steps = session.stepModel();
    QCOMPARE(steps->rowCount(), 2);

    bool inTick = false;
    int ticks = 0;
    FramePacer pacer([&] {
        ++ticks;
        inTick = true;
        session.flushPending();
        inTick = false;
    });
    pacer.install();
    // Where each of the step model's changes came from: a tick, or the batcher's own timer; and
    // at which tick.
    int atTicks = 0, elsewhere = 0, shownAt = -1;
    connect(steps, &QAbstractItemModel::dataChanged, this, [&] {
        ++(inTick ? atTicks : elsewhere);
        shownAt = ticks;
    });

    auto a = flash(1500);
    a->start();
    QTRY_VERIFY(pacer.isRunning());
    for (int i = 0; i < 20; ++i) {
        session.feedText(rename("s2", i));
        const int fedAt = ticks;
        QTRY_COMPARE_WITH_TIMEOUT(steps->index(1).data(StepModel::NameRole).toString(), QStringLiteral("edit %1").arg(i), 500);
        QCOMPARE(shownAt, fedAt + 1); // at the next tick
        QTest::qWait(7);
    }
    QVERIFY(a->state() == QAbstractAnimation::Running);
    QCOMPARE(atTicks, 20);
    QCOMPARE(elsewhere, 0);
    a->stop();

    // Without an animation the batcher's own timer applies them.
    QTRY_VERIFY(!pacer.isRunning());
    session.feedText(rename("s1", 99));
    QTRY_COMPARE(steps->index(0).data(StepModel::NameRole).toString(), QStringLiteral("edit 99"));
    QCOMPARE(elsewhere, 1);
    pacer.uninstall();
}

void TestFramePacer::nothingCollectedEmitsNothing()
{
    ChannelEndpoint endpoint;
    endpoint.activityId = QString::fromLatin1(kId);
    ActivitySession session(endpoint, ChannelSettings {});
    session.feedText(line(104, QByteArray(R"("data":{"id":")") + kId + R"(","name":"Pump check","steps":[{"id":"s1","name":"One"}]})"));
    session.flushNow();
    session.catchUp()->setUserIsLooking(true);
    QSignalSpy revision(&session, &ActivitySession::stepsRevisionChanged);
    QSignalSpy unread(session.catchUp(), &CatchUp::unreadCountChanged);
    QSignalSpy changed(session.stepModel(), &QAbstractItemModel::dataChanged);
    session.flushPending();
    QCOMPARE(revision.count() + unread.count() + changed.count(), 0);
    session.feedText(rename("s1", 1));
    session.flushPending(); // collected: applied now
    QCOMPARE(session.stepModel()->index(0).data(StepModel::NameRole).toString(), QStringLiteral("edit 1"));
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestFramePacer)

#include "moc_tst_framepacer.cpp"
