// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/journal.h"

#include "store/journaldatabase.h"
#include "store/journalwriter.h"
#include "sync/clock.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mirage {

namespace {
const QString kColumns =
    QStringLiteral("e.id, e.received, e.origin, e.seq, e.event_id, e.event_name, e.category, e.applied,"
                                        " e.subject_kind, e.subject_id, e.subject_name, e.section, e.item_id, e.summary, e.details, e.message");

JournalEntry readEntry(const QSqlQuery &q, const QString &server, const QString &activityId)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.server = server;
    e.activityId = activityId;
    e.received = q.value(1).toLongLong();
    e.origin = JournalOrigin(q.value(2).toInt());
    e.seq = q.value(3).toULongLong();
    e.eventId = q.value(4).toInt();
    e.eventName = q.value(5).toString();
    e.category = q.value(6).toString();
    e.applied = q.value(7).toBool();
    e.subjectKind = JournalSubject(q.value(8).toInt());
    e.subjectId = q.value(9).toString();
    e.subjectName = q.value(10).toString();
    e.section = q.value(11).toString();
    e.itemId = q.value(12).toString();
    e.summary = q.value(13).toString();
    e.details = q.value(14).toString();
    e.message = q.value(15).toByteArray();
    return e;
}

// `text` as an FTS5 string: a phrase, which the trigram tokenizer matches as a substring.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

Journal::Journal(const QString &directory, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(
          (directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal") : directory)
              + QStringLiteral("/journal.db"))
          , m_reader(QStringLiteral("journal-reader-%1").arg(quintptr(this), 0, 16))
                , m_clock(clock)
{
    m_writer = std::make_unique<JournalWriter>(m_path, JournalWriter::Retention {m_maxAgeMs, m_maxBytes}, now());
    // The writer's thread reports; the journal's thread hears it (and reads the new file).
    m_writer->setProblemHandler([this](JournalProblem problem, const QString &path) {
        QMetaObject::invokeMethod(
            this,
            [this, problem, path] {
                openReader();
                Q_EMIT problemArisen(problem, path);
            },
            Qt::QueuedConnection);
    });
    if (isOpen())
        openReader();
}

Journal::~Journal()
{
    m_writer.reset();
    JournalDatabase::close(m_reader);
}

void Journal::openReader()
{
    JournalDatabase::close(m_reader);
    m_activityRows.clear();
    JournalDatabase::openForReading(m_path, m_reader);
}

bool Journal::isOpen() const
{
    const JournalProblem p = m_writer->problem();
    return p == JournalProblem::None || p == JournalProblem::SetAside;
}

JournalProblem Journal::problem() const
{
    return m_writer->problem();
}

QString Journal::setAsidePath() const
{
    return m_writer->setAsidePath();
}

qint64 Journal::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentMSecsSinceEpoch();
}

void Journal::append(std::vector<JournalEntry> entries)
{
    if (entries.empty() || !isOpen())
        return;
    const qint64 stamp = now();
    for (JournalEntry &e : entries) {
        if (e.received == 0)
            e.received = stamp;
    }
    m_writer->append(std::move(entries), stamp);
}

void Journal::flush()
{
    m_writer->flush();
}

void Journal::setRetention(qint64 maxAgeMs, qint64 maxBytes)
{
    m_maxAgeMs = maxAgeMs;
    m_maxBytes = maxBytes;
    m_writer->setRetention({maxAgeMs, maxBytes}, now());
}

QThread *Journal::writerThread() const
{
    return m_writer->thread();
}

QThread *Journal::lastWriteThread() const
{
    return m_writer->lastWriteThread();
}

int Journal::transactions() const
{
    return m_writer->transactions();
}

qint64 Journal::storedBytes() const
{
    return m_writer->storedBytes();
}

qint64 Journal::activityRow(const QString &server, const QString &activityId)
{
    const QString key = server + QLatin1Char('\n') + activityId;
    if (const auto it = m_activityRows.constFind(key); it != m_activityRows.constEnd())
        return *it;
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.prepare(QStringLiteral("SELECT id FROM activities WHERE server = ? AND activity = ?"));
    q.addBindValue(JournalDatabase::text(server));
    q.addBindValue(JournalDatabase::text(activityId));
    if (!q.exec() || !q.next())
        return -1; // not yet: not kept, so that a later write is seen
    const qint64 row = q.value(0).toLongLong();
    m_activityRows.insert(key, row);
    return row;
}

qint64 Journal::lastId(const QString &server, const QString &activityId)
{
    flush();
    const qint64 activity = activityRow(server, activityId);
    if (activity < 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries WHERE activity = ?"));
    q.addBindValue(activity);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int Journal::count(const QString &server, const QString &activityId)
{
    const qint64 activity = activityRow(server, activityId);
    if (activity < 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE activity = ?"));
    q.addBindValue(activity);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::vector<JournalEntry> Journal::page(const QString &server, const QString &activityId, qint64 beforeId, int limit, const QString &search)
{
    std::vector<JournalEntry> out;
    const qint64 activity = activityRow(server, activityId);
    if (activity < 0 || limit <= 0)
        return out;
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.setForwardOnly(true);
    if (search.size() >= kIndexedSearchLength) {
        // Driven by the index, newest match first: it stops at `limit` matches.
        q.prepare(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM entries_text JOIN entries e ON e.id = entries_text.rowid WHERE entries_text MATCH ?"
                             " AND entries_text.rowid < ? AND e.activity = ? ORDER BY entries_text.rowid DESC LIMIT ?"));
        q.addBindValue(ftsPhrase(search));
        q.addBindValue(before);
        q.addBindValue(activity);
    } else if (!search.isEmpty()) {
        // The ids from the covering index first, then their rows.
        q.prepare(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM entries e WHERE e.id IN (SELECT id FROM entries INDEXED BY entries_by_activity WHERE activity = ?"
                             " AND id < ? AND summary LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ?) ORDER BY e.id DESC"));
        q.addBindValue(activity);
        q.addBindValue(before);
        q.addBindValue(likePattern(search));
    } else {
        q.prepare(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM entries e WHERE e.activity = ? AND e.id < ? ORDER BY e.id DESC LIMIT ?"));
        q.addBindValue(activity);
        q.addBindValue(before);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readEntry(q, server, activityId));
    return out;
}

std::vector<JournalEntry> Journal::history(
    const QString &server, const QString &activityId, JournalSubject kind, const QString &subjectId, int limit)
{
    std::vector<JournalEntry> out;
    flush(); // what this session saw to it too
    const qint64 activity = activityRow(server, activityId);
    if (activity < 0 || limit <= 0 || subjectId.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM entries e INDEXED BY entries_by_subject WHERE e.activity = ? AND e.subject_kind = ? AND e.subject_id = ?"
                         " ORDER BY e.id DESC LIMIT ?"));
    q.addBindValue(activity);
    q.addBindValue(int(kind));
    q.addBindValue(subjectId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readEntry(q, server, activityId));
    return out;
}

QList<JournalName> Journal::names(const QString &server, const QString &activityId)
{
    QList<JournalName> out;
    const qint64 activity = activityRow(server, activityId);
    if (activity < 0)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_reader, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, subject, name FROM names WHERE activity = ? ORDER BY seen"));
    q.addBindValue(activity);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({JournalSubject(q.value(0).toInt()), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace mirage
