// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_journal.h"

#include "store/journal.h"
#include "sync/manualclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstring>
#include <sys/stat.h>

using namespace mirage;

namespace {
const QString kServer = QStringLiteral("https://mirage.example/");
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
const QString kOther = QStringLiteral("0f1e2d3c-4b5a-4697-8877-665544332211");
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

JournalEntry entry(int n, const QString &activity = kId)
{
    JournalEntry e;
    e.server = kServer;
    e.activityId = activity;
    e.seq = quint64(n);
    e.eventId = 102;
    e.eventName = QStringLiteral("activity_updated");
    e.category = QStringLiteral("activity");
    e.subjectKind = JournalSubject::Step;
    e.subjectId = QStringLiteral("s%1").arg(n);
    e.subjectName = QStringLiteral("Step %1").arg(n);
    e.section = QStringLiteral("steps");
    e.itemId = e.subjectId;
    e.summary = QStringLiteral("Step %1 “Step %1” edited").arg(n);
    e.details = QStringLiteral("102 activity_updated");
    e.message = QByteArray(R"({"event_id":102,"data":{"steps":[{"id":"s)") + QByteArray::number(n) + R"("}]}})";
    return e;
}

std::vector<JournalEntry> entries(int from, int to)
{
    std::vector<JournalEntry> out;
    for (int n = from; n <= to; ++n)
        out.push_back(entry(n));
    return out;
}

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0xffffu;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child of killLosesAtMostTheLastBatch: appends entries 1, 2, 3… in batches of 10, saying on
// stdout the last one of each batch once it was written, until it is killed.
int runWriter(const QString &dir)
{
    Journal journal(dir);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    for (int n = 1;; n += 10) {
        journal.append(entries(n, n + 9));
        journal.flush();
        out.write(QByteArray::number(n + 9) + '\n');
        out.flush();
    }
}
} // namespace

void TestJournal::init()
{
    delete m_dir;
    m_dir = new QTemporaryDir(m_root.path() + QStringLiteral("/t%1-XXXXXX").arg(++m_n));
    QVERIFY(m_dir->isValid());
}

void TestJournal::keptAcrossRestarts()
{
    const QString dir = m_dir->path() + QStringLiteral("/journal");
    {
        Journal journal(dir);
        QCOMPARE(journal.problem(), JournalProblem::None);
        std::vector<JournalEntry> batch = entries(1, 3);
        JournalEntry joined;
        joined.server = kServer;
        joined.activityId = kId;
        joined.seq = 4;
        joined.eventId = 201;
        joined.eventName = QStringLiteral("user_joined");
        joined.category = QStringLiteral("people");
        joined.subjectKind = JournalSubject::Person;
        joined.subjectId = QStringLiteral("u-jonas");
        joined.subjectName = QStringLiteral("Jonas Berg");
        joined.message = R"({"event_id":201,"data":{"user":{"id":"u-jonas","name":"Jonas Berg"}}})";
        // The words are made on the writer's thread when left empty.
        joined.words = [] { return QStringLiteral("Jonas Berg joined"); };
        batch.push_back(joined);
        JournalEntry file = joined;
        file.seq = 5;
        file.eventId = 401;
        file.subjectKind = JournalSubject::File;
        file.subjectId = QStringLiteral("file-36");
        file.subjectName = QStringLiteral("pump.pdf");
        file.words = {};
        file.summary = QStringLiteral("File “pump.pdf” uploaded");
        batch.push_back(file);
        journal.append(std::move(batch));
        journal.append({entry(1, kOther)});
    } // written when the journal goes
    Journal journal(dir);
    QCOMPARE(journal.count(kServer, kId), 5);
    QCOMPARE(journal.count(kServer, kOther), 1);
    const std::vector<JournalEntry> page = journal.page(kServer, kId, 0, 10);
    QCOMPARE(page.size(), size_t(5));
    QCOMPARE(page[0].seq, quint64(5)); // newest first
    QCOMPARE(page[1].summary, QStringLiteral("Jonas Berg joined"));
    QCOMPARE(page[1].subjectName, QStringLiteral("Jonas Berg"));
    QCOMPARE(page[1].subjectKind, JournalSubject::Person);
    QCOMPARE(page[1].message, QByteArray(R"({"event_id":201,"data":{"user":{"id":"u-jonas","name":"Jonas Berg"}}})"));
    const JournalEntry &first = page[4];
    const JournalEntry expected = entry(1);
    QCOMPARE(first.seq, expected.seq);
    QCOMPARE(first.eventId, expected.eventId);
    QCOMPARE(first.eventName, expected.eventName);
    QCOMPARE(first.category, expected.category);
    QCOMPARE(first.subjectId, expected.subjectId);
    QCOMPARE(first.subjectName, expected.subjectName);
    QCOMPARE(first.section, expected.section);
    QCOMPARE(first.itemId, expected.itemId);
    QCOMPARE(first.summary, expected.summary);
    QCOMPARE(first.details, expected.details);
    QCOMPARE(first.message, expected.message);
    QVERIFY(first.received > 0);
    const QList<JournalName> names = journal.names(kServer, kId);
    QCOMPARE(names.size(), 2); // people and files, not steps
    QCOMPARE(names[0].kind, JournalSubject::Person);
    QCOMPARE(names[0].id, QStringLiteral("u-jonas"));
    QCOMPARE(names[0].name, QStringLiteral("Jonas Berg"));
    QCOMPARE(names[1].name, QStringLiteral("pump.pdf"));
}

void TestJournal::writtenOnTheWritersThreadInBatches()
{
    Journal journal(m_dir->path());
    QVERIFY(journal.writerThread());
    QVERIFY(journal.writerThread() != QThread::currentThread());
    QElapsedTimer clock;
    clock.start();
    QThread *guiThread = QThread::currentThread();
    for (int i = 0; i < 100; ++i) {
        std::vector<JournalEntry> batch = entries(i * 10 + 1, i * 10 + 10);
        // The words are made where the entry is written: never on this thread.
        batch.front().summary.clear();
        batch.front().words = [guiThread] {
            return QThread::currentThread() == guiThread ? QStringLiteral("gui") : QStringLiteral("writer");
        };
        journal.append(std::move(batch));
    }
    journal.flush();
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(journal.count(kServer, kId), 1000);
    QCOMPARE(journal.lastWriteThread(), journal.writerThread());
    QCOMPARE(journal.page(kServer, kId, 0, 1000, QStringLiteral("gui")).size(), size_t(0));
    QCOMPARE(journal.page(kServer, kId, 0, 1000, QStringLiteral("writer")).size(), size_t(100));
    // At most one transaction per 50 ms (JournalWriter::kBatchMs), plus the flush's.
    QVERIFY2(journal.transactions() <= elapsed / 50 + 2,
        qPrintable(QStringLiteral("%1 transactions in %2 ms").arg(journal.transactions()).arg(elapsed)));
}

void TestJournal::pagesNewestFirst()
{
    Journal journal(m_dir->path());
    journal.append(entries(1, 250));
    QVERIFY(journal.lastId(kServer, kId) > 0); // waits for the writer
    std::vector<JournalEntry> all;
    qint64 before = 0;
    for (int pages = 0; pages < 10; ++pages) {
        const std::vector<JournalEntry> page = journal.page(kServer, kId, before, 100);
        if (page.empty())
            break;
        QVERIFY(page.size() <= 100);
        all.insert(all.end(), page.begin(), page.end());
        before = page.back().id;
    }
    QCOMPARE(all.size(), size_t(250));
    for (size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].seq, quint64(250 - i));
    QVERIFY(journal.page(kServer, kOther, 0, 100).empty());
}

void TestJournal::searchFindsAnOldEntry()
{
    Journal journal(m_dir->path());
    JournalEntry old = entry(1);
    old.summary = QStringLiteral("Ana Lima uploaded “Pumpenhandbuch.pdf” (2 MB)");
    journal.append({old});
    journal.append(entries(2, 5000));
    journal.flush();
    for (const QString &search : {QStringLiteral("pumpenhand"),
             QStringLiteral("PUMPENHANDBUCH.PDF"), QStringLiteral("“Pump"), QStringLiteral("Li") /* short: read from the rows */}) {
        const std::vector<JournalEntry> found = journal.page(kServer, kId, 0, 50, search);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].seq, quint64(1));
        QCOMPARE(found[0].summary, old.summary);
    }
    QCOMPARE(journal.page(kServer, kId, 0, 50, QStringLiteral("no such thing")).size(), size_t(0));
    QCOMPARE(journal.page(kServer, kId, 0, 50, QStringLiteral("\"quoted\" % _")).size(), size_t(0)); // read as text
    // Paged too: the matches older than a given one.
    const std::vector<JournalEntry> edited = journal.page(kServer, kId, 0, 30, QStringLiteral("edited"));
    QCOMPARE(edited.size(), size_t(30));
    const std::vector<JournalEntry> more = journal.page(kServer, kId, edited.back().id, 30, QStringLiteral("edited"));
    QCOMPARE(more.front().seq, edited.back().seq - 1);
}

void TestJournal::oldestGoByAge()
{
    const qint64 start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    ManualClock clock(start);
    Journal journal(m_dir->path(), &clock);
    QCOMPARE(journal.maxAgeMs(), 90 * kDay); // the README's 90 days
    journal.append({entry(1)});
    clock.advance(50 * kDay);
    journal.append({entry(2)});
    clock.advance(40 * kDay - 1000); // entry 1 is a second short of 90 days old: kept
    journal.append({entry(3)});
    journal.flush();
    QCOMPARE(journal.count(kServer, kId), 3);
    clock.advance(61000); // the age is looked at once a minute (JournalWriter::kAgeCheckMs) while entries come
    journal.append({entry(4)});
    journal.flush();
    const std::vector<JournalEntry> kept = journal.page(kServer, kId, 0, 10);
    QCOMPARE(kept.size(), size_t(3));
    QCOMPARE(kept.back().seq, quint64(2)); // the oldest went, whole
    QCOMPARE(kept.back().received, start + 50 * kDay);
    // A shorter limit applies at once.
    clock.advance(kDay);
    journal.setRetention(30 * kDay, Journal::kDefaultMaxBytes);
    journal.flush();
    QCOMPARE(journal.count(kServer, kId), 2);
}

void TestJournal::oldestGoBySize()
{
    Journal journal(m_dir->path());
    QCOMPARE(journal.maxBytes(), 500LL * 1000 * 1000); // the README's 500 MB
    // Entries 100 to 199: each counts the same.
    auto sized = [](int n) {
        JournalEntry e = entry(n);
        e.message = QByteArray(997, 'x') + QByteArray::number(n);
        return e;
    };
    const qint64 each = sized(100).storedBytes();
    QCOMPARE(sized(199).storedBytes(), each);
    journal.setRetention(Journal::kDefaultMaxAgeMs, 20 * each);
    for (int n = 100; n <= 199; ++n)
        journal.append({sized(n)});
    journal.flush();
    QVERIFY2(journal.storedBytes() <= 20 * each, qPrintable(QString::number(journal.storedBytes())));
    const std::vector<JournalEntry> kept = journal.page(kServer, kId, 0, 200);
    QVERIFY(kept.size() >= 15 && kept.size() <= 20);
    QCOMPARE(kept.front().seq, quint64(199)); // the newest stay
    for (size_t i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i].seq, quint64(199 - i)); // the oldest went first, no holes
        QVERIFY(kept[i].message.endsWith(QByteArray::number(199 - int(i)))); // whole
        QCOMPARE(kept[i].message.size(), 1000);
    }
    // What is left still counts after a restart.
    const qint64 stored = journal.storedBytes();
    journal.flush();
    Journal again(m_dir->path());
    again.flush(); // counted on the writer's thread
    QCOMPARE(again.storedBytes(), stored);
}

void TestJournal::corruptDatabaseIsSetAside()
{
    const QString path = m_dir->path() + QStringLiteral("/journal.db");
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "this is not a database, it only sits where one should. ";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Journal journal(m_dir->path());
    QCOMPARE(journal.problem(), JournalProblem::SetAside);
    QVERIFY(journal.isOpen());
    const QString aside = journal.setAsidePath();
    QVERIFY(aside.startsWith(path + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(aside), garbage); // kept as it was, for a look
    journal.append(entries(1, 3));
    journal.flush();
    QCOMPARE(journal.count(kServer, kId), 3); // a new one works
    QCOMPARE(QFileInfo(path).size() > 0, true);
}

void TestJournal::newerDatabaseIsLeftAlone()
{
    const QString path = m_dir->path() + QStringLiteral("/journal.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = readAll(path);
    {
        Journal journal(m_dir->path());
        QCOMPARE(journal.problem(), JournalProblem::NewerVersion);
        QVERIFY(!journal.isOpen());
        journal.append(entries(1, 3)); // dropped, no crash
        journal.flush();
        QCOMPARE(journal.count(kServer, kId), 0);
    }
    QCOMPARE(readAll(path), before);
}

void TestJournal::filesAreTheOwnersAlone()
{
    const mode_t old = ::umask(022);
    const QString dir = m_dir->path() + QStringLiteral("/data/journal");
    {
        Journal journal(dir);
        journal.append(entries(1, 10));
        journal.flush();
        QCOMPARE(modeOf(dir), 0700u);
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(modeOf(journal.path() + QLatin1String(suffix)), 0600u);
    }
    ::umask(old);
}

void TestJournal::killLosesAtMostTheLastBatch()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--journal-writer"), m_dir->path()});
    QVERIFY(child.waitForStarted());
    // Let it write a few hundred entries, then kill it in the middle of its work.
    int written = 0;
    QTRY_VERIFY_WITH_TIMEOUT((written =
                                     [&] {
                                         const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
                                         for (const QByteArray &l : lines)
                                             written = qMax(written, l.toInt());
                                         return written;
                                     }())
            >= 500,
        120000);
    child.kill();
    QVERIFY(child.waitForFinished());
    for (const QByteArray &l : child.readAllStandardOutput().split('\n'))
        written = qMax(written, l.toInt());
    Journal journal(m_dir->path());
    QCOMPARE(journal.problem(), JournalProblem::None);
    const int kept = journal.count(kServer, kId);
    // Everything said written is there; at most the batch being written is lost.
    QVERIFY2(kept >= written, qPrintable(QStringLiteral("%1 kept, %2 written").arg(kept).arg(written)));
    QCOMPARE(kept % 10, 0); // whole batches only
    const std::vector<JournalEntry> page = journal.page(kServer, kId, 0, kept);
    for (int i = 0; i < kept; ++i)
        QCOMPARE(page[size_t(i)].seq, quint64(kept - i)); // in order, no holes
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--journal-writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_journal.cpp"
