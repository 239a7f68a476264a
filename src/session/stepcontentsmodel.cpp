// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/stepcontentsmodel.h"

#include "protocol/activitystate.h"
#include "protocol/activityview.h"
#include "protocol/contentview.h"
#include "protocol/idkey.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "protocol/stepview.h"
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
    const ContentDescriber::Card &row = m_rows[size_t(index.row())];
    switch (role) {
    case ContentTypeRole:
        return row.rawType;
    case KindRole:
        return row.kind;
    case TitleRole:
        return row.title;
    case DetailRole:
        return row.detail;
    case PlaceRole:
        return row.place;
    case LinkRole:
        return row.link;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepContentsModel::roleNames() const
{
    return {{ContentTypeRole, "contentType"}, {KindRole, "kind"}, {TitleRole, "title"}, {DetailRole, "detail"}, {PlaceRole, "place"},
        {LinkRole, "link"}};
}

void StepContentsModel::setStepId(const QString &id)
{
    if (id == m_stepId)
        return;
    m_stepId = id;
    refresh();
}

void StepContentsModel::refresh()
{
    JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
    const uint32_t slot = steps && !m_stepId.isEmpty() ? steps->findById(m_stepId.toStdString()) : JsonArray::npos;
    const JsonValue *step = slot == JsonArray::npos ? nullptr : &steps->slot(slot);

    std::vector<ContentDescriber::Card> rows;
    if (step) {
        const StepView view(step);
        const JsonValue *lists[] = {view.contents(), view.enterActivates(), view.exitActivates()};
        for (const JsonValue *list : lists) {
            if (!list)
                continue;
            const bool onExit = list == lists[2];
            for (const JsonValue &c : list->asArray().items())
                if (c.isObject() && !ContentView(&c).isAction())
                    rows.push_back(ContentDescriber::describe(c, onExit));
        }
        const std::string id = m_stepId.toStdString();
        if (const JsonValue *content = ActivityView(&m_state.activity()).content()) {
            for (const JsonValue &c : content->asArray().items()) {
                const JsonValue *on = ContentView(&c).steps();
                if (!on)
                    continue;
                for (const JsonValue &s : on->asArray().items()) {
                    if (s.isString() && sameId(s.stringView(), id)) {
                        rows.push_back(ContentDescriber::describe(c));
                        break;
                    }
                }
            }
        }
    }
    const QString name = step ? StepModel::stepName(*step) : QString();
    const QString description = step ? StepModel::stepDescription(*step) : QString();
    const StepView view(step);
    // Every ARLEM step is an "action": nothing an author would read.
    const QString type = view.isAction() ? QString() : QString::fromUtf8(view.type().data(), qsizetype(view.type().size()));

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
