// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/stepmodel.h"

#include "protocol/activitystate.h"

#include "protocol/activityview.h"
#include "protocol/contentview.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "protocol/stepview.h"
#include "session/contentdescriber.h"
#include "session/jsontext.h"
#include "session/presence.h"

#include <algorithm>

namespace mirage {

QString StepModel::stepName(const JsonValue &step)
{
    return JsonText::text(StepView(&step).name());
}

QString StepModel::stepDescription(const JsonValue &step)
{
    return JsonText::text(StepView(&step).description());
}

QString StepModel::contentText(const JsonValue &content)
{
    // What the content's card shows (ContentDescriber), so that Find finds a card by what it says.
    const ContentDescriber::Card card = ContentDescriber::describe(content);
    QString text = card.title;
    for (const QString *more : {&card.detail, &card.place}) {
        if (!more->isEmpty())
            text += QLatin1Char('\n') + *more;
    }
    return text + QLatin1Char('\n');
}

StepModel::ContentIndex StepModel::indexContents(const JsonValue &activity)
{
    ContentIndex index;
    if (const JsonValue *content = ActivityView(&activity).content()) {
        const std::vector<JsonValue> &items = content->asArray().items();
        for (uint32_t slot = 0; slot < items.size(); ++slot) {
            const JsonValue *steps = ContentView(&items[slot]).steps();
            if (!steps)
                continue;
            for (const JsonValue &s : steps->asArray().items()) {
                if (!s.isString())
                    continue;
                const QString key = JsonText::idKey(s.stringView());
                ++index.counts[key];
                index.slotsOf[key].push_back(slot);
            }
        }
    }
    return index;
}

void StepModel::recountContents(const JsonValue &activity)
{
    setContentIndex(indexContents(activity));
}

void StepModel::setContentIndex(ContentIndex index)
{
    m_contentCounts = std::move(index.counts);
    m_contentSlots = std::move(index.slotsOf);
}

StepModel::Prepared StepModel::prepare(const JsonValue &activity)
{
    const JsonValue *list = ActivityView(&activity).steps(); // the state's stepsKey()
    return {KeyedRows::read(JsonText::arrayOf(list), &StepModel::nameOnLoad), indexContents(activity)};
}

namespace {
// A fingerprint of what contentText() writes for one content, from the JSON values its card reads
// (ContentView::visitShown): no text is made (issue #14: extract() runs for every changed row).
// Different text always means different values; the same text from different values only signals
// a change.
size_t hashContent(const JsonValue &content, size_t seed)
{
    ContentView(&content).visitShown([&seed](size_t n, const JsonValue &v) {
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
    const StepView view(&step);
    for (const JsonValue *list : {view.contents(), view.enterActivates()}) {
        if (!list)
            continue;
        own += int(list->asArray().size());
        for (const JsonValue &c : list->asArray().items()) {
            if (c.isObject())
                visit(c);
        }
    }
    if (key && m_state) {
        const JsonValue *content = ActivityView(&m_state->activity()).content();
        const size_t items = content ? content->asArray().items().size() : 0;
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
    const StepView view(&step);
    const bool hasKey = elementId(step) != nullptr;
    if (hasKey)
        key = JsonText::idKey(view.id());
    size_t hash = 0;
    int contents =
        visitContents(step, hasKey ? &key : nullptr, [&hash](const JsonValue &c) { hash = hashContent(c, qHashMulti(hash, 1)); });
    if (hasKey)
        contents += m_contentCounts.value(key);
    // Only a fingerprint of the content text is kept, so that a change of it is still signalled
    // (dataChanged names contentText); the text itself is made in data() when asked.
    return {
        JsonText::text(view.name()), JsonText::text(view.description()), contents, JsonText::text(view.type()), QVariant::fromValue(hash)};
}

QVector<QVariant> StepModel::extractOnLoad(const JsonValue &step) const
{
    return nameOnLoad(step);
}

QVector<QVariant> StepModel::nameOnLoad(const JsonValue &step)
{
    return {JsonText::text(StepView(&step).name())}; // the name before a change, for its log line
}

JsonArray *StepModel::liveArray() const
{
    return m_state ? JsonText::arrayOf(m_state->activity().find(m_state->stepsKey())) : nullptr;
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
