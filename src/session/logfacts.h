// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/applyresult.h"

#include <QString>

namespace mirage {

// What a log line about a received message says, as facts (issue #14): what applying it did, and
// the names it needs as they were when it arrived (a step's number and names, who, which file), so
// that EventDescriber::sentence() words it when the line is shown, not per event. Two lines with the
// same facts say the same words (EventLogModel folds them).
struct LogFacts
{
    // A step the line names (the one changed, added or deleted, when there was one): its number
    // and name in the rows the user saw, and its name in the state after the message.
    struct Step
    {
        std::string id;
        int row = -1; // in the steps shown before the frame, -1 when not shown
        QString oldName, newName;
        bool operator==(const Step &o) const { return row == o.row && oldName == o.oldName && newName == o.newName; }
    };

    ApplyResult result; // what applying the message did
    QString previousName; // the person's name before a 203 renamed them
    Step changedStep, insertedStep, removedStep;
    int liveSteps = 0; // steps in the state after the message
    std::string stepsKey; // "steps" or "actions"
    QString activityName; // after the message
    QString who, status; // the person, named; their status after the message
    QString file, size, by; // the file, named; its size in words; who uploaded it, named

    // The event's name ("user_joined", "unreadable") and the line's details ("201 user_joined"):
    // names of the protocol, not words.
    QString eventName() const
    {
        return result.hasId ? QString::fromLatin1(result.name().data(), qsizetype(result.name().size())) : QStringLiteral("unreadable");
    }
    QString details() const
    {
        return result.hasId && result.id > 0 ? QStringLiteral("%1 %2").arg(result.id).arg(eventName()) : eventName();
    }

    // Whether the two say the same words: what sentence() reads is the same (ids aside).
    bool operator==(const LogFacts &o) const
    {
        const ApplyResult &a = result, &b = o.result;
        const ArrayDelta &d = a.steps, &e = b.steps;
        return a.applied == b.applied && a.hasId == b.hasId && a.id == b.id && a.changes == b.changes && a.fields == b.fields
            && a.subjectRemoved == b.subjectRemoved && a.title == b.title && a.message == b.message && d.replaced == e.replaced
            && d.reordered == e.reordered && d.changed.size() == e.changed.size() && d.inserted.size() == e.inserted.size()
            && d.removed.size() == e.removed.size() && previousName == o.previousName && changedStep == o.changedStep
            && insertedStep == o.insertedStep && removedStep == o.removedStep && liveSteps == o.liveSteps && stepsKey == o.stepsKey
            && activityName == o.activityName && who == o.who && status == o.status && file == o.file && size == o.size && by == o.by;
    }
};

} // namespace mirage
