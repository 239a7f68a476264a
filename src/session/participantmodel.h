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
class ParticipantModel : public mirage::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = FirstRole, StatusRole };

    using KeyedListModel::KeyedListModel;
    static QString displayName(const JsonValue &user);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
};

} // namespace mirage
