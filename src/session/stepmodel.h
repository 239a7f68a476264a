#pragma once

#include "session/keyedlistmodel.h"

namespace mirage {

// The activity's steps in order, in any of the shapes of SPEC §7: current (`steps` with content
// at activity level pointing at them), legacy ARLEM (`actions` with `instruction` and
// `enter.activates`) and the simple shape (`steps[].contents`).
class StepModel : public KeyedListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = FirstRole, DescriptionRole, ContentCountRole, TypeRole };

    using KeyedListModel::KeyedListModel;
    // How many activity-level contents point at each step (by canonical step id).
    void setContentCounts(QHash<QString, int> counts) { m_contentCounts = std::move(counts); }

    // Display name and description of a step element in any shape.
    static QString stepName(const JsonValue &step);
    static QString stepDescription(const JsonValue &step);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    QHash<int, QByteArray> extraRoleNames() const override;

private:
    QHash<QString, int> m_contentCounts;
};

} // namespace mirage
