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
class FileModel;
class PeopleDirectory;

// The words of the session: the text of log lines and of popups, made from what applying a
// message did (ApplyResult) and the state after it. People are named from the session's
// PeopleDirectory, so someone who left is still named. Words go through tr().
class EventDescriber
{
    Q_DECLARE_TR_FUNCTIONS(mirage::EventDescriber)
public:
    // `files` names a file deleted before the frame that removes its row.
    EventDescriber(const ActivityState &state, const PeopleDirectory &people, const FileModel &files)
        : m_state(state)
        , m_people(people)
        , m_files(files)
    {
    }

    // The log line of one received message (its summary, or the rejection reason).
    EventLogModel::Entry logEntry(const ReceivedMessage &m) const;
    // The log line of a loaded snapshot, and of one that could not be loaded.
    EventLogModel::Entry snapshotLoaded(size_t steps) const;
    EventLogModel::Entry snapshotFailed(const QString &reason) const;
    // The popup a message asks for (joins, leaves, uploads, deletions, messages, alerts, the
    // activity's deletion), if any; joins, leaves and file changes carry what a burst's group needs.
    // `activityTitle` names the activity in the popup's body.
    std::optional<NotificationRequest> popup(const ApplyResult &r, const QString &activityTitle) const;

    // The log category of a message: activity, people, alerts, files or other.
    static QString categoryOf(const ApplyResult &r);

private:
    QString steps(const ArrayDelta &d) const;
    QString fileName(const ApplyResult &r) const;
    QString fileDetail(const ApplyResult &r) const;
    QString uploaderName(const ApplyResult &r) const; // who uploaded the file, named
    std::optional<NotificationRequest> messagePopup(const ApplyResult &r) const;

    const ActivityState &m_state;
    const PeopleDirectory &m_people;
    const FileModel &m_files;
};

} // namespace mirage
