// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The channel's queue of received, not yet applied messages: applied in order, numbered from 1,
// capped for holding, and stopped for good at the message limit.
#include "protocol/activitystate.h"
#include "sync/receivedqueue.h"

#include <QTest>

using namespace mirage;

namespace {
const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray update(const QByteArray &name)
{
    return QByteArray(R"({"id":102,"activity_id":")") + kId + R"(","updated_fields":{"name":")" + name + R"("}})";
}
} // namespace

class TestReceivedQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesInOrderAndNumbers()
    {
        ActivityState state;
        state.setActivityId(kId);
        ReceivedQueue q;
        q.push(update("a"), false);
        q.push(QByteArray(), true);
        q.push(update("b"), false);
        QCOMPARE(q.size(), size_t(3));
        QCOMPARE(q.bytes(), qint64(update("a").size() + update("b").size()));
        const MessageBatch batch = q.apply(state);
        QCOMPARE(batch.size(), size_t(3));
        QCOMPARE(batch[0].seq, quint64(1));
        QVERIFY(batch[0].result.applied);
        QVERIFY(batch[1].binary);
        QVERIFY(!batch[1].result.applied);
        QCOMPARE(batch[2].seq, quint64(3));
        QCOMPARE(state.activity().find("name")->toString(), std::string("b"));
        QVERIFY(q.empty());
        QCOMPARE(q.bytes(), qint64(0));
        QCOMPARE(q.applied(), quint64(3));
    }

    void holdingCaps()
    {
        ReceivedQueue q;
        QVERIFY(!q.over(2, 0));
        q.push("12345", false);
        q.push("12345", false);
        QVERIFY(!q.over(2, 10));
        QVERIFY(q.over(1, 0));
        QVERIFY(q.over(0, 9));
        QVERIFY(!q.over(0, 0)); // no caps
    }

    void limitStopsForGood()
    {
        ActivityState state;
        state.setActivityId(kId);
        ReceivedQueue q;
        q.setLimit(2);
        for (const char *n : {"a", "b", "c"})
            q.push(update(n), false);
        const MessageBatch batch = q.apply(state);
        QCOMPARE(batch.size(), size_t(2));
        QVERIFY(q.limitReached());
        QVERIFY(q.empty()); // the rest is dropped
        QCOMPARE(state.activity().find("name")->toString(), std::string("b"));
        q.push(update("d"), false);
        QVERIFY(q.apply(state).empty());
        QCOMPARE(q.applied(), quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestReceivedQueue)
#include "tst_receivedqueue.moc"
