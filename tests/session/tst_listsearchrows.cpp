// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_listsearchrows.h"

#include "offlinesession.h"
#include "session/listsearch.h"
#include "session/stepmodel.h"
#include "stepmessages.h"

#include <QSignalSpy>
#include <QTest>
#include <initializer_list>

using namespace mirage;

namespace {

using namespace stepmessages;

// Steps 0..n-1 named "Step i"; every third one (0, 3, 6, ...) is about a valve.
QByteArray snapshot(int steps)
{
    return snapshotOf(steps, [](int i) {
        return QStringLiteral(R"(,"name":"Step %1","description":"%2")") .arg(i).arg(
            i % 3 == 0 ? QStringLiteral("Open the valve") : QStringLiteral("Tighten the bolt")).toUtf8();
    });
}

QByteArray edit(int n, const char *field, const char *text)
{
    return QStringLiteral(R"({"id":"%1","%2":"%3"})").arg(stepId(n), QLatin1String(field), QLatin1String(text)).toUtf8();
}

// The row signals of a model, in order, as "removed 2-4", "inserted 7-7", "changed 1-1",
// "layout", "reset". A change of the unread marker alone (a changed step becomes unread, in no
// particular order) goes to `unread` instead, sorted.
struct Recorder
{
    QStringList log, unread;
    explicit Recorder(QAbstractItemModel *model)
    {
        const auto range = [this](const char *what) {
            return [this, what](const QModelIndex &, int first, int last) {
                log << QStringLiteral("%1 %2-%3").arg(QLatin1String(what)).arg(first).arg(last);
            };
        };
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, range("removed"));
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, range("inserted"));
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                const QString rows = QStringLiteral("%1-%2").arg(from.row()).arg(to.row());
                if (roles == QList<int> {StepModel::UnreadRole})
                    unread << rows;
                else
                    log << QStringLiteral("changed ") + rows;
            });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [this] { log << QStringLiteral("layout"); });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { log << QStringLiteral("reset"); });
    }
    QStringList take() { return std::exchange(log, {}); }
    QStringList takeUnread()
    {
        unread.sort();
        return std::exchange(unread, {});
    }
};

struct Fixture : OfflineSession
{
    ListSearch search;
    QAbstractItemModelTester tester {&search, QAbstractItemModelTester::FailureReportingMode::QtTest};
    explicit Fixture(int steps)
        : OfflineSession(kId, {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); }})
    {
        search.setRoles({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("contentText")});
        search.setSourceModel(session->stepModel());
        session->loadSnapshot(snapshot(steps));
        session->flushNow();
    }
    void feed(const QByteArray &frame)
    {
        session->feedText(frame);
        session->flushNow(); // one frame
    }
    // The step numbers the proxy's rows read, in order (idAt, as a KeyedListView asks).
    QList<int> shown() const
    {
        QList<int> out;
        for (int row = 0; row < search.count(); ++row)
            out << search.idAt(row).mid(24).toInt();
        return out;
    }
    // Every row's id finds its row again, and the proxy's rows read the ids the steps do.
    bool lookupsAgree()
    {
        for (int row = 0; row < search.count(); ++row) {
            const QString id = search.idAt(row);
            if (search.rowOf(id) != row || search.index(row, 0).data(KeyedListModel::ItemIdRole).toString() != id
                || search.mapToSource(search.index(row, 0)).row() != session->stepModel()->rowOf(id))
                return false;
        }
        return true;
    }
};

QList<int> numbers(std::initializer_list<int> n)
{
    return QList<int>(n);
}

} // namespace

void TestListSearchRows::removalRunsPassThroughWithNoSearch()
{
    Fixture f(20);
    Recorder steps(f->stepModel()), proxy(&f.search);
    const QPersistentModelIndex current = f.search.index(5, 0); // the view's current row: step 5
    // One frame deleting steps 10, 3, 7, 2, 19, 4 and 11: the steps signal a run at a time.
    f.feed(update(removal(10)) + update(removal(3)) + update(removal(7)) + update(removal(2) + ',' + removal(19)) + update(removal(4))
        + update(removal(11)));
    const QStringList runs {"removed 2-4", "removed 4-4", "removed 6-7", "removed 13-13"};
    QCOMPARE(steps.take(), runs);
    QCOMPARE(proxy.take(), runs); // the same runs, nothing more
    QCOMPARE(f.shown(), numbers({0, 1, 5, 6, 8, 9, 12, 13, 14, 15, 16, 17, 18}));
    QCOMPARE(f.search.count(), 13);
    QCOMPARE(f.search.sourceCount(), 13);
    QCOMPARE(current.row(), 2);
    QCOMPARE(f.search.idAt(current.row()), stepId(5));
    QVERIFY(f.lookupsAgree());
}

void TestListSearchRows::removalsWithSearchOn()
{
    Fixture f(20);
    f.search.setText(QStringLiteral("valve"));
    QCOMPARE(f.shown(), numbers({0, 3, 6, 9, 12, 15, 18}));
    Recorder steps(f->stepModel()), proxy(&f.search);
    const QPersistentModelIndex current = f.search.index(3, 0); // step 9
    const QPersistentModelIndex last = f.search.index(6, 0); // step 18
    // Runs 2-4 (3 found), 7 (none found), 9-11 (9 found) and 15-18 (15 and 18 found).
    f.feed(update(removal(3) + ',' + removal(2) + ',' + removal(4)) + update(removal(7)) + update(removal(9) + ',' + removal(10))
        + update(removal(11) + ',' + removal(15) + ',' + removal(16) + ',' + removal(17) + ',' + removal(18)));
    QCOMPARE(steps.take(), (QStringList {"removed 2-4", "removed 4-4", "removed 5-7", "removed 8-11"}));
    QCOMPARE(proxy.take(), (QStringList {"removed 1-1", "removed 2-2", "removed 3-4"}));
    QCOMPARE(f.shown(), numbers({0, 6, 12}));
    // The find bar's "n of m".
    QCOMPARE(f.search.count(), 3);
    QCOMPARE(f.search.sourceCount(), 9);
    QVERIFY(!current.isValid() && !last.isValid()); // their steps are gone
    QVERIFY(f.lookupsAgree());
    // Deleting steps no row shows changes no row.
    f.feed(update(removal(1) + ',' + removal(13)));
    QCOMPARE(steps.take(), (QStringList {"removed 1-1", "removed 5-5"}));
    QCOMPARE(proxy.take(), QStringList());
    QCOMPARE(f.shown(), numbers({0, 6, 12}));
    QCOMPARE(f.search.sourceCount(), 7);
    QVERIFY(f.lookupsAgree());
}

void TestListSearchRows::insertsWithAndWithoutSearch()
{
    Fixture f(6);
    Recorder proxy(&f.search);
    f.feed(update(edit(20, "name", "New twenty")));
    QCOMPARE(proxy.take(), QStringList {"inserted 6-6"}); // no search: the steps' row
    QCOMPARE(proxy.takeUnread(), QStringList {"6-6"});
    f.search.setText(QStringLiteral("valve"));
    proxy.take();
    QCOMPARE(f.shown(), numbers({0, 3}));
    // Three new steps in a frame, the first and the third about a valve.
    f.feed(update(edit(21, "name", "Valve check") + ',' + edit(22, "name", "Nothing") + ',' + edit(23, "description", "The valve again")));
    QCOMPARE(proxy.take(), (QStringList {"inserted 2-2", "inserted 3-3"}));
    QCOMPARE(proxy.takeUnread(), (QStringList {"2-2", "3-3"})); // not step 22's: no row shows it
    QCOMPARE(f.shown(), numbers({0, 3, 21, 23}));
    QCOMPARE(f.search.count(), 4);
    QCOMPARE(f.search.sourceCount(), 10);
    QVERIFY(f.lookupsAgree());
}

void TestListSearchRows::changesThatStartOrStopMatching()
{
    Fixture f(20);
    f.search.setText(QStringLiteral("valve"));
    Recorder steps(f->stepModel()), proxy(&f.search);
    // Step 1 starts matching, step 3 stops, step 6 still matches: three rows apart, three runs.
    f.feed(update(edit(1, "name", "Valve one")) + update(edit(3, "description", "Nothing")) + update(edit(6, "name", "Valve six")));
    QCOMPARE(steps.take(), (QStringList {"changed 1-1", "changed 3-3", "changed 6-6"}));
    QCOMPARE(proxy.take(), (QStringList {"inserted 1-1", "removed 2-2", "changed 2-2"}));
    // The three become unread (a role not searched): the rows shown, in the proxy's rows.
    QCOMPARE(steps.takeUnread(), (QStringList {"1-1", "3-3", "6-6"}));
    QCOMPARE(proxy.takeUnread(), (QStringList {"1-1", "2-2"}));
    QCOMPARE(f.shown(), numbers({0, 1, 6, 9, 12, 15, 18}));
    QCOMPARE(f.search.dataAt(2, QStringLiteral("name")), QStringLiteral("Valve six"));
    // Adjacent rows in one dataChanged: 1 stops, 2 and 3 start; the row kept by a view follows.
    const QPersistentModelIndex current = f.search.index(2, 0); // step 6
    f.feed(update(edit(1, "name", "One") + ',' + edit(2, "name", "Valve two") + ',' + edit(3, "name", "Valve three")));
    QCOMPARE(steps.take(), (QStringList {"changed 1-3"}));
    QCOMPARE(proxy.take(), (QStringList {"removed 1-1", "inserted 1-2"}));
    QCOMPARE(f.shown(), numbers({0, 2, 3, 6, 9, 12, 15, 18}));
    QCOMPARE(current.row(), 3);
    QCOMPARE(f.search.count(), 8);
    QVERIFY(f.lookupsAgree());
    // No search: a change is the steps' dataChanged, row for row.
    f.search.setText(QString());
    proxy.take();
    f.feed(update(edit(4, "name", "Four")));
    QCOMPARE(proxy.take(), QStringList {"changed 4-4"});
}

void TestListSearchRows::typingRemovesAndInsertsRuns()
{
    Fixture f(20);
    Recorder proxy(&f.search);
    const QPersistentModelIndex current = f.search.index(6, 0); // step 6, found
    const QPersistentModelIndex hidden = f.search.index(5, 0); // step 5, not found
    f.search.setText(QStringLiteral("valve"));
    // A run at a time, no reset (a view would lose its current row).
    QCOMPARE(proxy.take(),
        (QStringList {"removed 1-2", "removed 2-3", "removed 3-4", "removed 4-5", "removed 5-6", "removed 6-7", "removed 7-7"}));
    QCOMPARE(f.shown(), numbers({0, 3, 6, 9, 12, 15, 18}));
    QCOMPARE(current.row(), 2);
    QVERIFY(!hidden.isValid());
    QVERIFY(f.lookupsAgree());
    // A narrower text removes what no longer matches; a wider one brings rows back.
    f.search.setText(QStringLiteral("valve\nstep 1"));
    QCOMPARE(f.search.count(), 0); // a match never spans two fields
    proxy.take();
    f.search.setText(QStringLiteral("  STEP 1 "));
    QCOMPARE(proxy.take(), (QStringList {"inserted 0-10"}));
    QCOMPARE(f.shown(), numbers({1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}));
    f.search.setText(QString());
    QCOMPARE(proxy.take(), (QStringList {"inserted 0-0", "inserted 2-9"}));
    QCOMPARE(f.search.count(), 20);
    QCOMPARE(f.search.index(6, 0).data(KeyedListModel::ItemIdRole).toString(), stepId(6));
    QVERIFY(f.lookupsAgree());
}

void TestListSearchRows::reorderMovesTheCurrentRow()
{
    Fixture f(7);
    f.search.setText(QStringLiteral("valve"));
    QCOMPARE(f.shown(), numbers({0, 3, 6}));
    Recorder steps(f->stepModel()), proxy(&f.search);
    const QPersistentModelIndex current = f.search.index(0, 0); // step 0
    QByteArray reversed;
    for (int n = 6; n >= 0; --n)
        reversed += (reversed.isEmpty() ? "" : ",") + QStringLiteral(R"({"id":"%1"})").arg(stepId(n)).toUtf8();
    f.feed(update(reversed)); // a full list in another order
    // Then every step's changed marker (the steps' rows 0-6): the three rows shown.
    QCOMPARE(steps.take(), (QStringList {"layout", "changed 0-6"}));
    QCOMPARE(proxy.take(), (QStringList {"layout", "changed 0-2"}));
    QCOMPARE(proxy.takeUnread(), (QStringList {"0-0", "1-1", "2-2"}));
    QCOMPARE(f.shown(), numbers({6, 3, 0}));
    QCOMPARE(current.row(), 2);
    QVERIFY(f.lookupsAgree());
    // The search strings followed their steps: a step renamed after the move is searched again.
    f.feed(update(edit(5, "name", "Valve five")));
    QCOMPARE(proxy.take(), QStringList {"inserted 1-1"});
    QCOMPARE(f.shown(), numbers({6, 5, 3, 0}));
    // No search: the rows in the steps' order, the current row with them.
    f.search.setText(QString());
    QCOMPARE(f.shown(), numbers({6, 5, 4, 3, 2, 1, 0}));
    QCOMPARE(current.row(), 6);
    QVERIFY(f.lookupsAgree());
}

void TestListSearchRows::sourceResetWithSearchOn()
{
    Fixture f(20);
    f.search.setText(QStringLiteral("valve"));
    Recorder proxy(&f.search);
    QSignalSpy counts(&f.search, &ListSearch::countChanged);
    QCOMPARE(f->loadSnapshot(snapshot(10)), QString()); // a new document: the steps reset
    f->flushNow();
    QCOMPARE(proxy.take(), QStringList {"reset"});
    QVERIFY(!counts.isEmpty());
    QCOMPARE(f.shown(), numbers({0, 3, 6, 9}));
    QCOMPARE(f.search.count(), 4);
    QCOMPARE(f.search.sourceCount(), 10);
    QVERIFY(f.lookupsAgree());
    // The new rows are searched from their own text.
    f.search.setText(QStringLiteral("bolt"));
    QCOMPARE(f.shown(), numbers({1, 2, 4, 5, 7, 8}));
}

QTEST_GUILESS_MAIN(TestListSearchRows)

#include "moc_tst_listsearchrows.cpp"
