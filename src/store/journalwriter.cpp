// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/journalwriter.h"

#include "base/logging.h"
#include "store/journaldatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <chrono>

namespace mirage {

namespace {
const QString kInsert = QStringLiteral(
    "INSERT INTO entries(activity, received, origin, seq, event_id, event_name, category, applied, subject_kind, subject_id,"
    " subject_name, section, item_id, summary, details, message, bytes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
const QString kName = QStringLiteral("INSERT INTO names(activity, kind, subject, name, seen) VALUES (?,?,?,?,?)"
                                     " ON CONFLICT(activity, kind, subject) DO UPDATE SET name = excluded.name, seen = excluded.seen");
} // namespace

JournalWriter::JournalWriter(const QString &path, Retention retention, qint64 now)
    : m_path(path)
    , m_connection(QStringLiteral("journal-writer-%1").arg(quintptr(this), 0, 16))
          , m_now(now)
          , m_retention(retention)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("journal writer"));
    m_thread->start();
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_opened; });
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

QString JournalWriter::setAsidePath() const
{
    std::lock_guard lock(m_mutex);
    return m_setAside;
}

void JournalWriter::append(std::vector<JournalEntry> entries, qint64 now)
{
    if (entries.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.empty())
            m_queue = std::move(entries);
        else
            m_queue.insert(m_queue.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
        m_now = qMax(m_now, now);
        ++m_queued;
    }
    m_wake.notify_one();
}

void JournalWriter::setRetention(Retention retention, qint64 now)
{
    {
        std::lock_guard lock(m_mutex);
        m_retention = retention;
        m_retentionChanged = true;
        m_now = qMax(m_now, now);
        ++m_queued;
    }
    m_wake.notify_one();
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_queued;
    if (m_written >= target)
        return;
    m_flushing = true;
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_written >= target; });
}

void JournalWriter::report(JournalProblem problem, const QString &path)
{
    m_problem.store(problem);
    if (m_onProblem)
        m_onProblem(problem, path);
}

bool JournalWriter::openDatabase()
{
    QString aside;
    const JournalProblem problem = JournalDatabase::open(m_path, m_connection, &aside);
    {
        std::lock_guard lock(m_mutex);
        if (!aside.isEmpty())
            m_setAside = aside;
    }
    m_problem.store(problem);
    m_activityRows.clear();
    if (problem != JournalProblem::None && problem != JournalProblem::SetAside)
        return false;
    return true;
}

void JournalWriter::countStoredBytes()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_storedBytes.store(q.exec(QStringLiteral("SELECT coalesce(sum(bytes), 0) FROM entries")) && q.next() ? q.value(0).toLongLong() : 0);
}

void JournalWriter::run()
{
    bool ok = openDatabase();
    {
        std::lock_guard lock(m_mutex);
        m_opened = true;
    }
    m_done.notify_all();
    // What is kept is counted here, not while the caller waits for the start (a scan of every
    // entry: ~50 ms for 100,000); a flush() waits for it (the job counted in m_queued at start).
    if (ok)
        countStoredBytes();
    {
        std::lock_guard lock(m_mutex);
        m_written = 1;
    }
    m_done.notify_all();
    using Steady = std::chrono::steady_clock;
    Steady::time_point lastCommit = Steady::now() - std::chrono::milliseconds(kBatchMs);
    for (;;) {
        std::vector<JournalEntry> batch;
        qint64 now = 0;
        bool retention = false, stop = false;
        quint64 upTo = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_flushing || !m_queue.empty() || m_retentionChanged; });
            // At most one transaction per kBatchMs: what arrives meanwhile joins this batch.
            m_wake.wait_until(lock, lastCommit + std::chrono::milliseconds(kBatchMs), [this] { return m_stop || m_flushing; });
            batch.swap(m_queue);
            now = m_now;
            retention = std::exchange(m_retentionChanged, false);
            upTo = m_queued;
            stop = m_stop;
        }
        if (ok && (!batch.empty() || retention)) {
            const bool age = retention || now - m_lastAgeCheck >= kAgeCheckMs;
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (!write(db, batch, now, age) && m_problem.load() == JournalProblem::SetAside) {
                // The file was found damaged: it was set aside and a new one opened; the batch
                // goes into the new one.
                QSqlDatabase fresh = QSqlDatabase::database(m_connection, false);
                ok = fresh.isOpen() && write(fresh, batch, now, age);
            }
            lastCommit = Steady::now();
        }
        {
            std::lock_guard lock(m_mutex);
            m_written = upTo;
            if (m_queue.empty())
                m_flushing = false;
        }
        m_done.notify_all();
        if (stop)
            break;
    }
    JournalDatabase::close(m_connection);
}

bool JournalWriter::write(QSqlDatabase &db, std::vector<JournalEntry> &batch, qint64 now, bool applyAge)
{
    const qint64 bytesBefore = m_storedBytes.load();
    bool ok = db.transaction();
    {
        QSqlQuery entryQuery(db), nameQuery(db);
        ok = ok && entryQuery.prepare(kInsert) && nameQuery.prepare(kName);
        for (JournalEntry &e : batch) {
            if (!(ok = ok && insert(db, entryQuery, nameQuery, e)))
                break;
        }
    }
    Retention retention;
    {
        std::lock_guard lock(m_mutex);
        retention = m_retention;
    }
    if (ok && applyAge && retention.maxAgeMs > 0)
        ok = pruneByAge(db, now - retention.maxAgeMs);
    if (ok && retention.maxBytes > 0 && m_storedBytes.load() > retention.maxBytes)
        ok = pruneBySize(db);
    if (ok && (ok = db.commit())) {
        m_lastWriteThread.store(QThread::currentThread());
        ++m_transactions;
        if (applyAge)
            m_lastAgeCheck = now;
        return true;
    }
    const QSqlError error = db.lastError();
    db.rollback();
    m_storedBytes.store(bytesBefore);
    QSqlQuery probe(db);
    const bool damaged = JournalDatabase::isCorruption(error) || JournalDatabase::isCorruption(probe.lastError())
        || (!probe.exec(QStringLiteral("PRAGMA quick_check(1)")) && JournalDatabase::isCorruption(probe.lastError()))
            || (probe.next() && probe.value(0).toString() != QLatin1String("ok"));
    probe = QSqlQuery();
    qCWarning(lcApp).noquote() << "journal: a batch of" << batch.size() << "entries was not written:" << error.text();
    if (!damaged)
        return false;
    db = QSqlDatabase();
    JournalDatabase::close(m_connection);
    const QString aside = JournalDatabase::setAside(m_path);
    if (!openDatabase())
        return false;
    countStoredBytes();
    m_problem.store(JournalProblem::SetAside);
    {
        std::lock_guard lock(m_mutex);
        m_setAside = aside;
    }
    report(JournalProblem::SetAside, aside);
    return false;
}

qint64 JournalWriter::activityRow(QSqlDatabase &db, const QString &server, const QString &activityId)
{
    const QString key = server + QLatin1Char('\n') + activityId;
    if (const auto it = m_activityRows.constFind(key); it != m_activityRows.constEnd())
        return *it;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO activities(server, activity) VALUES (?, ?)"));
    q.addBindValue(JournalDatabase::text(server));
    q.addBindValue(JournalDatabase::text(activityId));
    if (!q.exec()) {
        qCWarning(lcApp).noquote() << "journal:" << q.lastError().text();
        return -1;
    }
    q.prepare(QStringLiteral("SELECT id FROM activities WHERE server = ? AND activity = ?"));
    q.addBindValue(JournalDatabase::text(server));
    q.addBindValue(JournalDatabase::text(activityId));
    if (!q.exec() || !q.next())
        return -1;
    const qint64 row = q.value(0).toLongLong();
    m_activityRows.insert(key, row);
    return row;
}

bool JournalWriter::insert(QSqlDatabase &db, QSqlQuery &entryQuery, QSqlQuery &nameQuery, JournalEntry &e)
{
    const qint64 activity = activityRow(db, e.server, e.activityId);
    if (activity < 0)
        return false;
    if (e.summary.isEmpty() && e.words)
        e.summary = e.words();
    const qint64 bytes = e.storedBytes();
    const QVariantList values {activity, e.received, int(e.origin), qint64(e.seq), e.eventId, e.eventName, e.category, e.applied ? 1 : 0,
        int(e.subjectKind), e.subjectId, e.subjectName, e.section, e.itemId, e.summary, e.details, e.message, bytes};
    for (int i = 0; i < values.size(); ++i)
        entryQuery.bindValue(i, values[i]);
    if (!entryQuery.exec()) {
        qCWarning(lcApp).noquote() << "journal:" << entryQuery.lastError().text();
        return false;
    }
    m_storedBytes += bytes;
    if ((e.subjectKind == JournalSubject::Person || e.subjectKind == JournalSubject::File) && !e.subjectName.isEmpty()
        && e.subjectName != e.subjectId) {
        const QVariantList name {activity, int(e.subjectKind), e.subjectId, e.subjectName, e.received};
        for (int i = 0; i < name.size(); ++i)
            nameQuery.bindValue(i, name[i]);
        if (!nameQuery.exec())
            return false;
    }
    return true;
}

bool JournalWriter::pruneByAge(QSqlDatabase &db, qint64 cutoff)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(bytes), 0) FROM entries WHERE received < ?"));
    q.addBindValue(cutoff);
    if (!q.exec() || !q.next())
        return false;
    const qint64 freed = q.value(0).toLongLong();
    if (freed == 0)
        return true;
    q.prepare(QStringLiteral("DELETE FROM entries WHERE received < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return false;
    m_storedBytes -= freed;
    return true;
}

bool JournalWriter::pruneBySize(QSqlDatabase &db)
{
    qint64 maxBytes = 0;
    {
        std::lock_guard lock(m_mutex);
        maxBytes = m_retention.maxBytes;
    }
    // Down to 95 % of the limit, so that a full journal does not delete at every batch.
    const qint64 target = maxBytes - maxBytes / 20;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, bytes FROM entries ORDER BY id")))
        return false;
    qint64 freed = 0, last = -1;
    while (m_storedBytes.load() - freed > target && q.next()) {
        last = q.value(0).toLongLong();
        freed += q.value(1).toLongLong();
    }
    q.finish();
    if (last < 0)
        return true;
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id <= ?"));
    q.addBindValue(last);
    if (!q.exec())
        return false;
    m_storedBytes -= freed;
    return true;
}

} // namespace mirage
