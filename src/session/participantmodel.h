// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/keyedlistmodel.h"

namespace mirage {

// The people in the activity now (201–203), in the order they joined; a person who left is
// removed (their name stays known to the session's PeopleDirectory).
//
// Besides KeyedListModel's itemId and changedAt, each row has:
//  - name (QString): name, display_name, displayName or username; the id when none is given.
//  - status (QString): their status as the server gave it, may be empty.
//  - step (QString): the canonical id of the step they are on (issue #13), empty when none: a
//    string `step_id` or `current_step` on the participant (in that order), else a status reading
//    "editing step <id>" or "on step <id>" (any case; the id is the next word, trailing
//    punctuation dropped, a UUID in any case or braces). A number is not read as a step: the
//    steps' ids are strings (SPEC §7), and a position would name another step after any move.
class ParticipantModel : public mirage::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = FirstRole, StatusRole, StepRole };

    using KeyedListModel::KeyedListModel;
    static QString displayName(const JsonValue &user);
    // The canonical id of the step a participant is on, empty when none (the `step` role).
    static QString stepOf(const JsonValue &user);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
};

} // namespace mirage
