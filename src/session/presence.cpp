// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/presence.h"

#include "session/participantmodel.h"
#include "session/stepmodel.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace mirage {

namespace {
// Strong, distinct colours; each takes white or black text at a contrast of 4.5:1 or more.
constexpr std::array<const char *, 8> kPalette {"#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#ad1457", "#f9a825", "#5d4037"};

// WCAG's relative luminance of "#rrggbb".
double luminance(const QString &color)
{
    auto channel = [&color](int at) {
        const double v = color.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// The first character of a word (a surrogate pair whole), uppercased.
QString firstLetter(const QString &word)
{
    const qsizetype n = word.size() > 1 && word.at(0).isHighSurrogate() ? 2 : 1;
    return word.left(n).toUpper();
}
} // namespace

Presence::Presence(ParticipantModel *people, StepModel *steps, QObject *parent)
    : QObject(parent)
    , m_model(people)
    , m_steps(steps)
{
    connect(people, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { update(first, last); });
    connect(people, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { update(topLeft.row(), bottomRight.row()); });
    connect(people, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { removeRows(first, last); });
    connect(people, &QAbstractItemModel::modelReset, this, &Presence::rebuild);
    rebuild();
    publish();
}

QString Presence::initials(const QString &name)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = name.split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    return words.size() == 1 ? firstLetter(words[0]) : firstLetter(words[0]) + firstLetter(words[1]);
}

QString Presence::colorOf(const QString &id)
{
    uint32_t hash = 2166136261u; // FNV-1a: the same id has the same colour in every run
    for (const char byte : id.toUtf8()) {
        hash ^= uint8_t(byte);
        hash *= 16777619u;
    }
    return QLatin1String(kPalette[hash % kPalette.size()]);
}

QString Presence::textColorOn(const QString &color)
{
    const double l = luminance(color);
    const double onWhite = 1.05 / (l + 0.05), onBlack = (l + 0.05) / 0.05;
    return onWhite >= onBlack ? QStringLiteral("#ffffff") : QStringLiteral("#000000");
}

Avatar Presence::avatar(const QString &id, const QString &name)
{
    // ParticipantModel shows the id when no name was given: then the initials are "?".
    const QString color = colorOf(id);
    return {name, name == id ? QStringLiteral("?") : initials(name), color, textColorOn(color)};
}

QString Presence::namesOf(const Avatars &avatars, int total)
{
    QStringList names;
    for (const Avatar &a : avatars)
        names << QChar(0x2068) + a.name + QChar(0x2069);
    const QString joined = names.join(QStringLiteral(", "));
    if (total <= avatars.size())
        return joined;
    return tr("%1 and %n others", "people: the names shown, then how many more are here", int(total - avatars.size())).arg(joined);
}

void Presence::update(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex i = m_model->index(row);
        const QString key = m_model->idAt(row);
        const QString step = i.data(ParticipantModel::StepRole).toString();
        Avatar avatar = Presence::avatar(key, i.data(ParticipantModel::NameRole).toString());
        auto it = m_people.find(key);
        if (it == m_people.end())
            it = m_people.insert(key, Person {});
        else if (it->step == step && it->avatar == avatar)
            continue; // another role changed
        else if (it->step != step)
            leave(*it);
        else if (!step.isEmpty())
            m_touched.insert(step); // renamed where they are
        if (it->step != step || it->arrived == 0) {
            it->step = step;
            it->arrived = ++m_arrivals;
            if (!step.isEmpty()) {
                m_onStep[step].emplace(it->arrived, key);
                m_touched.insert(step);
            }
        }
        it->avatar = std::move(avatar);
    }
}

void Presence::leave(const Person &person)
{
    if (person.step.isEmpty())
        return;
    auto on = m_onStep.find(person.step);
    if (on == m_onStep.end())
        return;
    on->erase(person.arrived);
    if (on->empty())
        m_onStep.erase(on);
    m_touched.insert(person.step);
}

void Presence::removeRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const auto it = m_people.constFind(m_model->idAt(row));
        if (it == m_people.cend())
            continue;
        leave(*it);
        m_people.erase(it);
    }
}

void Presence::rebuild()
{
    for (auto it = m_onStep.cbegin(); it != m_onStep.cend(); ++it)
        m_touched.insert(it.key());
    m_people.clear();
    m_onStep.clear();
    update(0, m_model->rowCount() - 1);
}

void Presence::publish()
{
    for (const QString &step : std::exchange(m_touched, {})) {
        Avatars avatars;
        int count = 0;
        if (const auto on = m_onStep.constFind(step); on != m_onStep.cend()) {
            count = int(on->size());
            for (auto it = on->cbegin(); it != on->cend() && avatars.size() < kShown; ++it)
                avatars << m_people.value(it->second).avatar;
        }
        m_steps->setPresent(step, avatars, count);
    }
    // The header: the first rows (the people in the order they joined) and the count, O(kShown).
    const int count = m_model->rowCount();
    Avatars shown;
    for (int row = 0; row < std::min(count, kShown); ++row)
        shown << m_people.value(m_model->idAt(row)).avatar;
    if (count == m_count && shown == m_shown)
        return;
    m_count = count;
    m_shown = std::move(shown);
    Q_EMIT presentChanged();
}

} // namespace mirage
