// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The session's promises about time on a manual clock (issue #23), as the README states them:
// the models are brought up to date "once per frame (16 ms)", and the "N applied" counter's
// `countsChanged` "comes at most every 250 ms, the last with the final counts". No waiting: the
// test moves the clock on and sees what fell due.
#include "offlinesession.h"
#include "session/ratelimit.h"
#include "stepmessages.h"
#include "sync/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace mirage;
using namespace stepmessages;

namespace {
struct Timed : OfflineSession
{
    ManualClock clock;
    Timed()
        : OfflineSession(kId, {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); }})
    {
        session->setClock(&clock);
        if (!session->loadSnapshot(snapshotOf(3, [](int i) { return QStringLiteral(R"(,"name":"step %1")").arg(i).toUtf8(); })).isEmpty())
            qFatal("the snapshot did not load");
        clock.advance(1000); // its frame is out
    }
    QString name(int row) const { return session->stepModel()->index(row).data(StepModel::NameRole).toString(); }
    // One edit of step 0's name.
    void edit(int n) { session->feedText(update(QStringLiteral(R"({"id":"%1","name":"edit %2"})").arg(stepId(0)).arg(n).toUtf8())); }
};
} // namespace

class TestSessionTiming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsCatchUpOncePerFrame()
    {
        Timed t;
        QCOMPARE(t.name(0), QStringLiteral("step 0"));
        QSignalSpy changed(t.session->stepModel(), &QAbstractItemModel::dataChanged);
        // A burst within one frame: the row shows none of it until the frame, then the last edit,
        // with one round of dataChanged.
        for (int i = 1; i <= 50; ++i)
            t.edit(i);
        t.clock.advance(15);
        QCOMPARE(t.name(0), QStringLiteral("step 0"));
        QCOMPARE(changed.count(), 0);
        t.clock.advance(1); // 16 ms
        QCOMPARE(t.name(0), QStringLiteral("edit 50"));
        const qsizetype afterFirst = changed.count(); // one round of dataChanged for the burst
        QVERIFY(afterFirst > 0 && afterFirst <= 2);
        // The frame is counted from the first message after it: again 16 ms.
        t.clock.advance(100);
        t.edit(51);
        t.clock.advance(15);
        QCOMPARE(t.name(0), QStringLiteral("edit 50"));
        QCOMPARE(changed.count(), afterFirst);
        t.clock.advance(1);
        QCOMPARE(t.name(0), QStringLiteral("edit 51"));
        QVERIFY(changed.count() > afterFirst);
    }

    void countsAtMostEvery250msEndingOnTheFinalCount()
    {
        Timed t;
        // What the window's counter reads each time it is told, and when.
        QList<QPair<qint64, quint64>> shown;
        connect(t.session.get(), &ActivitySession::countsChanged, this, [&] {
            shown.append({t.clock.now() - 1000, t.session->appliedCount()});
        });
        // An edit every frame for 1 s (from t = 0 to 992 ms).
        for (int i = 0; i < 63; ++i) {
            t.edit(i);
            t.clock.advance(16);
        }
        const quint64 final = t.session->appliedCount();
        t.clock.advance(5000);
        QCOMPARE(t.session->appliedCount(), final);
        // The first frame's counts at once (16 ms), then one every 250 ms while the edits go on, and
        // the final counts 250 ms after the last shown.
        QList<qint64> at;
        for (const auto &s : std::as_const(shown))
            at << s.first;
        QCOMPARE(at, QList<qint64>({16, 266, 516, 766, 1016}));
        QCOMPARE(shown.last().second, final);
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY(shown[i].second > shown[i - 1].second);
    }

    void rateLimitTellsAtOnceThenAtMostEveryIntervalAndTheLast()
    {
        ManualClock clock;
        QList<qint64> told;
        RateLimit limit(250, [&] { told << clock.now(); });
        limit.setClock(&clock);
        limit.touch(); // a first touch: at once
        QCOMPARE(told, QList<qint64>({0}));
        clock.advance(100);
        limit.touch();
        limit.touch();
        clock.advance(149);
        QCOMPARE(told.size(), 1);
        clock.advance(1); // 250 ms after the first: the touches since are told once
        QCOMPARE(told, QList<qint64>({0, 250}));
        clock.advance(1000); // nothing touched since: nothing told
        QCOMPARE(told, QList<qint64>({0, 250}));
        limit.touch(); // quiet for longer than the interval: at once again
        QCOMPARE(told, QList<qint64>({0, 250, 1250}));
    }
};

QTEST_GUILESS_MAIN(TestSessionTiming)
#include "tst_sessiontiming.moc"
