// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/eventlogmodel.h"
#include "store/journal.h"

#include <QPointer>
#include <vector>

namespace mirage {

class PeopleDirectory;

// The session's side of the journal (issue #27): each frame's log lines (EventLogModel::append)
// become journal entries with the names they had then, handed to the Journal at once (queued: the
// words of a message's line are made on the journal's thread). At open (attach), the names the
// journal knew seed the session's PeopleDirectory, so a person or a file is named after a restart,
// and the log gets its history.
class JournalFeed
{
public:
    JournalFeed(Journal *journal, const QString &server, const QString &activityId);

    // Gives `log` its history and a feed, and `people` the names of people and files the journal
    // knew of the activity (names it knows already are kept: they are newer). `journal` nullptr:
    // neither.
    static void attach(Journal *journal, const QString &server, const QString &activityId, EventLogModel &log, PeopleDirectory &people);
    // Hands a frame's lines to the journal (their messages are moved out).
    void keep(std::vector<EventLogModel::Entry> &lines);

    // Hands entries made elsewhere (a catch-up's differences: ChangesModel::journalEntries) to the
    // journal, as this activity's.
    void keepEntries(std::vector<JournalEntry> entries);

    // The journal's entry for a log line, and the line for an entry read back (its words as they
    // were written).
    static JournalEntry toJournal(EventLogModel::Entry &line);
    static EventLogModel::Entry fromJournal(const JournalEntry &entry);

private:
    QPointer<Journal> m_journal;
    QString m_server, m_activityId;
};

} // namespace mirage
