// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_workspace.h"

#include "../desktop/peekserver.h"
#include "../store/filesizelimit.h"
#include "session/activitysession.h"
#include "session/sessionlistmodel.h"
#include "session/workspace.h"
#include "store/copystore.h"
#include "sync/serverclients.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kIdA = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
constexpr const char *kIdB = "0f1e2d3c-4b5a-4697-8877-665544332211";

QByteArray activityJson(const char *id, const char *name)
{
    return QByteArray(R"({"id":")") + id + R"(","name":")" + name + R"(","steps":[{"id":"s1","name":"One"},{"id":"s2","name":"Two"}]})";
}

ChannelEndpoint endpoint(const QString &server, const char *id)
{
    return *ChannelUrl::resolve(server, QString::fromLatin1(id), nullptr);
}

// Two servers with one activity each, a temporary copy directory, and a workspace over them.
struct Fixture
{
    Fixture()
    {
        QVERIFY(a->listen());
        QVERIFY(b->listen());
        a->setActivityJson(activityJson(kIdA, "Pump check"));
        b->setActivityJson(activityJson(kIdB, "Valve check"));
        settings.retryInitialMs = 60000;
    }
    std::unique_ptr<Workspace> make()
    {
        auto w = std::make_unique<Workspace>(settings, &clients, &store);
        return w;
    }
    std::unique_ptr<PeekServer> a = std::make_unique<PeekServer>(), b = std::make_unique<PeekServer>();
    QTemporaryDir dir;
    ChannelSettings settings;
    ServerClients clients {TokenScope(), QString()};
    CopyStore store {dir.path() + QStringLiteral("/copies")};
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isOpen(ActivitySession *s)
{
    return QTest::qWaitFor([s] { return s->connection()->state() == ConnectionMirror::Open && s->loaded(); }, 10000);
}
} // namespace

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspace::openingAgainSelects()
{
    Fixture f;
    auto w = f.make();
    QCOMPARE(w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase()), 0);
    QCOMPARE(w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase()), 1);
    QCOMPARE(w->currentIndex(), 1);
    QCOMPARE(w->open(endpoint(f.a->httpBase(), kIdA), f.a->httpBase()), 0); // ws and http name one server
    QCOMPARE(w->count(), 2);
    QCOMPARE(w->currentIndex(), 0);
    QCOMPARE(w->current()->activityId(), QString::fromLatin1(kIdA));
    QVERIFY(isOpen(w->at(0)));
    QVERIFY(isOpen(w->at(1))); // each its own channel
    QCOMPARE(w->at(1)->name(), QStringLiteral("Valve check"));
}

void TestWorkspace::closeAndSelect()
{
    Fixture f;
    auto w = f.make();
    w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
    w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
    QSignalSpy current(w.get(), &Workspace::currentChanged);
    w->select(0);
    QCOMPARE(current.size(), 1);
    w->selectNext();
    QCOMPARE(w->currentIndex(), 1);
    w->selectNext();
    QCOMPARE(w->currentIndex(), 0);
    w->selectPrevious();
    QCOMPARE(w->currentIndex(), 1);
    w->select(7); // out of range: nothing changes
    QCOMPARE(w->currentIndex(), 1);

    QVERIFY(isOpen(w->at(0)));
    f.store.flush();
    const int writes = f.store.writeCount();
    w->close(0);
    QCOMPARE(w->count(), 1);
    QCOMPARE(w->currentIndex(), 0);
    QCOMPARE(w->current()->activityId(), QString::fromLatin1(kIdB));
    f.store.flush();
    QCOMPARE(f.store.writeCount(), writes + 1); // its copy was written on close…
    QCOMPARE(
        f.store.load(endpoint(f.a->wsBase(), kIdA).httpBase.toString(), QString::fromLatin1(kIdA)).error, CopyError::None); // …and kept
    w->close(0);
    QCOMPARE(w->count(), 0);
    QCOMPARE(w->currentIndex(), -1);
    QVERIFY(!w->current());
}

void TestWorkspace::listModelFollows()
{
    Fixture f;
    auto w = f.make();
    SessionListModel model(w.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
    w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.index(1).data(SessionListModel::NameRole).toString(), QStringLiteral("Valve check"));
    QTRY_COMPARE(model.index(0).data(SessionListModel::ConnectionStateRole).toInt(), int(ConnectionMirror::Open));
    QVERIFY(model.index(1).data(SessionListModel::SelectedRole).toBool());
    QVERIFY(!model.index(0).data(SessionListModel::SelectedRole).toBool());
    QCOMPARE(model.index(0).data(SessionListModel::ServerRole).toString(), ChannelUrl::display(QUrl(f.a->httpBase())));
    QCOMPARE(model.index(0).data(SessionListModel::SessionRole).value<ActivitySession *>(), w->at(0));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    w->select(0);
    QCOMPARE(changed.size(), 2); // the row that lost the selection and the one that got it
    QVERIFY(model.index(0).data(SessionListModel::SelectedRole).toBool());
    changed.clear();
    f.b->send(QByteArray(R"({"id":102,"activity_id":")") + kIdB + R"(","updated_fields":{"name":"Valve check 2"}})");
    QTRY_COMPARE(model.index(1).data(SessionListModel::NameRole).toString(), QStringLiteral("Valve check 2"));
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &c : changed)
        QCOMPARE(c.at(0).toModelIndex().row(), 1); // only B's row
    QTRY_VERIFY(model.index(1).data(SessionListModel::UnreadCountRole).toInt() > 0);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    w->close(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SessionListModel::NameRole).toString(), QStringLiteral("Valve check 2"));
    QVERIFY(model.index(0).data(SessionListModel::SelectedRole).toBool());
    QCOMPARE(reset.size(), 0);
}

void TestWorkspace::saveAndRestore()
{
    Fixture f;
    QSettings settings(f.dir.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    {
        auto w = f.make();
        w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
        w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
        w->select(0);
        w->save(settings);
    }
    // An entry that no longer resolves is skipped; the selected one is still B.
    QVariantList kept = settings.value(QStringLiteral("workspace/open")).toList();
    kept.prepend(
        QVariantMap {{QStringLiteral("server"), QStringLiteral("not a server")}, {QStringLiteral("activity"), QString::fromLatin1(kIdA)}});
    settings.setValue(QStringLiteral("workspace/open"), kept);
    settings.setValue(QStringLiteral("workspace/selected"), 2);
    settings.sync();
    auto w = f.make();
    QCOMPARE(w->restore(settings), 2);
    QCOMPARE(w->currentIndex(), 1);
    w->select(0);
    QCOMPARE(w->count(), 2);
    QCOMPARE(w->currentIndex(), 0);
    QCOMPARE(w->at(0)->activityId(), QString::fromLatin1(kIdA));
    QCOMPARE(w->at(1)->activityId(), QString::fromLatin1(kIdB));
    QCOMPARE(w->serverText(1), f.b->wsBase());
    QCOMPARE(w->servers(), QStringList({f.a->wsBase(), f.b->wsBase()}));
    QVERIFY(isOpen(w->at(1)));
}

void TestWorkspace::restoreWithServerDownShowsCopies()
{
    Fixture f;
    QSettings settings(f.dir.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    {
        auto w = f.make();
        w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
        w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
        QVERIFY(isOpen(w->at(0)));
        QVERIFY(isOpen(w->at(1)));
        w->save(settings);
    } // flushAll on the way out
    // Both servers go away: the next start has only the copies.
    f.a.reset();
    f.b.reset();
    auto w = f.make();
    QCOMPARE(w->restore(settings), 2);
    for (int i = 0; i < 2; ++i) {
        ActivitySession *s = w->at(i);
        QVERIFY(s->showingCopy());
        QVERIFY(s->copySavedAt().isValid());
        QTRY_COMPARE(s->stepModel()->rowCount(), 2);
        QVERIFY(s->connection()->state() != ConnectionMirror::Open);
    }
    QCOMPARE(w->at(0)->name(), QStringLiteral("Pump check"));
    QCOMPARE(w->at(1)->name(), QStringLiteral("Valve check"));
}

void TestWorkspace::corruptCopyIsSetAside()
{
    Fixture f;
    const ChannelEndpoint ep = endpoint(f.a->wsBase(), kIdA);
    const QString path = f.store.pathFor(ep.httpBase.toString(), QString::fromLatin1(kIdA));
    QVERIFY(QDir().mkpath(f.store.directory()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a copy\nat all\n");
    file.close();

    auto w = f.make();
    QSignalSpy problem(w.get(), &Workspace::copyProblem);
    QCOMPARE(w->open(ep, f.a->wsBase()), 0);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(problem.at(0).at(0).toInt(), 0);
    const auto error = problem.at(0).at(1).value<CopyError>();
    QVERIFY2(error == CopyError::Corrupt || error == CopyError::Truncated, QByteArray::number(int(error)).constData());
    const QString aside = problem.at(0).at(2).toString();
    QVERIFY(aside != path);
    QVERIFY(QFile::exists(aside));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!w->at(0)->showingCopy());
    QVERIFY(isOpen(w->at(0))); // the activity still opens
}

void TestWorkspace::newerCopyIsNeverWrittenOver()
{
    Fixture f;
    const ChannelEndpoint ep = endpoint(f.a->wsBase(), kIdA);
    const QString path = f.store.pathFor(ep.httpBase.toString(), QString::fromLatin1(kIdA));
    QVERIFY(QDir().mkpath(f.store.directory()));
    const QByteArray newer = "{\"format\":2,\"state\":\"elsewhere\"}\nwhat version 2 keeps\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    const QDateTime mtime = QFileInfo(path).lastModified();

    auto w = f.make();
    w->setCopyInterval(50);
    QSignalSpy problem(w.get(), &Workspace::copyProblem);
    QCOMPARE(w->open(ep, f.a->wsBase()), 0);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(problem.at(0).at(1).value<CopyError>(), CopyError::NewerFormat);
    QCOMPARE(problem.at(0).at(2).toString(), path);
    QVERIFY(!w->at(0)->showingCopy());
    QVERIFY(isOpen(w->at(0))); // shown from the server
    f.a->send(QByteArray(R"({"id":102,"activity_id":")") + kIdA + R"(","updated_fields":{"description":"edited here"}})");
    QTRY_COMPARE(w->at(0)->description(), QStringLiteral("edited here"));
    // B, opened beside it, is written as usual: copies are being written.
    w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
    QVERIFY(isOpen(w->at(1)));
    const QString pathB = f.store.pathFor(endpoint(f.b->wsBase(), kIdB).httpBase.toString(), QString::fromLatin1(kIdB));
    QTRY_VERIFY(QFileInfo::exists(pathB));
    w->close(0); // closing writes the copy, but not this one
    w->flushAll();
    w.reset(); // nor does quitting
    f.store.flush();
    QCOMPARE(readAll(path), newer);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
    QCOMPARE(problem.size(), 1); // not even tried: no write was refused
}

void TestWorkspace::fullDiskIsSaidOnce()
{
    Fixture f;
    f.store.setRetryInterval(50);
    auto w = f.make();
    w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
    w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
    QVERIFY(isOpen(w->at(0)));
    QVERIFY(isOpen(w->at(1)));
    w->flushAll();
    ActivitySession *a = w->at(0);
    f.a->send(QByteArray(R"({"id":102,"activity_id":")") + kIdA + R"(","updated_fields":{"description":"after the disk filled"}})");
    QTRY_COMPARE(a->description(), QStringLiteral("after the disk filled"));
    auto onDisk = [&] { return f.store.load(a->server(), a->activityId()).copy.stateDump; };

    QSignalSpy problem(w.get(), &Workspace::copyProblem);
    QSignalSpy recovered(&f.store, &CopyStore::writeRecovered);
    {
        FileSizeLimit full(64);
        QVERIFY(full.active());
        w->flushAll(); // both copies fail
        QTRY_COMPARE(problem.size(), 1); // one full disk, said once for both
        QCOMPARE(problem.at(0).at(1).value<CopyError>(), CopyError::NoSpace);
        const int writes = f.store.writeCount();
        QTRY_VERIFY(f.store.writeCount() >= writes + 4); // both tried again, twice
        QCoreApplication::processEvents();
        w->flushAll();
        QCoreApplication::processEvents();
        QCOMPARE(problem.size(), 1); // and still not said again
        QVERIFY(!onDisk().contains("after the disk filled")); // the old copy stays
        QVERIFY(onDisk().contains("Pump check"));
    }
    // Room again: the copy that did not fit is written by the next try, without a new change.
    QTRY_VERIFY_WITH_TIMEOUT(onDisk().contains("after the disk filled"), 20000);
    // The problem is over once both copies are written again; B's retry may come after A's.
    auto bothRecovered = [&] {
        QSet<QString> paths;
        for (const QList<QVariant> &args : std::as_const(recovered))
            paths.insert(args.at(0).toString());
        return paths.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bothRecovered(), 2, 20000);
    {
        FileSizeLimit full(64);
        w->flushAll();
        QTRY_COMPARE(problem.size(), 2); // full again after it was written: said again
    }
}

void TestWorkspace::slowCopiesAreWrittenLessOften_data()
{
    // A write dumps the whole state on the GUI thread: under a stream of edits a slow one (a big
    // activity, a busy machine) is repeated at most every 50 times its duration (issue #14).
    QTest::addColumn<int>("writeMs");
    QTest::addColumn<int>("minimumMs");
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("fast write: the interval") << 5 << 2000 << 2000;
    QTest::newRow("10,000 steps on a quiet machine") << 20 << 2000 << 2000;
    QTest::newRow("10,000 steps under a stream of edits") << 35 << 2000 << 3500;
    QTest::newRow("10,000 steps on a busy machine") << 150 << 2000 << 15000;
    QTest::newRow("100,000 steps") << 900 << 2000 << 60000;
    QTest::newRow("at most a minute") << 5000 << 2000 << 60000;
    QTest::newRow("a longer interval asked for stays") << 900 << 120000 << 120000;
}

void TestWorkspace::slowCopiesAreWrittenLessOften()
{
    QFETCH(int, writeMs);
    QFETCH(int, minimumMs);
    QFETCH(int, intervalMs);
    QCOMPARE(CopyKeeper::intervalAfter(writeMs, minimumMs), intervalMs);
}

void TestWorkspace::copiesAreDebounced()
{
    Fixture f;
    auto w = f.make();
    w->setCopyInterval(400);
    w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
    QVERIFY(isOpen(w->at(0)));
    QTRY_COMPARE(f.store.writeCount(), 1); // the snapshot's copy, one interval later
    QTest::qWait(500);
    QCOMPARE(f.store.writeCount(), 1);

    ActivitySession *s = w->at(0);
    for (int i = 0; i < 6; ++i) {
        f.a->send(QByteArray(R"({"id":102,"activity_id":")") + kIdA + R"(","updated_fields":{"description":"rev )" + QByteArray::number(i)
            + R"("}})");
        QTRY_COMPARE(s->description(), QStringLiteral("rev %1").arg(i)); // each in a frame of its own
    }
    QTRY_VERIFY(f.store.writeCount() >= 2);
    QTest::qWait(600);
    QVERIFY2(f.store.writeCount() <= 3, QByteArray::number(f.store.writeCount()).constData()); // not one per event

    // On quit: what arrived since is written at once.
    f.a->send(QByteArray(R"({"id":102,"activity_id":")") + kIdA + R"(","updated_fields":{"description":"last"}})");
    QTRY_COMPARE(s->description(), QStringLiteral("last"));
    w->flushAll();
    const CopyLoad load = f.store.load(s->server(), s->activityId());
    QCOMPARE(load.error, CopyError::None);
    QVERIFY(load.copy.stateDump.contains("\"last\""));
}

void TestWorkspace::onlySelectedIsLookedAt()
{
    Fixture f;
    auto w = f.make();
    w->open(endpoint(f.a->wsBase(), kIdA), f.a->wsBase());
    w->open(endpoint(f.b->wsBase(), kIdB), f.b->wsBase());
    QVERIFY(!w->at(1)->catchUp()->userIsLooking()); // the window is not in front
    w->setWindowActive(true);
    QVERIFY(w->at(1)->catchUp()->userIsLooking());
    QVERIFY(!w->at(0)->catchUp()->userIsLooking());
    QVERIFY(isOpen(w->at(0)));
    QSignalSpy total(w.get(), &Workspace::totalUnreadChanged);
    f.a->send(QByteArray(R"({"id":102,"activity_id":")") + kIdA + R"(","updated_fields":{"name":"Pump check 2"}})");
    QTRY_VERIFY(w->totalUnread() > 0);
    QVERIFY(!total.isEmpty());
    w->select(0);
    QVERIFY(w->at(0)->catchUp()->userIsLooking());
    QCOMPARE(w->totalUnread(), 0);
}

QTEST_MAIN(TestWorkspace)

#include "moc_tst_workspace.cpp"
