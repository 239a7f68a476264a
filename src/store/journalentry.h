// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace mirage {

// What a journal entry is about (issue #27). Stored as these numbers: never renumber.
enum class JournalSubject { None = 0, Step = 1, Person = 2, File = 3, Activity = 4 };

// Where an entry came from (stored as these numbers): a received message, a difference found at a
// catch-up (a later slice), or a line of the log's own (a snapshot, a connection change).
enum class JournalOrigin { Message = 0, CatchUp = 1, Line = 2 };

// What happened to the journal's database, as a code: the session words it.
enum class JournalProblem {
    None,
    SetAside, // the database could not be read as one (corrupt, not a database): renamed, a new one started
    NewerVersion, // written by a newer version: left alone, nothing is kept this run
    Unwritable, // the folder or the file cannot be made or written: nothing is kept this run
};

// One entry of the history of an activity: one applied (or refused) message, or a line of the log,
// with the names it had when it happened. The session fills it on the GUI thread; the journal's
// writer stores it.
struct JournalEntry
{
    qint64 id = 0; // the journal's number of the entry (read back); 0 for a new one
    QString server, activityId;
    qint64 received = 0; // ms since the epoch, UTC
    JournalOrigin origin = JournalOrigin::Message;
    quint64 seq = 0; // its number in the session that received it
    int eventId = 0; // SPEC §3; 0 when none could be read
    QString eventName; // "user_joined", "snapshot", "connection", "unreadable"
    QString category; // activity, people, alerts, files, connection, other
    bool applied = true;
    JournalSubject subjectKind = JournalSubject::None;
    QString subjectId;
    QString subjectName; // the subject's display name at that moment, when known
    QString section, itemId; // where the log shows its item
    QString summary; // what it said, in words (when empty, `words` makes it on the writer's thread)
    QString details;
    QByteArray message; // the message as received (UTF-8 text), enough to show and to replay it
    // Makes `summary` when it was left empty: called once, on the writer's thread, so the words of
    // an entry are not made on the GUI thread. Must only read what it captured.
    std::function<QString()> words;

    // What the entry counts for against the size limit (an estimate of its share of the file): a
    // fixed part for the row and its index entries, its texts, and its summary once more for the
    // search index.
    qint64 storedBytes() const
    {
        return 96 + 3 * summary.size() + details.size() + subjectName.size() + subjectId.size() + itemId.size() + eventName.size()
            + category.size() + section.size() + message.size();
    }
};

// A name the client knew for a person or a file of an activity (the last one seen).
struct JournalName
{
    JournalSubject kind = JournalSubject::None;
    QString id, name;
};

} // namespace mirage
