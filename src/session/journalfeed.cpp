// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/journalfeed.h"

#include "session/eventdescriber.h"
#include "session/peopledirectory.h"
#include "store/journal.h"

#include <memory>

namespace mirage {

JournalFeed::JournalFeed(Journal *journal, const QString &server, const QString &activityId)
    : m_journal(journal)
    , m_server(server)
    , m_activityId(activityId)
{
}

void JournalFeed::attach(Journal *journal, const QString &server, const QString &activityId, EventLogModel &log, PeopleDirectory &people)
{
    if (!journal)
        return;
    for (const JournalName &n : journal->names(server, activityId)) {
        const std::string id = n.id.toStdString();
        if (n.kind == JournalSubject::Person && people.name(id).isEmpty())
            people.remember(id, n.name);
        else if (n.kind == JournalSubject::File && people.fileName(id).isEmpty())
            people.rememberFile(id, n.name);
    }
    log.setHistory(
        journal, server, activityId, journal->lastId(server, activityId), std::make_unique<JournalFeed>(journal, server, activityId));
}

void JournalFeed::keep(std::vector<EventLogModel::Entry> &lines)
{
    if (!m_journal)
        return;
    std::vector<JournalEntry> entries;
    entries.reserve(lines.size());
    for (EventLogModel::Entry &line : lines) {
        JournalEntry e = toJournal(line);
        e.server = m_server;
        e.activityId = m_activityId;
        entries.push_back(std::move(e));
    }
    m_journal->append(std::move(entries));
}

void JournalFeed::keepEntries(std::vector<JournalEntry> entries)
{
    if (!m_journal || entries.empty())
        return;
    for (JournalEntry &e : entries) {
        e.server = m_server;
        e.activityId = m_activityId;
    }
    m_journal->append(std::move(entries));
}

JournalEntry JournalFeed::toJournal(EventLogModel::Entry &entry)
{
    JournalEntry e;
    const bool message = entry.seq > 0; // lines of the session's own (a snapshot, the connection) have none
    e.received = entry.time.isValid() ? entry.time.toMSecsSinceEpoch() : 0;
    e.origin = message ? JournalOrigin::Message : JournalOrigin::Line;
    e.seq = entry.seq;
    e.eventId = entry.eventId;
    e.category = entry.category;
    e.applied = entry.applied;
    e.section = entry.section;
    e.itemId = entry.itemId;
    e.message = std::exchange(entry.message, {});
    const std::shared_ptr<const LogFacts> facts = entry.facts;
    if (!facts) {
        e.eventName = entry.name;
        e.summary = entry.summary;
        e.details = entry.details;
        return e;
    }
    e.eventName = facts->eventName();
    e.details = facts->details();
    // The words are made where the entry is written (the journal's thread): only the facts,
    // which nobody changes, are read there.
    e.words = [facts] { return EventDescriber::sentence(*facts); };
    const ApplyResult &r = facts->result;
    if (r.changes & ApplyResult::ParticipantsChanged) {
        e.subjectKind = JournalSubject::Person;
        e.subjectId = QString::fromStdString(r.subjectId);
        e.subjectName = facts->who;
    } else if (r.changes & ApplyResult::FilesChanged) {
        e.subjectKind = JournalSubject::File;
        e.subjectId = QString::fromStdString(r.subjectId);
        e.subjectName = facts->file;
    } else if (const LogFacts::Step *step = !facts->changedStep.id.empty() ? &facts->changedStep
            : !facts->insertedStep.id.empty()                              ? &facts->insertedStep
            : !facts->removedStep.id.empty()                               ? &facts->removedStep
                                                                           : nullptr) {
        e.subjectKind = JournalSubject::Step;
        e.subjectId = QString::fromStdString(step->id);
        e.subjectName = step->newName.isEmpty() ? step->oldName : step->newName;
    } else if (r.changes & (ApplyResult::ActivityMerged | ApplyResult::ActivityReplaced | ApplyResult::ActivityDeleted)) {
        e.subjectKind = JournalSubject::Activity;
        e.subjectName = facts->activityName;
    }
    return e;
}

EventLogModel::Entry JournalFeed::fromJournal(const JournalEntry &e)
{
    EventLogModel::Entry entry;
    entry.seq = e.seq;
    entry.time = QDateTime::fromMSecsSinceEpoch(e.received, Qt::UTC);
    entry.eventId = e.eventId;
    entry.name = e.eventName;
    entry.category = e.category;
    entry.applied = e.applied;
    entry.summary = e.summary;
    entry.section = e.section;
    entry.itemId = e.itemId;
    entry.details = e.details;
    return entry;
}

} // namespace mirage
