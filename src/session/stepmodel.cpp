// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/stepmodel.h"

#include "protocol/activitystate.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/presence.h"

#include <algorithm>

namespace mirage {

namespace {
// The fields of a content (and of its contentData) that contentText() shows, in that order.
constexpr std::string_view kContentKeys[] = {"name", "title", "fileName", "text", "url", "option", "description"};
} // namespace

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

namespace {
// Calls visit(n, value) for every field contentText() shows of one content, in its order, n
// numbering the (object, key) places: the content's own keys, then its contentData's.
template<typename Visit>
void visitContentFields(const JsonValue &content, Visit visit)
{
    const JsonValue *data = content.find("contentData");
    size_t n = 0;
    for (const JsonValue *object : {&content, data}) {
        for (std::string_view key : kContentKeys) {
            ++n;
            if (const JsonValue *v = object ? object->find(key) : nullptr)
                visit(n, *v);
        }
    }
}
} // namespace

QString StepModel::contentText(const JsonValue &content)
{
    QString text;
    visitContentFields(content, [&text](size_t, const JsonValue &v) {
        const QString field = JsonText::text(&v);
        if (!field.isEmpty()) {
            text += field;
            text += QLatin1Char('\n');
        }
    });
    return text;
}

void StepModel::recountContents(const JsonValue &activity)
{
    QHash<QString, int> counts;
    QHash<QString, QVector<uint32_t>> contentSlots;
    if (const JsonValue *content = activity.find("content"); content && content->isArray()) {
        const std::vector<JsonValue> &items = content->asArray().items();
        for (uint32_t slot = 0; slot < items.size(); ++slot) {
            const JsonValue *steps = items[slot].find("steps");
            if (!steps || !steps->isArray())
                continue;
            for (const JsonValue &s : steps->asArray().items()) {
                if (!s.isString())
                    continue;
                const QString key = JsonText::idKey(s.stringView());
                ++counts[key];
                contentSlots[key].push_back(slot);
            }
        }
    }
    m_contentCounts = std::move(counts);
    m_contentSlots = std::move(contentSlots);
}

namespace {
// A fingerprint of what contentText() writes for one content, from the JSON values themselves: no
// text is made (issue #14: extract() runs for every changed row). Different text always means
// different values; the same text from different values (5 and "5") only signals a change.
size_t hashContent(const JsonValue &content, size_t seed)
{
    visitContentFields(content, [&seed](size_t n, const JsonValue &v) {
        if (v.isString()) {
            const std::string_view text = v.toString();
            if (!text.empty())
                seed = qHashBits(text.data(), text.size(), qHashMulti(seed, n));
        } else if (v.isInt()) {
            seed = qHashMulti(seed, n, v.toInt());
        } else if (v.isDouble()) {
            seed = qHashMulti(seed, n, v.toDouble());
        } else if (v.isRawNumber()) {
            const std::string_view text = v.rawNumberText();
            seed = qHashBits(text.data(), text.size(), qHashMulti(seed, n));
        } else if (v.isBool()) {
            seed = qHashMulti(seed, n, v.toBool());
        }
    });
    return seed;
}
} // namespace

template<typename Visit>
int StepModel::visitContents(const JsonValue &step, const QString *key, Visit visit) const
{
    int own = 0;
    for (const JsonValue *list : {step.find("contents"), JsonText::at(&step, {"enter", "activates"})}) {
        if (!list || !list->isArray())
            continue;
        own += int(list->asArray().size());
        for (const JsonValue &c : list->asArray().items()) {
            if (c.isObject())
                visit(c);
        }
    }
    if (key && m_state) {
        const JsonValue *content = m_state->activity().find("content");
        const size_t items = content && content->isArray() ? content->asArray().items().size() : 0;
        for (uint32_t slot : m_contentSlots.value(*key)) {
            if (slot < items)
                visit(content->asArray().items()[slot]);
        }
    }
    return own;
}

QVector<QVariant> StepModel::extract(const JsonValue &step) const
{
    QString key;
    const JsonValue *id = step.find("id");
    const bool hasKey = id && id->isString();
    if (hasKey)
        key = JsonText::idKey(id->stringView());
    size_t hash = 0;
    int contents =
        visitContents(step, hasKey ? &key : nullptr, [&hash](const JsonValue &c) { hash = hashContent(c, qHashMulti(hash, 1)); });
    if (hasKey)
        contents += m_contentCounts.value(key);
    // Only a fingerprint of the content text is kept, so that a change of it is still signalled
    // (dataChanged names contentText); the text itself is made in data() when asked.
    return {stepName(step), stepDescription(step), contents, JsonText::field(&step, "type"), QVariant::fromValue(hash)};
}

QString StepModel::contentTextOf(int row) const
{
    if (!m_state)
        return {};
    JsonArray *steps = JsonText::arrayOf(m_state->activity().find(m_state->stepsKey()));
    const QString key = idAt(row);
    const uint32_t slot = steps ? steps->findById(key.toStdString()) : JsonArray::npos;
    if (slot == JsonArray::npos)
        return {};
    QString text;
    visitContents(steps->slot(slot), &key, [&text](const JsonValue &c) { text += contentText(c); });
    return text;
}

QHash<int, QByteArray> StepModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {DescriptionRole, "description"}, {ContentCountRole, "contentCount"}, {TypeRole, "stepType"},
        {ContentTextRole, "contentText"}, {UnreadRole, "unread"}, {PresentPeopleRole, "presentPeople"}, {PresentTextRole, "presentText"},
        {PresentCountRole, "presentCount"}};
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (role == ContentTextRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return contentTextOf(index.row());
    }
    if (role == UnreadRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_unread.contains(idAt(index.row()));
    }
    if (role == PresentPeopleRole || role == PresentTextRole || role == PresentCountRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Present present = m_present.value(idAt(index.row()));
        if (role == PresentPeopleRole)
            return QVariant::fromValue(present.shown);
        if (role == PresentCountRole)
            return present.count;
        if (present.count == 0)
            return QString();
        return tr("%1 is here", "people: %n of them", present.count).arg(Presence::namesOf(present.shown, present.count));
    }
    return KeyedListModel::data(index, role);
}

void StepModel::setPresent(const QString &key, const Avatars &shown, int count)
{
    const Present present {shown, count};
    if (m_present.value(key) == present)
        return;
    if (count == 0)
        m_present.remove(key);
    else
        m_present.insert(key, present);
    if (const int row = rowOf(key); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {PresentPeopleRole, PresentTextRole, PresentCountRole});
}

void StepModel::unreadChanged(const QString &key)
{
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
}

bool StepModel::setUnread(const QString &key, bool unread)
{
    if (key.isEmpty() || m_unread.contains(key) == unread)
        return false;
    if (unread)
        m_unread.insert(key);
    else
        m_unread.remove(key);
    unreadChanged(key);
    return true;
}

void StepModel::signalUnread(std::vector<int> rows)
{
    constexpr size_t kPerRowSignals = 64;
    if (rows.size() > kPerRowSignals) {
        const auto [first, last] = std::minmax_element(rows.begin(), rows.end());
        Q_EMIT dataChanged(index(*first), index(*last), {UnreadRole});
        return;
    }
    for (int row : rows)
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
}

std::vector<int> StepModel::rowsOf(const QSet<QString> &keys) const
{
    std::vector<int> rows;
    for (const QString &key : keys) {
        if (const int row = rowOf(key); row >= 0)
            rows.push_back(row);
    }
    return rows;
}

bool StepModel::addUnread(const QSet<QString> &keys)
{
    QSet<QString> added;
    for (const QString &key : keys) {
        if (!key.isEmpty() && !m_unread.contains(key))
            added.insert(key);
    }
    if (added.isEmpty())
        return false;
    m_unread.unite(added);
    signalUnread(rowsOf(added));
    return true;
}

bool StepModel::clearUnread()
{
    if (m_unread.isEmpty())
        return false;
    const QSet<QString> was = std::exchange(m_unread, {});
    signalUnread(rowsOf(was));
    return true;
}

void StepModel::setUnreadSet(QSet<QString> keys)
{
    clearUnread();
    m_unread = std::move(keys);
    signalUnread(rowsOf(m_unread));
}

} // namespace mirage
