// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/journaldatabase.h"

#include "base/logging.h"
#include "store/privatefiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mirage {

namespace {
constexpr const char *kSchema[] = {
    "CREATE TABLE activities(id INTEGER PRIMARY KEY, server TEXT NOT NULL, activity TEXT NOT NULL, UNIQUE(server, activity))",
    // Texts may be NULL (an empty QString is bound as one).
    "CREATE TABLE entries(id INTEGER PRIMARY KEY, activity INTEGER NOT NULL, received INTEGER NOT NULL, origin INTEGER NOT NULL,"
    " seq INTEGER NOT NULL, event_id INTEGER NOT NULL, event_name TEXT, category TEXT, applied INTEGER NOT NULL,"
    " subject_kind INTEGER NOT NULL, subject_id TEXT, subject_name TEXT, section TEXT, item_id TEXT, summary TEXT,"
    " details TEXT, message BLOB, bytes INTEGER NOT NULL)",
    // Covering: a search of 1 or 2 letters (no trigram) reads this index, not the rows and their messages.
    "CREATE INDEX entries_by_activity ON entries(activity, id, summary)",
    "CREATE INDEX entries_by_time ON entries(received)",
    // A subject's history (a step's, in its details pane); made at open in a database of the first slice too.
    "CREATE INDEX IF NOT EXISTS entries_by_subject ON entries(activity, subject_kind, subject_id, id)",
    "CREATE TABLE names(activity INTEGER NOT NULL, kind INTEGER NOT NULL, subject TEXT NOT NULL, name TEXT NOT NULL,"
    " seen INTEGER NOT NULL, PRIMARY KEY(activity, kind, subject)) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE entries_text USING fts5(summary, content='entries', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER entries_added AFTER INSERT ON entries BEGIN"
    " INSERT INTO entries_text(rowid, summary) VALUES (new.id, new.summary); END",
    "CREATE TRIGGER entries_removed AFTER DELETE ON entries BEGIN"
    " INSERT INTO entries_text(entries_text, rowid, summary) VALUES ('delete', old.id, old.summary); END",
};
} // namespace

bool JournalDatabase::exec(QSqlDatabase &db, const char *sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(QString::fromLatin1(sql)))
        return true;
    if (error)
        *error = q.lastError();
    qCWarning(lcApp).noquote() << "journal:" << q.lastError().text();
    return false;
}

bool JournalDatabase::isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */);
}

QString JournalDatabase::setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    return aside;
}

bool JournalDatabase::createSchema(QSqlDatabase &db)
{
    if (!db.transaction())
        return false;
    for (const char *sql : kSchema) {
        if (!exec(db, sql)) {
            db.rollback();
            return false;
        }
    }
    const QByteArray version = "PRAGMA user_version = " + QByteArray::number(kSchemaVersion);
    if (!exec(db, version.constData())) {
        db.rollback();
        return false;
    }
    return db.commit();
}

JournalProblem JournalDatabase::open(const QString &path, const QString &connection, QString *setAsidePath)
{
    if (PrivateFiles::makeFolder(QFileInfo(path).absolutePath()) != CopyError::None)
        return JournalProblem::Unwritable;
    JournalProblem problem = JournalProblem::None;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!PrivateFiles::makeFile(path))
            return JournalProblem::Unwritable;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            QSqlError error;
            int version = -1;
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
                else
                    error = q.lastError();
            } else {
                error = db.lastError();
            }
            if (version > kSchemaVersion) {
                db.close();
                problem = JournalProblem::NewerVersion;
            } else if (version >= 0 && exec(db, "PRAGMA journal_mode = WAL", &error) && exec(db, "PRAGMA synchronous = NORMAL", &error)
                && (version == kSchemaVersion || createSchema(db))
                && exec(db, "CREATE INDEX IF NOT EXISTS entries_by_subject ON entries(activity, subject_kind, subject_id, id)", &error)) {
                return problem; // None, or SetAside after a bad file was renamed
            } else if (attempt == 0 && isCorruption(error)) {
                db.close();
                problem = JournalProblem::SetAside;
            } else {
                db.close();
                problem = JournalProblem::Unwritable;
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (problem != JournalProblem::SetAside)
            return problem;
        const QString aside = setAside(path);
        if (aside.isEmpty())
            return JournalProblem::Unwritable;
        qCWarning(lcApp).noquote() << "journal: not a database, set aside as" << aside;
        if (setAsidePath)
            *setAsidePath = aside;
    }
    return JournalProblem::Unwritable;
}

bool JournalDatabase::openForReading(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db.open() && exec(db, "PRAGMA query_only = ON");
}

void JournalDatabase::close(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace mirage
