#pragma once

#include "session/keyedlistmodel.h"

namespace mirage {

// The people in the activity (201–203): name and status.
class ParticipantModel : public KeyedListModel
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
