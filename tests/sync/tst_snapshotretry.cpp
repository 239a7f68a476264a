// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The snapshot's retry on a manual clock (issue #23): the README's backoff, "≤ 0.5 s, doubling,
// capped at 30 s" with full jitter, as the window's channel uses it (ChannelSettings' defaults),
// asserted as those numbers; and the clock itself: timers fire when time passes their due time,
// in order, never before.
#include "sync/channelsettings.h"
#include "sync/channelstatus.h"
#include "sync/clocktimer.h"
#include "sync/manualclock.h"
#include "sync/snapshotretry.h"

#include <QSignalSpy>
#include <QTest>

using namespace mirage;

class TestSnapshotRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualClockFiresWhatFallsDueInOrder()
    {
        ManualClock clock(1000);
        QStringList fired;
        ClockTimer late, early, again;
        const std::pair<ClockTimer *, const char *> timers[] = {{&late, "late"}, {&early, "early"}, {&again, "again"}};
        for (auto [timer, name] : timers) {
            timer->setClock(&clock);
            connect(timer, &ClockTimer::timeout, this,
                [&fired, &clock, name = QString::fromLatin1(name)] { fired << QStringLiteral("%1@%2").arg(name).arg(clock.now()); });
        }
        // A timer started by another's timeout falls due on the same move of the clock.
        connect(&early, &ClockTimer::timeout, this, [&] { again.start(100); });
        late.start(300);
        early.start(50);
        clock.advance(49);
        QVERIFY(fired.isEmpty());
        QVERIFY(early.isActive());
        clock.advance(300);
        QCOMPARE(fired, QStringList({QStringLiteral("early@1050"), QStringLiteral("again@1150"), QStringLiteral("late@1300")}));
        QCOMPARE(clock.now(), 1349);
        QVERIFY(!late.isActive());
        // A stopped timer never fires; a restarted one is due from its restart.
        late.start(10);
        late.stop();
        early.start(10);
        clock.advance(5);
        early.start(10);
        clock.advance(9);
        QCOMPARE(fired.size(), 3);
        clock.advance(1);
        QCOMPARE(fired.last(), QStringLiteral("early@1364"));
        QCOMPARE(fired.size(), 4); // and `again`, started by it, waits for its own 100 ms
        QVERIFY(again.isActive());
    }

    void triesAgainAfterTheBackoff()
    {
        ManualClock clock;
        const ChannelSettings window; // the window's channel: its backoff is SnapshotRetry's
        SnapshotRetry retry(window.retryInitialMs, window.retryMaxMs);
        retry.setClock(&clock);
        double jitter = 1.0; // full jitter: a delay is this share of its ceiling
        retry.setRandom([&] { return jitter; });
        QSignalSpy due(&retry, &SnapshotRetry::due);
        SnapshotFailure timeout;
        timeout.reason = SnapshotFailure::Reason::Timeout;

        // README: "backoff and full jitter (≤ 0.5 s, doubling, capped at 30 s)".
        const QList<int> ceilings {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (int i = 0; i < ceilings.size(); ++i) {
            QVERIFY(retry.schedule(timeout));
            clock.advance(ceilings[i] - 1);
            QVERIFY2(due.count() == i, qPrintable(QStringLiteral("try %1 came before %2 ms").arg(i + 1).arg(ceilings[i])));
            QVERIFY(retry.pending());
            clock.advance(1);
            QVERIFY2(due.count() == i + 1, qPrintable(QStringLiteral("try %1 did not come at %2 ms").arg(i + 1).arg(ceilings[i])));
            QVERIFY(!retry.pending());
        }

        // A snapshot applied (or a new connection): the backoff starts over, and a pending try goes.
        retry.schedule(timeout);
        retry.reset();
        clock.advance(60000);
        QCOMPARE(due.count(), ceilings.size());
        // Full jitter: a uniform share of the ceiling (here half of 0.5 s, then of 1 s).
        jitter = 0.5;
        const int before = int(due.count());
        for (int delay : {250, 500}) {
            QVERIFY(retry.schedule(timeout));
            clock.advance(delay - 1);
            QCOMPARE(due.count(), before + (delay == 250 ? 0 : 1));
            clock.advance(1);
            QCOMPARE(due.count(), before + (delay == 250 ? 1 : 2));
        }

        // What will not pass is not tried again.
        SnapshotFailure notAnActivity;
        notAnActivity.reason = SnapshotFailure::Reason::Rejected;
        QVERIFY(!retry.schedule(notAnActivity));
        QVERIFY(!retry.pending());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotRetry)
#include "tst_snapshotretry.moc"
