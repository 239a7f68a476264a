// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/stepmodel.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"

namespace mirage {

QString StepModel::stepName(const JsonValue &step)
{
    QString name = JsonText::firstField(&step, {"name", "title"});
    if (name.isEmpty())
        name = JsonText::field(JsonText::at(&step, {"instruction"}), "title");
    return name;
}

QString StepModel::stepDescription(const JsonValue &step)
{
    QString text = JsonText::field(&step, "description");
    if (text.isEmpty())
        text = JsonText::field(JsonText::at(&step, {"instruction"}), "description");
    return text;
}

void StepModel::recountContents(const JsonValue &activity)
{
    QHash<QString, int> counts;
    if (const JsonValue *content = activity.find("content"); content && content->isArray()) {
        for (const JsonValue &c : content->asArray().items()) {
            const JsonValue *steps = c.find("steps");
            if (!steps || !steps->isArray())
                continue;
            for (const JsonValue &s : steps->asArray().items()) {
                if (s.isString())
                    ++counts[JsonText::idKey(s.stringView())];
            }
        }
    }
    m_contentCounts = std::move(counts);
}

QVector<QVariant> StepModel::extract(const JsonValue &step) const
{
    int contents = 0;
    if (const JsonValue *own = step.find("contents"); own && own->isArray())
        contents += int(own->asArray().size());
    if (const JsonValue *activates = JsonText::at(&step, {"enter", "activates"}); activates && activates->isArray())
        contents += int(activates->asArray().size());
    if (const JsonValue *id = step.find("id"); id && id->isString())
        contents += m_contentCounts.value(JsonText::idKey(id->stringView()));
    return {stepName(step), stepDescription(step), contents, JsonText::field(&step, "type")};
}

QHash<int, QByteArray> StepModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {DescriptionRole, "description"}, {ContentCountRole, "contentCount"}, {TypeRole, "stepType"}};
}

} // namespace mirage
