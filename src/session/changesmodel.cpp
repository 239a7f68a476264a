// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/changesmodel.h"

#include "protocol/activitydiff.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/stepmodel.h"

#include <QStringList>
#include <climits>

namespace mirage {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// "Step 12 'Inspect the seal'" (or "Step 12" when the step has no name).
QString stepLabel(uint32_t index, const QString &name)
{
    return name.isEmpty() ? ChangesModel::tr("Step %1").arg(index + 1) : ChangesModel::tr("Step %1 '%2'").arg(index + 1).arg(name);
}

// How many of this kind, with the noun on the first step part only: "3 steps edited, 1 added".
enum class Change { Edited, Added, Removed, Moved };
QString countPart(size_t count, bool first, Change what)
{
    const int n = int(std::min<size_t>(count, INT_MAX));
    switch (what) {
    case Change::Edited:
        return first ? ChangesModel::tr("%n steps edited", nullptr, n) : ChangesModel::tr("%n edited", "steps", n);
    case Change::Added:
        return first ? ChangesModel::tr("%n steps added", nullptr, n) : ChangesModel::tr("%n added", "steps", n);
    case Change::Removed:
        return first ? ChangesModel::tr("%n steps removed", nullptr, n) : ChangesModel::tr("%n removed", "steps", n);
    case Change::Moved:
        return first ? ChangesModel::tr("%n steps moved", nullptr, n) : ChangesModel::tr("%n moved", "steps", n);
    }
    return {};
}
} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case KindRole:
        return row.kind;
    case StepIdRole:
        return row.stepId;
    case RemovedStepIdRole:
        return row.removedId;
    case TextRole:
    case Qt::DisplayRole:
        return row.text;
    case HeadingRole: {
        // Activity rows have no step (removed or not); "and N more" closes the steps.
        const bool steps = !row.stepId.isEmpty() || !row.removedId.isEmpty() || row.more;
        const bool first = index.row() == 0 || [&] {
            const Row &prev = m_rows[size_t(index.row()) - 1];
            return (!prev.stepId.isEmpty() || !prev.removedId.isEmpty() || prev.more) != steps;
        }();
        return first ? (steps ? tr("Steps") : tr("The activity")) : QString();
    }
    }
    return {};
}

QHash<int, QByteArray> ChangesModel::roleNames() const
{
    return {
        {KindRole, "kind"}, {StepIdRole, "stepId"}, {RemovedStepIdRole, "removedStepId"}, {TextRole, "sentence"}, {HeadingRole, "heading"}};
}

QString ChangesModel::summaryOf(const ActivityDiff &d)
{
    QStringList parts;
    if (!d.edited.empty())
        parts << countPart(d.edited.size(), parts.isEmpty(), Change::Edited);
    if (!d.added.empty())
        parts << countPart(d.added.size(), parts.isEmpty(), Change::Added);
    if (!d.removed.empty())
        parts << countPart(d.removed.size(), parts.isEmpty(), Change::Removed);
    if (!d.moved.empty())
        parts << countPart(d.moved.size(), parts.isEmpty(), Change::Moved);
    if (d.renamed)
        parts << (d.oldName.empty() ? tr("renamed") : tr("renamed from '%1'").arg(qs(d.oldName)));
    if (d.descriptionChanged)
        parts << tr("description changed");
    if (d.configChanged)
        parts << tr("configuration changed");
    if (!d.otherKeys.empty())
        parts << tr("%n other fields changed", nullptr, int(d.otherKeys.size()));
    return tr("Since you last looked: %1").arg(parts.join(QStringLiteral(", ")));
}

std::vector<ChangesModel::Row> ChangesModel::rowsOf(
    const ActivityDiff &d, const JsonValue &newDoc, std::string_view stepsKey, size_t maxStepRows)
{
    JsonArray *steps = JsonText::arrayOf(newDoc.find(stepsKey));
    auto nameOf = [steps](const std::string &id) {
        const uint32_t slot = steps ? steps->findById(std::string_view(id)) : JsonArray::npos;
        return slot == JsonArray::npos ? QString() : StepModel::stepName(steps->slot(slot));
    };

    std::vector<Row> rows;
    if (d.renamed)
        rows.push_back(
            {QStringLiteral("renamed"), {}, {}, tr("Activity renamed from '%1' to '%2'").arg(qs(d.oldName), qs(d.newName)), qs(d.newName)});
    if (d.descriptionChanged)
        rows.push_back({QStringLiteral("description"), {}, {}, tr("Description changed")});
    if (d.configChanged)
        rows.push_back({QStringLiteral("config"), {}, {}, tr("Configuration changed")});
    for (const std::string &key : d.otherKeys)
        rows.push_back({QStringLiteral("other"), {}, {}, tr("Activity field '%1' changed").arg(qs(key))});

    // Steps: at most kMaxStepRows rows, the rest counted in one line.
    size_t listed = 0, unlisted = 0;
    auto room = [&] {
        if (listed < maxStepRows) {
            ++listed;
            return true;
        }
        ++unlisted;
        return false;
    };
    for (const ActivityDiff::EditedStep &e : d.edited) {
        if (!room())
            continue;
        QStringList fields;
        for (const std::string &f : e.fields)
            fields << qs(f);
        const QString name = nameOf(e.id);
        rows.push_back({QStringLiteral("edited"), JsonText::idKey(e.id), {},
            tr("%1 edited: %2").arg(stepLabel(e.newIndex, name), fields.join(QStringLiteral(", "))), name});
    }
    for (const ActivityDiff::AddedStep &a : d.added) {
        if (!room())
            continue;
        const QString name = nameOf(a.id);
        rows.push_back({QStringLiteral("added"), JsonText::idKey(a.id), {}, tr("%1 added").arg(stepLabel(a.newIndex, name)), name});
    }
    for (const ActivityDiff::RemovedStep &r : d.removed) {
        if (!room())
            continue;
        const QString text = r.name.empty() ? tr("Step %1 removed").arg(r.oldIndex + 1)
                                            : tr("Step '%1' removed (it was step %2)").arg(qs(r.name)).arg(r.oldIndex + 1);
        rows.push_back({QStringLiteral("removed"), {}, JsonText::idKey(r.id), text, qs(r.name)});
    }
    for (const ActivityDiff::MovedStep &m : d.moved) {
        if (!room())
            continue;
        // A step can move and keep its number: the steps around it changed places (reversed).
        const QString name = nameOf(m.id);
        const QString label = stepLabel(m.newIndex, name);
        const QString text = m.oldIndex == m.newIndex ? tr("%1 moved among its neighbours (still step %2)").arg(label).arg(m.newIndex + 1)
                                                      : tr("%1 moved (it was step %2)").arg(label).arg(m.oldIndex + 1);
        rows.push_back({QStringLiteral("moved"), JsonText::idKey(m.id), {}, text, name});
    }
    if (unlisted != 0)
        rows.push_back({QStringLiteral("other"), {}, {}, tr("and %n more changes to steps", nullptr, int(unlisted)), {}, true});
    return rows;
}

void ChangesModel::show(const ActivityDiff &d, const JsonValue &newDoc, std::string_view stepsKey)
{
    if (d.empty())
        return;
    std::vector<Row> rows = rowsOf(d, newDoc, stepsKey, size_t(kMaxStepRows));
    beginResetModel();
    m_rows = std::move(rows);
    m_summary = summaryOf(d);
    endResetModel();
    Q_EMIT changed();
}

std::vector<JournalEntry> ChangesModel::journalEntries(const ActivityDiff &d, const JsonValue &newDoc, std::string_view stepsKey)
{
    std::vector<JournalEntry> entries;
    if (d.empty())
        return entries;
    for (Row &row : rowsOf(d, newDoc, stepsKey, SIZE_MAX)) {
        JournalEntry e;
        e.origin = JournalOrigin::CatchUp;
        e.eventName = QStringLiteral("catch-up");
        e.category = QStringLiteral("activity");
        const QString stepId = row.stepId.isEmpty() ? row.removedId : row.stepId;
        e.subjectKind = stepId.isEmpty() ? JournalSubject::Activity : JournalSubject::Step;
        e.subjectId = stepId;
        e.subjectName = std::move(row.name);
        if (!row.stepId.isEmpty()) {
            e.section = QStringLiteral("steps");
            e.itemId = row.stepId;
        }
        e.summary = std::move(row.text);
        entries.push_back(std::move(e));
    }
    return entries;
}

void ChangesModel::dismiss()
{
    if (m_rows.empty() && m_summary.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_summary.clear();
    endResetModel();
    Q_EMIT changed();
}

} // namespace mirage
