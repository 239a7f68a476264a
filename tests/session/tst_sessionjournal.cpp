// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_sessionjournal.h"

#include "../desktop/peekserver.h"
#include "offlinesession.h"
#include "session/activitysession.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/journalproblemtext.h"
#include "session/workspace.h"
#include "store/copystore.h"
#include "store/journal.h"
#include "sync/serverclients.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
const QByteArray kActivity = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump overhaul","steps":[{"id":"s1","name":"Drain"}]})";

QByteArray line(int id, const char *body)
{
    return QStringLiteral(R"({"id":%1,"activity_id":"%2",%3})").arg(id).arg(QLatin1String(kId), QString::fromUtf8(body)).toUtf8() + '\n';
}

// Step s1 renamed to "Name <from>" … "Name <to>", each in a frame of its own (within one frame
// every line would name the step as the user saw it before the frame).
void rename(mirage::ActivitySession *s, int from, int to)
{
    for (int n = from; n <= to; ++n) {
        s->feedText(line(102, QStringLiteral(R"("updated_fields":{"steps":[{"id":"s1","name":"Name %1"}]})").arg(n).toUtf8().constData()));
        s->flushNow();
    }
}

// A session as the window has it, with the journal in `dir` (a start of the app: a new journal
// object and a new session over the same folder).
struct Run
{
    explicit Run(const QString &dir)
        : journal(dir)
        , session(kId, {[](ActivitySession *s) -> QAbstractItemModel * { return s->eventLog(); }})
    {
        session->setJournal(&journal);
    }
    Journal journal;
    OfflineSession session;
    EventLogModel *log() { return session->eventLog(); }
    QStringList summaries()
    {
        QStringList out;
        for (int i = 0; i < log()->rowCount(); ++i)
            out << log()->index(i).data(EventLogModel::SummaryRole).toString();
        return out;
    }
    void fetchAll()
    {
        for (int i = 0; i < 1000 && log()->canFetchMore(QModelIndex()); ++i)
            log()->fetchMore(QModelIndex());
    }
};
} // namespace

void TestSessionJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionJournal::logShowsHistoryAfterRestart()
{
    QTemporaryDir dir;
    QStringList before;
    {
        Run first(dir.path());
        QCOMPARE(first.log()->canFetchMore(QModelIndex()), false); // nothing kept yet
        QVERIFY(first.session->loadSnapshot(kActivity).isEmpty());
        first.session->flushNow(); // the step's row is shown: its lines name it by number
        first.session->feedText(line(201, R"("user":{"id":"u-jonas","name":"Jonas Berg","status":"online"})")
            + line(401, R"("file":{"id":"file-36","name":"pump.pdf","size":2048,"uploaded_by":"u-jonas"})")
            + line(102, R"("updated_fields":{"steps":[{"id":"s1","description":"Open the valve slowly."}]})"));
        first.session->flushNow();
        before = first.summaries();
        QCOMPARE(before,
            (QStringList {"Activity loaded from the server (1 step)", "Jonas Berg joined", "Jonas Berg uploaded “pump.pdf” (2.0 kB)",
                "Step 1 “Drain” edited"}));
    } // quit: the journal writes what it holds
    Run second(dir.path());
    QCOMPARE(second.log()->rowCount(), 0); // nothing read until asked
    QVERIFY(second.log()->canFetchMore(QModelIndex()));
    second.log()->fetchMore(QModelIndex());
    QCOMPARE(second.summaries(), before); // the same words, oldest at the top
    QCOMPARE(second.log()->index(1).data(EventLogModel::DetailsRole).toString(), QStringLiteral("201 user_joined"));
    QCOMPARE(second.log()->index(1).data(EventLogModel::CategoryRole).toString(), QStringLiteral("people"));
    QCOMPARE(second.log()->index(3).data(EventLogModel::ItemIdRole).toString(), QStringLiteral("s1"));
    QVERIFY(!second.log()->canFetchMore(QModelIndex()));
    // This run's entries come after them.
    QVERIFY(second.session->loadSnapshot(kActivity).isEmpty());
    second.session->flushNow();
    QCOMPARE(second.log()->rowCount(), 5);
    QCOMPARE(second.summaries().last(), QStringLiteral("Activity loaded from the server (1 step)"));
    QCOMPARE(second.log()->historyCount(), 4);
}

void TestSessionJournal::namesDoNotFallBackToIds()
{
    QTemporaryDir dir;
    {
        Run first(dir.path());
        QVERIFY(first.session->loadSnapshot(kActivity).isEmpty());
        first.session->feedText(line(201, R"("user":{"id":"u-jonas","name":"Jonas Berg"})")
            + line(401, R"("file":{"id":"file-36","name":"pump.pdf","uploaded_by":"u-jonas"})"));
        first.session->flushNow();
    }
    // After a restart, with no copy (the server's snapshot carries no people and no files), the
    // server says by id only that the person left and the file went.
    Run second(dir.path());
    QVERIFY(second.session->loadSnapshot(kActivity).isEmpty());
    second.session->feedText(line(402, R"("file":{"id":"file-36"})") + line(202, R"("user":{"id":"u-jonas"})"));
    second.session->flushNow();
    const QStringList said = second.summaries();
    QCOMPARE(said.mid(said.size() - 2), (QStringList {"File “pump.pdf” deleted", "Jonas Berg left"}));
    // Kept with those names too, for the next start.
    second.journal.flush();
    const std::vector<JournalEntry> kept = second.journal.page(QString(), QString::fromLatin1(kId), 0, 2);
    QCOMPARE(kept.size(), size_t(2));
    QCOMPARE(kept[0].subjectName, QStringLiteral("Jonas Berg"));
    QCOMPARE(kept[0].summary, QStringLiteral("Jonas Berg left"));
    QCOMPARE(kept[1].subjectName, QStringLiteral("pump.pdf"));
    QCOMPARE(kept[1].subjectKind, JournalSubject::File);
}

void TestSessionJournal::historyPagesAsTheUserScrolls()
{
    QTemporaryDir dir;
    {
        Run first(dir.path());
        QVERIFY(first.session->loadSnapshot(kActivity).isEmpty());
        first.session->flushNow();
        rename(first.session.session.get(), 1, 1000);
    }
    Run second(dir.path());
    QSignalSpy inserted(second.log(), &QAbstractItemModel::rowsInserted);
    int rows = 0;
    for (int page = 1; second.log()->canFetchMore(QModelIndex()); ++page) {
        second.log()->fetchMore(QModelIndex());
        QVERIFY(second.log()->rowCount() > rows); // grows a page at a time
        QVERIFY(second.log()->rowCount() <= page * EventLogModel::kHistoryPage);
        rows = second.log()->rowCount();
        QVERIFY(page <= 11);
    }
    QCOMPARE(rows, 1001); // every entry, once
    QCOMPARE(inserted.size(), 11);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // older pages go above
    QCOMPARE(second.summaries().first(), QStringLiteral("Activity loaded from the server (1 step)"));
    QCOMPARE(second.summaries().at(1), QStringLiteral("Step 1 “Drain” renamed to “Name 1”"));
    QCOMPARE(second.summaries().last(), QStringLiteral("Step 1 “Name 999” renamed to “Name 1000”"));
}

void TestSessionJournal::searchCoversTheWholeHistory()
{
    QTemporaryDir dir;
    {
        Run first(dir.path());
        QVERIFY(first.session->loadSnapshot(kActivity).isEmpty());
        first.session->flushNow();
        first.session->feedText(line(201, R"("user":{"id":"u-jonas","name":"Jonas Berg"})"));
        rename(first.session.session.get(), 1, 1000);
    }
    Run second(dir.path());
    EventLogFilter *filter = second.session->eventLogFilter();
    second.log()->fetchMore(QModelIndex()); // the newest page only: Jonas is far above it
    QCOMPARE(second.log()->rowCount(), EventLogModel::kHistoryPage);
    filter->setText(QStringLiteral("jonas b"));
    QCOMPARE(filter->count(), 1);
    QCOMPARE(filter->index(0, 0).data(EventLogModel::SummaryRole).toString(), QStringLiteral("Jonas Berg joined"));
    filter->setText(QStringLiteral("Name 5")); // 5, 50–59, 500–599: the newest page of them first
    QCOMPARE(filter->count(), EventLogModel::kHistoryPage);
    QVERIFY(filter->fetchOlder());
    // And the rest: each line names two names (“Name k-1” renamed to “Name k”), so "Name 5" is
    // in the lines of 5 and 6, 50 to 60 and 500 to 600.
    QCOMPARE(filter->count(), 2 + 11 + 101);
    QVERIFY(!filter->fetchOlder());
    filter->setText(QString()); // back to the newest page of everything
    QCOMPARE(filter->count(), EventLogModel::kHistoryPage);
}

void TestSessionJournal::keptOnTheJournalsThread()
{
    QTemporaryDir dir;
    Run run(dir.path());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run.session->loadSnapshot(kActivity).isEmpty());
    run.session->flushNow();
    rename(run.session.session.get(), 1, 300);
    run.journal.flush();
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(run.journal.count(QString(), QString::fromLatin1(kId)), 301);
    QVERIFY(run.journal.lastWriteThread() != QThread::currentThread());
    QCOMPARE(run.journal.lastWriteThread(), run.journal.writerThread());
    // Written in batches: at most one transaction per 50 ms (JournalWriter::kBatchMs), not one
    // per frame (300 here).
    QVERIFY2(run.journal.transactions() <= elapsed / 50 + 2,
        qPrintable(QStringLiteral("%1 transactions in %2 ms").arg(run.journal.transactions()).arg(elapsed)));
}

void TestSessionJournal::workspaceRestartKeepsTheLog()
{
    QTemporaryDir dir;
    PeekServer server;
    QVERIFY(server.listen());
    server.setActivityJson(kActivity);
    ChannelSettings settings;
    settings.retryInitialMs = 60000;
    const auto endpoint = *ChannelUrl::resolve(server.wsBase(), QString::fromLatin1(kId), nullptr);
    auto start = [&](Journal &journal, CopyStore &store, ServerClients &clients) {
        auto w = std::make_unique<Workspace>(settings, &clients, &store);
        w->setJournal(&journal);
        w->open(endpoint, server.wsBase());
        return w;
    };
    {
        Journal journal(dir.path() + QStringLiteral("/journal"));
        CopyStore store(dir.path() + QStringLiteral("/copies"));
        ServerClients clients {TokenScope(), QString()};
        auto w = start(journal, store, clients);
        QTRY_VERIFY_WITH_TIMEOUT(w->current()->loaded(), 20000);
        ActivitySession *s = w->current();
        QTRY_VERIFY_WITH_TIMEOUT(s->connection()->state() == ConnectionMirror::Open, 20000);
        server.send(line(201, R"("user":{"id":"u-ana","name":"Ana Lima"})"));
        QTRY_COMPARE_WITH_TIMEOUT(s->appliedCount(), quint64(1), 20000);
        s->flushNow();
    } // quit: the workspace goes, then the journal
    Journal journal(dir.path() + QStringLiteral("/journal"));
    CopyStore store(dir.path() + QStringLiteral("/copies"));
    ServerClients clients {TokenScope(), QString()};
    auto w = start(journal, store, clients);
    EventLogModel *log = w->current()->eventLog();
    QVERIFY(log->canFetchMore(QModelIndex()));
    log->fetchMore(QModelIndex());
    QStringList said;
    for (int i = 0; i < log->rowCount(); ++i)
        said << log->index(i).data(EventLogModel::SummaryRole).toString();
    QVERIFY2(said.contains(QStringLiteral("Ana Lima joined")), qPrintable(said.join(u'|')));
    // And Ana is named when the server says by id that she left.
    ActivitySession *s = w->current();
    QTRY_VERIFY_WITH_TIMEOUT(s->connection()->state() == ConnectionMirror::Open && !s->showingCopy(), 20000);
    server.send(line(202, R"("user":{"id":"u-ana"})"));
    QTRY_COMPARE_WITH_TIMEOUT(
        log->index(log->rowCount() - 1).data(EventLogModel::DetailsRole).toString(), QStringLiteral("202 user_left"), 20000);
    QCOMPARE(log->index(log->rowCount() - 1).data(EventLogModel::SummaryRole).toString(), QStringLiteral("Ana Lima left"));
}

void TestSessionJournal::journalProblemIsSaid()
{
    QTemporaryDir dir;
    {
        QFile f(dir.path() + QStringLiteral("/journal.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
    }
    Journal journal(dir.path());
    CopyStore store(dir.path() + QStringLiteral("/copies"));
    ServerClients clients {TokenScope(), QString()};
    Workspace w(ChannelSettings {}, &clients, &store);
    QSignalSpy problems(&w, &Workspace::journalProblem);
    w.setJournal(&journal);
    QVERIFY(problems.wait(5000)); // after the event loop turns: whoever listens hears it
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0][0].value<JournalProblem>(), JournalProblem::SetAside);
    const QString aside = problems[0][1].toString();
    QVERIFY(aside.startsWith(dir.path() + QStringLiteral("/journal.db.corrupt-")));
    const QString said = JournalProblemText::sentence(JournalProblem::SetAside, aside);
    QVERIFY(said.contains(aside));
    QVERIFY(said.startsWith(QStringLiteral("The history of your activities could not be read.")));
}

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "moc_tst_sessionjournal.cpp"

// Issue #27: the differences found at a resync are kept in the journal, each about its step, and a
// step's history (its details pane) lists what the client saw to it, live and at a catch-up, also
// after a restart.
void TestSessionJournal::catchUpIsKeptAndAStepHasAHistory()
{
    QTemporaryDir dir;
    {
        Run first(dir.path());
        QVERIFY(first.session->loadSnapshot(kActivity).isEmpty());
        first.session->flushNow();
        rename(first.session.session.get(), 1, 1); // live: "Drain" -> "Name 1"
        // A resync: the server's snapshot differs from what was shown (s1 edited, s2 added).
        QVERIFY(first.session
                    ->loadSnapshot(R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump overhaul","steps":[)"
                                   R"({"id":"s1","name":"Drain the pump","description":"Slowly."},{"id":"s2","name":"Lift"}]})")
                    .isEmpty());
        first.session->flushNow();
        QTRY_COMPARE(first.session->catchUp()->changes()->count(), 2);
    }
    Run second(dir.path());
    const QStringList history = second.log()->stepHistory(QStringLiteral("s1"));
    QCOMPARE(history.size(), 2);
    QVERIFY2(history[0].endsWith(QStringLiteral(" — Step 1 'Drain the pump' edited: name, description (found at a catch-up)")),
        qPrintable(history[0]));
    QVERIFY2(history[1].endsWith(QStringLiteral(" — Step 1 “Drain” renamed to “Name 1”")), qPrintable(history[1]));
    QVERIFY(!history[1].startsWith(QStringLiteral(" — "))); // when, first
    const QStringList added = second.log()->stepHistory(QStringLiteral("s2"));
    QCOMPARE(added.size(), 1);
    QVERIFY2(added[0].endsWith(QStringLiteral(" — Step 2 'Lift' added (found at a catch-up)")), qPrintable(added[0]));
    QVERIFY(second.log()->stepHistory(QStringLiteral("nope")).isEmpty());
}
