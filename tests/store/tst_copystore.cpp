// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_copystore.h"

#include "filesizelimit.h"

#include "protocol/activitystate.h"
#include "store/copyfile.h"
#include "store/copystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

using namespace mirage;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:8000");
const QString kId = QStringLiteral("0b0e8a4e-5d6f-4b1c-9a40-5a7e3c2f1d00");

ActivityCopy makeCopy(const QString &id, const QByteArray &dump)
{
    ActivityCopy c;
    c.server = kServer;
    c.activityId = id;
    c.stateDump = dump;
    c.savedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 5, 250), Qt::UTC);
    c.viewed = QJsonObject {{QStringLiteral("at"), QStringLiteral("2026-03-01T12:30:00Z")},
        {QStringLiteral("steps"), QJsonArray {QStringLiteral("s1"), QStringLiteral("s2")}}};
    return c;
}

// A real state dump (SPEC §6) of an activity with `steps` steps.
QByteArray realDump(const QString &id, int steps)
{
    QJsonArray list;
    for (int i = 0; i < steps; ++i)
        list.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("step-%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("Step %1").arg(i)},
                {QStringLiteral("description"), QStringLiteral("Tighten bolt %1 to 12 Nm, then check the seal.").arg(i)},
                    {QStringLiteral("location"), QJsonObject {{QStringLiteral("x"), i}, {QStringLiteral("y"), 1.5}}}});
    const QJsonObject activity {
        {QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Pump service")}, {QStringLiteral("steps"), list}};
    ActivityState state;
    state.setActivityId(id.toStdString());
    const std::string err = state.loadSnapshot(QJsonDocument(activity).toJson(QJsonDocument::Compact).toStdString());
    if (!err.empty())
        qFatal("snapshot: %s", err.c_str());
    return QByteArray::fromStdString(state.dumpJson());
}

// The dump the kill -9 writer writes as generation `gen`: large, and different for every gen.
QByteArray generation(int gen)
{
    QByteArray pad(3 * 1024 * 1024 + gen * 7, char('a' + gen % 26));
    return "{\"activity_id\":\"" + kId.toLatin1() + "\",\"gen\":" + QByteArray::number(gen) + ",\"pad\":\"" + pad + "\"}";
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The child of killDuringWrite: writes generation after generation, from `first` on, until it is
// killed.
int runWriter(const QString &dir, int first)
{
    CopyStore store(dir);
    for (int gen = first;; ++gen) {
        store.save(makeCopy(kId, generation(gen)));
        store.flush();
    }
}

// The generation of the copy at `path` (0 when there is none, or it does not decode), read without
// the store, which would set a bad file aside.
int generationOnDisk(const QString &path)
{
    ActivityCopy copy;
    if (CopyFile::decode(readAll(path), copy) != CopyError::None)
        return 0;
    return QJsonDocument::fromJson(copy.stateDump).object().value(QStringLiteral("gen")).toInt();
}

// The files in `dir` that are not copies (a writer's temporary files).
QStringList temporaryFiles(const QString &dir)
{
    QStringList out = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    out.removeIf([](const QString &name) { return name.endsWith(QLatin1String(CopyFile::kSuffix)); });
    return out;
}

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0xffffu;
}

} // namespace

void TestCopyStore::init()
{
    delete m_dir;
    m_dir = new QTemporaryDir(m_root.path() + QStringLiteral("/t%1-XXXXXX").arg(++m_n));
    QVERIFY(m_dir->isValid());
}

void TestCopyStore::roundTrip()
{
    const QByteArray dump = realDump(kId, 20);
    {
        CopyStore store(m_dir->path());
        store.save(makeCopy(kId, dump));
        store.flush();
        QCOMPARE(store.writeCount(), 1);
    }
    CopyStore store(m_dir->path());
    const CopyLoad got = store.load(kServer, kId);
    QCOMPARE(got.error, CopyError::None);
    QCOMPARE(got.copy.stateDump, dump); // byte for byte
    QCOMPARE(got.copy.server, kServer);
    QCOMPARE(got.copy.activityId, kId);
    QCOMPARE(got.copy.savedAt, makeCopy(kId, {}).savedAt);
    QCOMPARE(got.copy.savedAt.timeSpec(), Qt::UTC);
    QCOMPARE(got.copy.viewed, makeCopy(kId, {}).viewed);
    QCOMPARE(got.copy.format, ActivityCopy::kFormat);
    QVERIFY(got.setAsidePath.isEmpty());
    // The dump is still one a state reads: its activity comes back whole.
    const QJsonObject reread = QJsonDocument::fromJson(got.copy.stateDump).object();
    QCOMPARE(reread.value(QStringLiteral("activity")).toObject().value(QStringLiteral("steps")).toArray().size(), 20);
}

void TestCopyStore::fileNameHidesServer()
{
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(QStringLiteral("http://../../etc/passwd"), QStringLiteral("../x"));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_dir->path()).absolutePath());
    QVERIFY(QFileInfo(path).fileName().contains(QRegularExpression(QStringLiteral("^[0-9a-f]{40}\\.copy$"))));
    QVERIFY(store.pathFor(kServer, kId) != store.pathFor(kServer + QLatin1Char('/'), kId));
    QVERIFY(store.pathFor(QStringLiteral("a"), QStringLiteral("bc")) != store.pathFor(QStringLiteral("ab"), QStringLiteral("c")));
}

void TestCopyStore::debounceCoalesces()
{
    CopyStore store(m_dir->path());
    store.setDebounceInterval(200);
    for (int i = 0; i < 50; ++i)
        store.schedule(makeCopy(kId, "{\"n\":" + QByteArray::number(i) + "}"));
    store.schedule(makeCopy(QStringLiteral("other"), "{}"));
    QCOMPARE(store.writeCount(), 0);
    QVERIFY(!QFileInfo::exists(store.pathFor(kServer, kId))); // not per event
    QTRY_COMPARE(store.writeCount(), 2); // one write per activity, after the interval
    QVERIFY(!store.hasPending());
    QTest::qWait(400);
    QCOMPARE(store.writeCount(), 2);
    QCOMPARE(store.load(kServer, kId).copy.stateDump, QByteArray("{\"n\":49}")); // the last one
}

void TestCopyStore::flushWritesPending()
{
    CopyStore store(m_dir->path());
    store.setDebounceInterval(60 * 60 * 1000);
    store.schedule(makeCopy(kId, "{\"n\":1}"));
    store.schedule(makeCopy(kId, "{\"n\":2}"));
    QVERIFY(store.hasPending());
    store.flush(); // as on quit: written now, and waited for
    QCOMPARE(store.writeCount(), 1);
    QCOMPARE(store.load(kServer, kId).copy.stateDump, QByteArray("{\"n\":2}"));
    {
        CopyStore dying(m_dir->path());
        dying.setDebounceInterval(60 * 60 * 1000);
        dying.schedule(makeCopy(kId, "{\"n\":3}"));
    } // the destructor flushes too
    QCOMPARE(store.load(kServer, kId).copy.stateDump, QByteArray("{\"n\":3}"));
}

void TestCopyStore::removeDeletes()
{
    CopyStore store(m_dir->path());
    store.save(makeCopy(kId, "{}"));
    store.schedule(makeCopy(kId, "{\"later\":1}"));
    store.remove(kServer, kId);
    store.flush();
    QCOMPARE(store.load(kServer, kId).error, CopyError::Missing);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void TestCopyStore::missing()
{
    CopyStore store(m_dir->path() + QStringLiteral("/not-yet"));
    QCOMPARE(store.load(kServer, kId).error, CopyError::Missing);
    QVERIFY(store.loadAll().isEmpty());
}

void TestCopyStore::truncatedIsSetAside_data()
{
    QTest::addColumn<double>("keep");
    QTest::newRow("empty") << 0.0;
    QTest::newRow("in the header") << 0.05;
    QTest::newRow("half") << 0.5;
    QTest::newRow("last byte missing") << -1.0;
}

void TestCopyStore::truncatedIsSetAside()
{
    QFETCH(double, keep);
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(kServer, kId);
    store.save(makeCopy(kId, realDump(kId, 50)));
    store.flush();
    const QByteArray whole = readAll(path);
    const QByteArray cut = keep < 0 ? whole.chopped(1) : whole.left(qsizetype(whole.size() * keep));
    writeRaw(path, cut);

    const CopyLoad got = store.load(kServer, kId);
    QCOMPARE(got.error, CopyError::Truncated);
    QVERIFY(got.copy.stateDump.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(got.setAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(got.setAsidePath), cut); // kept for a look, not deleted
    QCOMPARE(store.load(kServer, kId).error, CopyError::Missing);

    store.save(makeCopy(kId, "{\"again\":true}")); // the next save works
    store.flush();
    QCOMPARE(store.load(kServer, kId).copy.stateDump, QByteArray("{\"again\":true}"));
    QCOMPARE(store.loadAll().size(), 1); // the set-aside file is not a copy
}

void TestCopyStore::garbageIsCorrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = CopyFile::encode(makeCopy(kId, "{\"a\":1}"));
    QByteArray flipped = good;
    flipped[flipped.size() - 3] = '2'; // the state changed under its checksum
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\n\x01",
        12);
    QTest::newRow("text") << QByteArray("hello\nworld\n");
    QTest::newRow("header is an array") << QByteArray("[1,2]\n{}\n");
    QTest::newRow("no format") << QByteArray("{\"server\":\"x\"}\n{}\n");
    QTest::newRow("format not a number") << QByteArray("{\"format\":\"1\"}\n{}\n");
    QTest::newRow("format 0") << QByteArray(good).replace("\"format\":1", "\"format\":0");
    QTest::newRow("checksum") << flipped;
    QTest::newRow("trailing bytes") << good + "xyz\n";
    QTest::newRow("another activity's copy") << CopyFile::encode(makeCopy(QStringLiteral("someone-else"), "{}"));
}

void TestCopyStore::garbageIsCorrupt()
{
    QFETCH(QByteArray, bytes);
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(kServer, kId);
    QDir().mkpath(m_dir->path());
    writeRaw(path, bytes);
    const CopyLoad got = store.load(kServer, kId);
    QCOMPARE(got.error, CopyError::Corrupt);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(readAll(got.setAsidePath), bytes);
}

void TestCopyStore::newerFormatIsRefused()
{
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(kServer, kId);
    // A later version's header may carry anything else; only "format" is read.
    const QByteArray newer = "{\"format\":2,\"state\":\"elsewhere\",\"chunks\":[1,2]}\nwhatever 2 writes\n";
    writeRaw(path, newer);
    const QDateTime mtime = QFileInfo(path).lastModified();
    const CopyLoad got = store.load(kServer, kId);
    QCOMPARE(got.error, CopyError::NewerFormat);
    QVERIFY(got.copy.stateDump.isEmpty());
    QVERIFY(got.setAsidePath.isEmpty());
    QCOMPARE(readAll(path), newer); // untouched
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
    QCOMPARE(store.loadAll().value(0).error, CopyError::NewerFormat);
    QCOMPARE(readAll(path), newer);
}

void TestCopyStore::unreadable()
{
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(kServer, kId);
    QVERIFY(QDir().mkpath(path)); // a directory where the file should be (root reads any file)
    const CopyLoad got = store.load(kServer, kId);
    QCOMPARE(got.error, CopyError::Unreadable);
    QVERIFY(QFileInfo(path).isDir()); // left alone
    QCOMPARE(store.loadAll().value(0).error, CopyError::Unreadable);
}

void TestCopyStore::loadAllSkipsBadOnes()
{
    CopyStore store(m_dir->path());
    for (int i = 0; i < 4; ++i)
        store.save(makeCopy(QStringLiteral("a%1").arg(i), "{\"i\":" + QByteArray::number(i) + "}"));
    store.flush();
    writeRaw(store.pathFor(kServer, QStringLiteral("a2")), "{\"format\":1,\"ser");
    writeRaw(m_dir->path()
        + QStringLiteral("/")
            + CopyFile::fileName(kServer, QStringLiteral("a1"))
                + QStringLiteral(".Ab12Cd"),
                    "half a temporary file"); // as a crash can leave it: not a copy

    const QList<CopyLoad> all = store.loadAll();
    QCOMPARE(all.size(), 4);
    QStringList good;
    int truncated = 0;
    for (const CopyLoad &l : all) {
        if (l.error == CopyError::None)
            good << l.copy.activityId;
        truncated += l.error == CopyError::Truncated;
    }
    good.sort();
    QCOMPARE(good, QStringList({QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a3")}));
    QCOMPARE(truncated, 1);
    QCOMPARE(store.loadAll().size(), 3); // the bad one was set aside
}

void TestCopyStore::newerCopyIsNeverWrittenOver()
{
    CopyStore store(m_dir->path());
    QSignalSpy failed(&store, &CopyStore::writeFailed);
    const QString path = store.pathFor(kServer, kId);
    const QByteArray newer = "{\"format\":2,\"state\":\"elsewhere\"}\nwhatever 2 writes\n";
    writeRaw(path, newer);
    const QDateTime mtime = QFileInfo(path).lastModified();
    store.setRetryInterval(1);
    store.save(makeCopy(kId, "{\"mine\":1}"));
    store.flush();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), path);
    QCOMPARE(failed.at(0).at(1).value<CopyError>(), CopyError::NewerFormat);
    QVERIFY(!store.hasPending()); // not tried again
    QCOMPARE(readAll(path), newer);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
    QCOMPARE(temporaryFiles(m_dir->path()), QStringList());
}

void TestCopyStore::filesAreTheOwnersAlone()
{
    const mode_t umaskWas = ::umask(022); // a usual umask: new files 0644, folders 0755
    // Folders made for the store: each one 0700, the copy 0600.
    const QString nested = m_dir->path() + QStringLiteral("/data/MirageDesk/copies");
    {
        CopyStore store(nested);
        store.save(makeCopy(kId, "{}"));
        store.flush();
        QCOMPARE(modeOf(store.pathFor(kServer, kId)), 0600u);
    }
    for (const QString &dir : {nested, QFileInfo(nested).path(), QFileInfo(QFileInfo(nested).path()).path()})
        QCOMPARE(modeOf(dir), 0700u);
    QCOMPARE(modeOf(m_dir->path()), 0700u); // QTemporaryDir's own; a folder that was there is left as it was

    // What an earlier version left: a 0755 folder and a 0644 copy; the next write makes them private.
    const QString old = m_dir->path() + QStringLiteral("/old");
    QVERIFY(QDir().mkpath(old));
    QVERIFY(::chmod(QFile::encodeName(old).constData(), 0755) == 0);
    CopyStore store(old);
    writeRaw(store.pathFor(kServer, kId), CopyFile::encode(makeCopy(kId, "{}")));
    QVERIFY(::chmod(QFile::encodeName(store.pathFor(kServer, kId)).constData(), 0644) == 0);
    store.save(makeCopy(kId, "{\"n\":2}"));
    store.flush();
    ::umask(umaskWas);
    QCOMPARE(store.load(kServer, kId).copy.stateDump, QByteArray("{\"n\":2}"));
    QCOMPARE(modeOf(old), 0700u);
    QCOMPARE(modeOf(store.pathFor(kServer, kId)), 0600u);
}

void TestCopyStore::linkAtTheCopysPathIsNotFollowed_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("to a file") << true;
    QTest::newRow("to no file yet") << false;
}

void TestCopyStore::linkAtTheCopysPathIsNotFollowed()
{
    QFETCH(bool, targetExists);
    CopyStore store(m_dir->path() + QStringLiteral("/copies"));
    QSignalSpy failed(&store, &CopyStore::writeFailed);
    QVERIFY(QDir().mkpath(store.directory()));
    const QString path = store.pathFor(kServer, kId);
    const QString target = m_dir->path() + QStringLiteral("/someone-elses-file");
    if (targetExists)
        writeRaw(target, "not the store's\n");
    QVERIFY(QFile::link(target, path)); // planted at the copy's path

    store.save(makeCopy(kId, "{\"n\":1}"));
    store.flush();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).value<CopyError>(), CopyError::NotAFile);
    QCOMPARE(QFileInfo(path).symLinkTarget(), target); // the link is left alone…
    if (targetExists) // …and nothing was written through it
        QCOMPARE(readAll(target), QByteArray("not the store's\n"));
    else
        QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(temporaryFiles(store.directory()), QStringList());

    // Tried again later: still refused, and not said again.
    store.setRetryInterval(1);
    store.save(makeCopy(kId, "{\"n\":2}"));
    const int writes = store.writeCount();
    QTRY_VERIFY(store.writeCount() >= writes + 3);
    QCoreApplication::processEvents(); // the posted ends of those writes
    QCOMPARE(failed.size(), 1);
    QCOMPARE(QFileInfo(path).symLinkTarget(), target);
}

void TestCopyStore::fullDiskKeepsTheCopyAndTriesAgain()
{
    CopyStore store(m_dir->path());
    QSignalSpy failed(&store, &CopyStore::writeFailed);
    QSignalSpy recovered(&store, &CopyStore::writeRecovered);
    const QString path = store.pathFor(kServer, kId);
    const QByteArray before = realDump(kId, 2);
    store.save(makeCopy(kId, before));
    store.flush();
    QCOMPARE(store.load(kServer, kId).copy.stateDump, before);
    const QByteArray after = realDump(kId, 200); // bigger than what fits
    QVERIFY(CopyFile::encode(makeCopy(kId, after)).size() > 16 * 1024);

    store.setRetryInterval(20);
    {
        FileSizeLimit full(16 * 1024);
        QVERIFY(full.active());
        store.save(makeCopy(kId, after));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), path);
        QCOMPARE(failed.at(0).at(1).value<CopyError>(), CopyError::NoSpace);
        QCOMPARE(store.load(kServer, kId).copy.stateDump, before); // the old copy stays
        // Tried again, without a new save; said once.
        const int writes = store.writeCount();
        QTRY_VERIFY(store.writeCount() >= writes + 2);
        QCoreApplication::processEvents();
        QCOMPARE(failed.size(), 1);
        QVERIFY(recovered.isEmpty());
        QCOMPARE(store.load(kServer, kId).copy.stateDump, before);
        QCOMPARE(temporaryFiles(m_dir->path()), QStringList()); // no half file left behind
    }
    // Room again: the next try writes the copy that did not fit.
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 20000);
    QCOMPARE(recovered.at(0).at(0).toString(), path);
    QCOMPARE(store.load(kServer, kId).copy.stateDump, after);
    QVERIFY(!store.hasPending());
    QCOMPARE(failed.size(), 1);
}

void TestCopyStore::killDuringWrite()
{
    CopyStore store(m_dir->path());
    const QString path = store.pathFor(kServer, kId);
    QRandomGenerator rng(12345);
    int lastGen = 0;
    constexpr int kWait = 120000; // generous: a busy machine is slow, never wrong
    for (int round = 0; round < 8; ++round) {
        const QStringList leftBefore = temporaryFiles(m_dir->path());
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--copy-writer"), m_dir->path(), QString::number(lastGen + 1)});
        QVERIFY(child.waitForStarted());
        // Progress: this child has written a generation of its own…
        QTRY_VERIFY_WITH_TIMEOUT(generationOnDisk(path) > lastGen, kWait);
        // …and is in the middle of the next: its temporary file is there (just made, or at random
        // already holding the whole generation before its sync and rename). Then SIGKILL.
        const bool whole = rng.bounded(2) == 1;
        const qint64 size = CopyFile::encode(makeCopy(kId, generation(lastGen + 2))).size();
        auto writingNext = [&](bool filled) {
            const QStringList names = temporaryFiles(m_dir->path());
            return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                return !leftBefore.contains(name) && (!filled || QFileInfo(m_dir->path() + QLatin1Char('/') + name).size() >= size / 2);
            });
        };
        // A filled temporary file lives only between its write and its rename (the sync is all but
        // instant on some file systems): looked for a while, then any temporary file will do. The
        // clock is read, not counted in polls (a QTRY once gave up after 0.3 s of its 120).
        const auto waitFor = [](const auto &condition, qint64 ms) {
            QElapsedTimer clock;
            clock.start();
            while (!condition()) {
                if (clock.hasExpired(ms))
                    return false;
                QTest::qWait(5);
            }
            return true;
        };
        if (whole && !waitFor([&] { return writingNext(true); }, 5000))
            qInfo("round %d: no filled temporary file seen in 5 s; killed at another moment of the write", round);
        QVERIFY2(waitFor([&] { return writingNext(false); }, kWait), qPrintable(QStringLiteral("round %1: no write seen").arg(round)));
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<CopyLoad> all = store.loadAll();
        QCOMPARE(all.size(), 1); // temporary files are never taken for copies
        QCOMPARE(all[0].error, CopyError::None);
        const QJsonObject dump = QJsonDocument::fromJson(all[0].copy.stateDump).object();
        const int gen = dump.value(QStringLiteral("gen")).toInt();
        QVERIFY2(gen > lastGen, qPrintable(QStringLiteral("round %1: generation %2 after %3").arg(round).arg(gen).arg(lastGen)));
        QCOMPARE(all[0].copy.stateDump, generation(gen)); // whole: old or new, never a mix
        lastGen = gen;
    }
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    qInfo("after 8 kills the directory holds %lld file(s): %s", qlonglong(left.size()), qPrintable(left.join(u' ')));
}

void TestCopyStore::fiftyLargeCopies()
{
    const QByteArray dump = realDump(kId, 1000);
    {
        CopyStore store(m_dir->path());
        for (int i = 0; i < 50; ++i)
            store.schedule(makeCopy(QStringLiteral("act-%1").arg(i), dump));
        store.flush();
    }
    CopyStore store(m_dir->path());
    QElapsedTimer t;
    t.start();
    const QList<CopyLoad> all = store.loadAll();
    const qint64 ms = t.elapsed();
    QCOMPARE(all.size(), 50);
    for (const CopyLoad &l : all) {
        QCOMPARE(l.error, CopyError::None);
        QCOMPARE(l.copy.stateDump.size(), dump.size());
    }
    // A measurement for the record, not an assertion.
    qInfo("loadAll: 50 copies of a 1,000-step activity (%lld bytes each) in %lld ms", qlonglong(dump.size()), ms);
}

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--copy-writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCopyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_copystore.cpp"
