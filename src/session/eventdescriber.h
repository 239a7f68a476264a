// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/eventlogmodel.h"
#include "session/notificationrequest.h"
#include "sync/messagebatch.h"

#include <QCoreApplication>
#include <optional>

namespace mirage {

class ActivityState;
class PeopleDirectory;
class StepModel;

// The words of the session: the text of log lines and of popups, made from what applying a
// message did (ApplyResult) and the state after it. People are named from the session's
// PeopleDirectory, so someone who left is still named. Words go through tr().
// A log line's words are made when it is shown (issue #14): logEntry() keeps the facts they need
// (LogFacts, read from the state and the rows now), sentence() words them when the row is asked.
class EventDescriber
{
    Q_DECLARE_TR_FUNCTIONS(mirage::EventDescriber)
public:
    // `steps` names a step deleted or renamed before the frame that replays it (its rows are what the
    // user saw). A file or person is read from the element a message touched (ApplyResult::subject).
    EventDescriber(const ActivityState &state, const PeopleDirectory &people, const StepModel &steps)
        : m_state(state)
        , m_people(people)
        , m_steps(steps)
    {
    }

    // The log line of one received message (what it did, or the rejection reason), with the item
    // it is about. `previousName` is the person's name before a 203 renamed them. An applied
    // message's line holds its facts: its summary, name and details are made when asked.
    EventLogModel::Entry logEntry(const ReceivedMessage &m, const QString &previousName = QString()) const;
    // What a line with facts says: its summary.
    static QString sentence(const LogFacts &facts);
    // The log line of a loaded snapshot (a resync when one was loaded before), and of one that
    // could not be loaded.
    EventLogModel::Entry snapshotLoaded(size_t steps, bool resync = false) const;
    // A connection line (category "connection"): its words and the reason behind them.
    static EventLogModel::Entry connectionEntry(const QString &summary, const QString &details = QString(), bool ok = true);
    EventLogModel::Entry snapshotFailed(const QString &reason) const;
    // The popup a message asks for (joins, leaves, uploads, deletions, messages, alerts, the
    // activity's deletion), if any; joins, leaves and file changes carry what a burst's group needs.
    // `activityTitle` names the activity in the popup's body.
    std::optional<NotificationRequest> popup(const ApplyResult &r, const QString &activityTitle) const;

    // The log category of a message: activity, people, alerts, files or other.
    static QString categoryOf(const ApplyResult &r);
    // Connection lines, only on real transitions.
    static QString connectionLost() { return tr("Connection lost"); }
    static QString reconnected() { return tr("Reconnected"); }
    static QString refusedBy(const QString &reason) { return tr("Refused by the server. %1").arg(reason); }

private:
    struct StepRef
    {
        QString id, label, oldName, newName;
    };
    LogFacts::Step stepFacts(const std::string &id) const;
    static StepRef stepRef(const LogFacts::Step &facts, int fallbackNumber);
    static void describeSteps(const LogFacts &k, QStringList &what);
    static void describeActivity(const LogFacts &k, QStringList &what);
    static void describePerson(const LogFacts &k, QStringList &what);
    static void describeFile(const LogFacts &k, QStringList &what);
    QString fileName(const ApplyResult &r) const;
    QString fileDetail(const ApplyResult &r) const;
    std::optional<NotificationRequest> messagePopup(const ApplyResult &r) const;

    const ActivityState &m_state;
    const PeopleDirectory &m_people;
    const StepModel &m_steps;
};

} // namespace mirage
