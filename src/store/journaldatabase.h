// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/journalentry.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace mirage {

// The journal's SQLite file (issue #27): how a connection to it is opened, its schema and its
// version. One file for all activities, in a folder of its own (0700, the files 0600, the WAL's
// too: SQLite gives them the database's mode), in WAL mode (readers never wait for the writer)
// with synchronous=NORMAL (a commit is not synced; a kill -9 loses nothing committed, a power cut
// at most the last commits).
//
// Schema, version 1 (PRAGMA user_version):
//  - activities(id, server, activity): one row per (server, activity UUID).
//  - entries(id, activity, received, origin, seq, event_id, event_name, category, applied,
//    subject_kind, subject_id, subject_name, section, item_id, summary, details, message, bytes):
//    one row per kept message or line, in the order received (id); `bytes` is what it counts for
//    against the size limit (JournalEntry::storedBytes).
//    Indexed by (activity, id, summary): a page is a range of it, and a search of 1 or 2 letters
//    reads it without the rows; and by received (the age limit).
//  - entries_text: an FTS5 index of entries.summary (trigram: any substring of 3 characters or
//    more, case-insensitive), kept by triggers.
//  - names(activity, kind, subject, name, seen): the last name known for a person or a file.
class JournalDatabase
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens the database at `path` under the connection name `connection` for the calling thread,
    // making the folder, the file and the schema when missing. A file that is not a database, or
    // whose schema cannot be read, is set aside (renamed `<name>.corrupt-<UTC time>`, with its WAL)
    // and a new one made: then `setAsidePath` names it. A file of a newer version is left alone
    // (NewerVersion). On a problem other than SetAside, the connection is closed.
    static JournalProblem open(const QString &path, const QString &connection, QString *setAsidePath);
    // Opens a second connection to a database the writer opened, for reading only.
    static bool openForReading(const QString &path, const QString &connection);
    // Closes and forgets the connection (every query on it must be gone).
    static void close(const QString &connection);
    // Whether an error says the file is damaged or not a database at all.
    static bool isCorruption(const QSqlError &error);
    // `s`, never NULL when bound (Qt binds a null QString as NULL).
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
    // Renames the database and its WAL and shared-memory files aside; the new name, or empty.
    static QString setAside(const QString &path);

private:
    static bool createSchema(QSqlDatabase &db);
    static bool exec(QSqlDatabase &db, const char *sql, QSqlError *error = nullptr);
};

} // namespace mirage
