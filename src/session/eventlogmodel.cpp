// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/eventlogmodel.h"

#include "session/eventdescriber.h"
#include "session/journalfeed.h"
#include "store/journal.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace mirage {

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

EventLogModel::~EventLogModel() = default;

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return e.repeats > 1 ? QStringLiteral("%1 ×%2").arg(summaryOf(index.row())).arg(e.repeats) : summaryOf(index.row());
    case SeqRole:
        return e.seq;
    case TimeRole: {
        const QDateTime local = e.time.toLocalTime();
        const QString time = local.toString(QStringLiteral("HH:mm:ss.zzz"));
        return local.date() == QDate::currentDate() ? time
                                                    : QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
    }
    case EventIdRole:
        return e.eventId;
    case NameRole:
        return e.facts ? e.facts->eventName() : e.name;
    case CategoryRole:
        return e.category;
    case AppliedRole:
        return e.applied;
    case SummaryRole:
        return summaryOf(index.row());
    case SectionRole:
        return e.section;
    case ItemIdRole:
        return e.itemId;
    case DetailsRole:
        return e.facts ? e.facts->details() : e.details;
    case RepeatsRole:
        return e.repeats;
    default:
        return {};
    }
}

QString EventLogModel::summaryOf(int row) const
{
    const Entry &e = m_entries[size_t(row)];
    if (!e.facts)
        return e.summary;
    // Slot keys are entry numbers + 1 (0: an empty slot).
    const quint64 key = m_dropped + quint64(row) + 1;
    auto &[cachedKey, sentence] = m_sentences[key % kCachedSentences];
    if (cachedKey != key) {
        cachedKey = key;
        sentence = EventDescriber::sentence(*e.facts);
    }
    return sentence;
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    return {{SeqRole, "seq"}, {TimeRole, "time"}, {EventIdRole, "eventId"}, {NameRole, "name"}, {CategoryRole, "category"},
        {AppliedRole, "applied"}, {SummaryRole, "summary"}, {SectionRole, "section"}, {ItemIdRole, "itemId"}, {DetailsRole, "details"},
        {RepeatsRole, "repeats"}};
}

void EventLogModel::append(std::vector<Entry> entries)
{
    if (m_feed)
        m_feed->keep(entries); // the frame's lines, each kept (its message moved out), before they fold

    // Fold runs of identical entries: within the frame, then the frame's first into the last row.
    std::vector<Entry> folded;
    folded.reserve(entries.size());
    for (Entry &e : entries) {
        if (!folded.empty() && folded.back().sameAs(e)) {
            folded.back().repeats += e.repeats;
            folded.back().time = e.time;
            folded.back().seq = e.seq;
        } else {
            folded.push_back(std::move(e));
        }
    }
    entries = std::move(folded);
    if (!entries.empty() && !m_entries.empty() && m_entries.back().sameAs(entries.front())) {
        Entry &last = m_entries.back();
        last.repeats += entries.front().repeats;
        last.time = entries.front().time;
        last.seq = entries.front().seq;
        entries.erase(entries.begin());
        const QModelIndex row = index(int(m_entries.size()) - 1);
        Q_EMIT dataChanged(row, row, {Qt::DisplayRole, SeqRole, TimeRole, RepeatsRole});
    }
    if (entries.empty())
        return;
    const size_t cap = size_t(m_capacity);
    if (entries.size() > cap) // only the newest fit anyway
        entries.erase(entries.begin(), entries.end() - qsizetype(cap));
    const size_t overflow = m_entries.size() + entries.size() > cap ? m_entries.size() + entries.size() - cap : 0;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(overflow));
        m_dropped += overflow;
        if (m_historyRows > 0) { // the oldest history went: no more is read above the rows
            m_historyRows -= int(qMin(overflow, size_t(m_historyRows)));
            m_historyDone = true;
        }
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    for (Entry &e : entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
    Q_EMIT countChanged();
}

void EventLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_entries.size()) - 1);
    m_dropped += m_entries.size();
    m_entries.clear();
    m_historyRows = 0;
    m_historyDone = true; // cleared: the history stays out until the search changes
    endRemoveRows();
    Q_EMIT countChanged();
}

void EventLogModel::setHistory(
    Journal *journal, const QString &server, const QString &activityId, qint64 horizon, std::unique_ptr<JournalFeed> feed)
{
    m_feed = std::move(feed);
    m_historyDone = true;
    dropHistory();
    m_journal = journal;
    m_historyServer = server;
    m_historyActivity = activityId;
    m_horizon = horizon;
    m_oldestRead = 0;
    m_historyDone = !journal || horizon <= 0;
}

void EventLogModel::setHistorySearch(const QString &text)
{
    if (text == m_historySearch)
        return;
    m_historySearch = text;
    m_historyDone = true; // nothing is read while the rows go (a slot of rowsRemoved may ask)
    dropHistory();
    m_oldestRead = 0;
    m_historyDone = !m_journal || m_horizon <= 0;
    if (canFetchMore())
        fetchMore(); // the newest matches (or entries) at once
}

void EventLogModel::dropHistory()
{
    if (m_historyRows == 0)
        return;
    beginRemoveRows(QModelIndex(), 0, m_historyRows - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + m_historyRows);
    m_dropped += size_t(m_historyRows);
    m_historyRows = 0;
    endRemoveRows();
    Q_EMIT countChanged();
}

QStringList EventLogModel::stepHistory(const QString &stepId) const
{
    QStringList out;
    if (!m_journal || stepId.isEmpty())
        return out;
    const QLocale locale;
    for (const JournalEntry &e : m_journal->history(m_historyServer, m_historyActivity, JournalSubject::Step, stepId, kStepHistory)) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(e.received, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        out << (e.origin == JournalOrigin::CatchUp ? tr("%1 — %2 (found at a catch-up)").arg(when, e.summary)
                                                   : tr("%1 — %2").arg(when, e.summary));
    }
    return out;
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_historyDone && !m_fetching && m_journal && int(m_entries.size()) < m_capacity;
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const int room = qMin(kHistoryPage, m_capacity - int(m_entries.size()));
    const std::vector<JournalEntry> page =
        m_journal->page(m_historyServer, m_historyActivity, m_oldestRead > 0 ? m_oldestRead : m_horizon + 1, room, m_historySearch);
    if (int(page.size()) < room)
        m_historyDone = true;
    if (page.empty())
        return;
    m_oldestRead = page.back().id;
    // Oldest first, identical neighbours folded as live entries are.
    std::vector<Entry> rows;
    rows.reserve(page.size());
    for (auto it = page.rbegin(); it != page.rend(); ++it) {
        Entry e = JournalFeed::fromJournal(*it);
        if (!rows.empty() && rows.back().sameAs(e)) {
            rows.back().repeats += 1;
            rows.back().time = e.time;
            rows.back().seq = e.seq;
        } else {
            rows.push_back(std::move(e));
        }
    }
    beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    m_entries.insert(m_entries.begin(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    m_dropped -= rows.size(); // the entries below keep their numbers (the sentences' cache)
    m_historyRows += int(rows.size());
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace mirage
