// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/stepcontentsmodel.h"

#include "protocol/activitystate.h"
#include "protocol/idkey.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/stepmodel.h"

namespace mirage {

StepContentsModel::StepContentsModel(const ActivityState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
}

int StepContentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepContentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case ContentTypeRole:
        return row.type;
    case LabelRole:
        return row.label;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepContentsModel::roleNames() const
{
    return {{ContentTypeRole, "contentType"}, {LabelRole, "label"}, {DetailRole, "detail"}};
}

void StepContentsModel::setStepId(const QString &id)
{
    if (id == m_stepId)
        return;
    m_stepId = id;
    refresh();
}

StepContentsModel::Row StepContentsModel::rowOf(const JsonValue &c)
{
    const JsonValue *data = c.find("contentData");
    QString label = JsonText::firstField(&c, {"name", "title"});
    if (label.isEmpty())
        label = JsonText::firstField(data, {"name", "title", "fileName"});
    if (label.isEmpty())
        label = JsonText::field(&c, "id");
    QString detail = JsonText::firstField(data, {"text", "url", "imageUrl", "fileName"});
    if (detail.isEmpty())
        detail = JsonText::firstField(&c, {"text", "url", "option", "description"});
    return {JsonText::firstField(&c, {"type", "predicate"}), label, detail};
}

void StepContentsModel::refresh()
{
    JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
    const uint32_t slot = steps && !m_stepId.isEmpty() ? steps->findById(m_stepId.toStdString()) : JsonArray::npos;
    const JsonValue *step = slot == JsonArray::npos ? nullptr : &steps->slot(slot);

    std::vector<Row> rows;
    if (step) {
        for (const JsonValue *list : {step->find("contents"), JsonText::at(step, {"enter", "activates"})}) {
            if (!list || !list->isArray())
                continue;
            for (const JsonValue &c : list->asArray().items())
                if (c.isObject())
                    rows.push_back(rowOf(c));
        }
        const std::string id = m_stepId.toStdString();
        if (const JsonValue *content = m_state.activity().find("content"); content && content->isArray()) {
            for (const JsonValue &c : content->asArray().items()) {
                const JsonValue *on = c.find("steps");
                if (!on || !on->isArray())
                    continue;
                for (const JsonValue &s : on->asArray().items()) {
                    if (s.isString() && sameId(s.stringView(), id)) {
                        rows.push_back(rowOf(c));
                        break;
                    }
                }
            }
        }
    }
    const QString name = step ? StepModel::stepName(*step) : QString();
    const QString description = step ? StepModel::stepDescription(*step) : QString();
    const QString type = step ? JsonText::field(step, "type") : QString();
    const QString json = step ? QString::fromStdString(step->toJson()) : QString();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    m_hasStep = step != nullptr;
    m_name = name;
    m_description = description;
    m_type = type;
    m_json = json;
    Q_EMIT stepChanged();
}

} // namespace mirage
