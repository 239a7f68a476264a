// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/eventlogmodel.h"
#include "store/journal.h"
#include "sync/messagebatch.h"

#include <QPointer>
#include <vector>

namespace mirage {

class PeopleDirectory;

// The session's side of the journal (issue #27): each log line of a received message or of the
// session's own (a snapshot, a connection change) becomes a journal entry with the names it had
// then; a frame's worth is handed to the Journal at once (queued: the words of a message's line
// are made on the journal's thread). At open, the names the journal knew seed the session's
// PeopleDirectory, so a person or a file is named after a restart.
class JournalFeed
{
public:
    // `journal` may be nullptr (nothing is kept); it must outlive the feed or be a QObject that
    // goes first (a QPointer follows it).
    void setJournal(Journal *journal, const QString &server, const QString &activityId);
    Journal *journal() const { return m_journal; }
    QString server() const { return m_server; }
    QString activityId() const { return m_activityId; }

    // Keeps the line `entry` (of the message `m`, when it is one) for the next send().
    void add(const EventLogModel::Entry &entry, const ReceivedMessage *m = nullptr);
    // Hands what add() kept to the journal.
    void send();
    // Gives `people` the names of people and files the journal knew of the activity (those it
    // knows already are kept: they are newer).
    void seedNames(PeopleDirectory &people) const;

    // The journal's entry for a log line, and the line for an entry read back (its words as they
    // were written).
    static JournalEntry toJournal(const EventLogModel::Entry &entry, const ReceivedMessage *m);
    static EventLogModel::Entry fromJournal(const JournalEntry &entry);

private:
    QPointer<Journal> m_journal;
    QString m_server, m_activityId;
    std::vector<JournalEntry> m_pending;
};

} // namespace mirage
