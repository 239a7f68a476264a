// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_keyedrows.h"

#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/activitysession.h"
#include "session/jsontext.h"
#include "session/listsearch.h"
#include "session/stepmodel.h"
#include "stepmessages.h"
#include "sync/activitychannel.h"
#include "sync/snapshotloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace mirage;

namespace {
using namespace stepmessages;

QByteArray snapshot(int steps)
{
    return snapshotOf(steps,
        [](int i) { return QStringLiteral(R"(,"name":"Step %1","contents":[{"id":"c-%1","type":"label","text":"t"}])").arg(i).toUtf8(); });
}

struct Fixture
{
    ChannelEndpoint endpoint;
    std::unique_ptr<ActivitySession> session;
    ListSearch search;
    std::unique_ptr<QAbstractItemModelTester> stepsTester, searchTester;
    explicit Fixture(int steps)
    {
        endpoint.activityId = QString::fromLatin1(kId);
        session = std::make_unique<ActivitySession>(endpoint, ChannelSettings {});
        stepsTester =
            std::make_unique<QAbstractItemModelTester>(session->stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        search.setRoles({QStringLiteral("name")});
        search.setSourceModel(session->stepModel());
        searchTester = std::make_unique<QAbstractItemModelTester>(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session->loadSnapshot(snapshot(steps));
        session->flushNow();
    }
    StepModel *steps() { return session->stepModel(); }
    // The ids in the state's order: what the rows must show.
    QStringList stateIds()
    {
        QStringList ids;
        ActivityState &state = session->state();
        if (JsonArray *array = JsonText::arrayOf(state.activity().find(state.stepsKey()))) {
            for (const JsonValue &e : array->items()) {
                if (!e.isHole())
                    ids << JsonText::idKey(e.find("id")->stringView());
            }
        }
        return ids;
    }
    QStringList rowIds()
    {
        QStringList ids;
        for (int row = 0; row < steps()->rowCount(); ++row)
            ids << steps()->idAt(row);
        return ids;
    }
};

// Every row's id looks up its row, in the steps and in the proxy.
bool lookupsAgree(StepModel *steps, ListSearch *search)
{
    for (int row = 0; row < steps->rowCount(); ++row) {
        const QString id = steps->idAt(row);
        if (steps->rowOf(id) != row || steps->index(row).data(KeyedListModel::ItemIdRole).toString() != id)
            return false;
    }
    for (int row = 0; row < search->rowCount(); ++row) {
        if (search->rowOf(search->idAt(row)) != row)
            return false;
    }
    return true;
}
} // namespace

void TestKeyedRows::removalsAreBatchedByRun()
{
    Fixture f(20);
    QSignalSpy removed(f.steps(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy proxyRemoved(&f.search, &QAbstractItemModel::rowsRemoved);
    bool lookupsDuringFrame = true;
    connect(f.steps(), &QAbstractItemModel::rowsRemoved, this,
        [&] { lookupsDuringFrame = lookupsDuringFrame && lookupsAgree(f.steps(), &f.search); });
    // One frame: steps 2, 3, 4, 7, 10, 11 and 19 deleted by six messages (one deletes two), in no order.
    f.session->feedText(update(removal(10)) + update(removal(3)) + update(removal(7)) + update(removal(2) + ',' + removal(19))
        + update(removal(4)) + update(removal(11)) + update(removal(3)));
    QCOMPARE(removed.size(), 0); // nothing before the frame
    f.session->flushNow();
    // Runs 2-4, 7, 10-11 and 19, each numbered in the rows as they are when it is signalled.
    QList<std::pair<int, int>> runs;
    for (const QList<QVariant> &args : removed)
        runs << std::pair {args.at(1).toInt(), args.at(2).toInt()};
    QCOMPARE(runs, (QList<std::pair<int, int>> {{2, 4}, {4, 4}, {6, 7}, {13, 13}}));
    QCOMPARE(proxyRemoved.size(), 4);
    QVERIFY(lookupsDuringFrame);
    QCOMPARE(f.steps()->rowCount(), 13);
    QCOMPARE(f.rowIds(), f.stateIds());
    QVERIFY(lookupsAgree(f.steps(), &f.search));
    for (int gone : {2, 3, 4, 7, 10, 11, 19})
        QCOMPARE(f.steps()->rowOf(stepId(gone)), -1);
    QCOMPARE(f.steps()->index(2).data(StepModel::NameRole).toString(), QStringLiteral("Step 5"));
    QCOMPARE(f.steps()->index(12).data(StepModel::NameRole).toString(), QStringLiteral("Step 18"));
}

void TestKeyedRows::lookupRightAfterMixedFrame()
{
    Fixture f(12);
    // In one frame: edits, deletes, two new steps, step 5 deleted then added again, step 1 edited
    // then deleted, then every step in a new order (a full list), then one more delete and a step added.
    QByteArray frame = update(QStringLiteral(R"({"id":"%1","name":"Edited 1"})").arg(stepId(1)).toUtf8());
    frame += update(removal(1) + ',' + removal(5) + ',' + removal(8));
    frame += update(QStringLiteral(R"({"id":"%1","name":"New 20"},{"id":"%2","name":"Back 5"})").arg(stepId(20), stepId(5)).toUtf8());
    frame += update(QStringLiteral(R"({"id":"%1","name":"New 21"})").arg(stepId(21)).toUtf8());
    QByteArray full;
    for (int n : {21, 11, 10, 9, 7, 6, 5, 4, 3, 2, 0, 20}) {
        if (!full.isEmpty())
            full += ',';
        full += QStringLiteral(R"({"id":"%1"})").arg(stepId(n)).toUtf8();
    }
    frame += update(full);
    frame += update(removal(9) + ',' + QStringLiteral(R"({"id":"%1","name":"New 22"})").arg(stepId(22)).toUtf8());
    f.session->feedText(frame);
    f.session->flushNow();
    const QStringList expected {stepId(21), stepId(11), stepId(10), stepId(7), stepId(6), stepId(5), stepId(4), stepId(3), stepId(2),
        stepId(0), stepId(20), stepId(22)};
    QCOMPARE(f.stateIds(), expected);
    QCOMPARE(f.rowIds(), expected);
    QVERIFY(lookupsAgree(f.steps(), &f.search));
    QCOMPARE(f.steps()->rowOf(stepId(1)), -1);
    QCOMPARE(f.steps()->rowOf(stepId(9)), -1);
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(5))).data(StepModel::NameRole).toString(), QStringLiteral("Back 5"));
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(22))).data(StepModel::NameRole).toString(), QStringLiteral("New 22"));
    // The next frame's removal finds its row from the index kept through this one.
    QSignalSpy removed(f.steps(), &QAbstractItemModel::rowsRemoved);
    f.session->feedText(update(removal(3)));
    f.session->flushNow();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 7);
    QVERIFY(lookupsAgree(f.steps(), &f.search));
}

void TestKeyedRows::fullListInSameOrderMovesNothing()
{
    Fixture f(6);
    QSignalSpy layout(f.steps(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(f.steps(), &QAbstractItemModel::dataChanged);
    // Every step named, in the order they are in, one with a nested contents edit: a full list.
    QByteArray full;
    for (int n = 0; n < 6; ++n) {
        if (!full.isEmpty())
            full += ',';
        full += n == 2
            ? QStringLiteral(R"({"id":"%1","contents":[{"id":"c-2","text":"u"},{"id":"c-new","type":"label"}]})").arg(stepId(n)).toUtf8()
            : QStringLiteral(R"({"id":"%1"})").arg(stepId(n)).toUtf8();
    }
    f.session->feedText(update(full));
    f.session->flushNow();
    QCOMPARE(layout.size(), 0);
    QCOMPARE(f.rowIds(), f.stateIds());
    QCOMPARE(f.steps()->index(2).data(StepModel::ContentCountRole).toInt(), 2);
    QVERIFY(!changed.isEmpty());
    // A full list in another order still moves the rows, with one layoutChanged.
    QByteArray reversed;
    for (int n = 5; n >= 0; --n) {
        if (!reversed.isEmpty())
            reversed += ',';
        reversed += QStringLiteral(R"({"id":"%1"})").arg(stepId(n)).toUtf8();
    }
    f.session->feedText(update(reversed));
    f.session->flushNow();
    QCOMPARE(layout.size(), 1);
    QCOMPARE(f.rowIds(), f.stateIds());
    QCOMPARE(f.steps()->idAt(0), stepId(5));
    QVERIFY(lookupsAgree(f.steps(), &f.search));
}

QTEST_MAIN(TestKeyedRows)

#include "moc_tst_keyedrows.cpp"

namespace {
// A StepModel that counts how many rows it read from the state.
class CountingSteps : public StepModel
{
public:
    mutable int reads = 0;

protected:
    QVector<QVariant> extract(const JsonValue &element) const override
    {
        ++reads;
        return StepModel::extract(element);
    }
};
} // namespace

// Lazy rows (issue #26): loading 1,000 steps reads none of them; a row is read when a view asks
// for it, once. A change to a row nobody has read is signalled with every role (a find proxy reads
// it again); one to a row read before names exactly the roles that changed.
void TestKeyedRows::rowsAreReadWhenAsked()
{
    ActivityState state;
    QVERIFY(state.loadSnapshot(snapshot(1000).toStdString()).empty());
    CountingSteps steps;
    steps.setState(&state);
    JsonArray *array = JsonText::arrayOf(state.activity().find("steps"));
    QSignalSpy resets(&steps, &QAbstractItemModel::modelReset);
    steps.reload(array);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(steps.rowCount(), 1000);
    QCOMPARE(steps.idAt(999), stepId(999));
    QCOMPARE(steps.reads, 0);
    QCOMPARE(steps.index(5).data(StepModel::NameRole).toString(), QStringLiteral("Step 5"));
    QCOMPARE(steps.index(5).data(StepModel::TypeRole).toString(), QString());
    QCOMPARE(steps.index(5).data(StepModel::ContentCountRole).toInt(), 1);
    QCOMPARE(steps.reads, 1);

    QSignalSpy changed(&steps, &QAbstractItemModel::dataChanged);
    for (int n : {7, 5}) {
        const QByteArray edit = update(QStringLiteral(R"({"id":"%1","name":"Renamed %2"})").arg(stepId(n)).arg(n).toUtf8());
        QVERIFY(state.apply(std::string_view(edit.constData(), size_t(edit.size()))).applied);
        steps.markChanged(stepId(n).toStdString(), true);
    }
    steps.flush(array);
    QCOMPARE(changed.count(), 2);
    const QList<int> all {StepModel::NameRole, StepModel::DescriptionRole, StepModel::ContentCountRole, StepModel::TypeRole,
        StepModel::ContentTextRole, KeyedListModel::ChangedAtRole};
    const QList<int> nameOnly {StepModel::NameRole, KeyedListModel::ChangedAtRole};
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), nameOnly);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), all);
    QCOMPARE(steps.index(7).data(StepModel::NameRole).toString(), QStringLiteral("Renamed 7"));
    QCOMPARE(steps.index(5).data(StepModel::NameRole).toString(), QStringLiteral("Renamed 5"));
    QCOMPARE(steps.index(6).data(StepModel::NameRole).toString(), QStringLiteral("Step 6"));
}

void TestKeyedRows::rowsReadOffThreadThenEventsAreTheState()
{
    Fixture f(10);
    // A snapshot of 1,000 steps whose activity-level content names steps 9 and 20, set by the
    // channel's loader (parsed and its rows read on the worker).
    QByteArray body = snapshot(1000);
    body.chop(1);
    body +=
        QStringLiteral(R"(,"content":[{"id":"k1","type":"label","text":"x","steps":["%1","%2"]}]})").arg(stepId(9), stepId(20)).toUtf8();
    QSignalSpy reset(f.steps(), &QAbstractItemModel::modelReset);
    bool fed = false;
    // Right after the tree is set, before the frame that shows it: a delete, an insert, a rename
    // and content that now names step 30 as well.
    connect(f.session->channel(), &ActivityChannel::snapshotApplied, this, [&] {
        QCOMPARE(f.steps()->rowCount(), 10); // the frame has not come yet
        f.session->feedText(update(removal(3))
            + update(QStringLiteral(R"({"id":"%1","name":"Step new"})").arg(stepId(1000)).toUtf8())
                + update(QStringLiteral(R"({"id":"%1","name":"Renamed 7"})").arg(stepId(7)).toUtf8())
                    + QByteArray(R"({"id":102,"activity_id":")") + kId
                    + QStringLiteral(R"(","action":"updated","updated_fields":{"content":[{"id":"k1","type":"label","text":"x","steps":["%1","%2","%3"]}]}})")
                            .arg(stepId(9), stepId(20), stepId(30))
                            .toUtf8()
                        + '\n');
        fed = true;
    });
    f.session->channel()->loader().load(body);
    QTRY_VERIFY_WITH_TIMEOUT(fed, 30000);
    f.session->flushNow();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.steps()->rowCount(), 1000);
    QCOMPARE(f.rowIds(), f.stateIds());
    QVERIFY(lookupsAgree(f.steps(), &f.search));
    QCOMPARE(f.steps()->rowOf(stepId(3)), -1);
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(1000))).data(StepModel::NameRole).toString(), QStringLiteral("Step new"));
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(7))).data(StepModel::NameRole).toString(), QStringLiteral("Renamed 7"));
    // Every row as a model reading the final state at once shows it.
    ActivityState &state = f.session->state();
    StepModel fresh;
    fresh.setState(&state);
    fresh.recountContents(state.activity());
    fresh.reload(JsonText::arrayOf(state.activity().find(state.stepsKey())));
    QCOMPARE(fresh.rowCount(), f.steps()->rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        for (int role : {int(StepModel::NameRole), int(StepModel::ContentCountRole), int(StepModel::ContentTextRole)})
            QCOMPARE(f.steps()->index(row).data(role), fresh.index(row).data(role));
    }
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(30))).data(StepModel::ContentCountRole).toInt(), 2); // its own and k1
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(9))).data(StepModel::ContentCountRole).toInt(), 2);
    QCOMPARE(f.steps()->index(f.steps()->rowOf(stepId(8))).data(StepModel::ContentCountRole).toInt(), 1);
}
