// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/recentactivitiesmodel.h"

#include <QLocale>
#include <QSettings>

namespace mirage {

RecentActivitiesModel::RecentActivitiesModel(QSettings *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    const int n = m_store->beginReadArray(QStringLiteral("recent"));
    for (int i = 0; i < n && i < kMaxEntries; ++i) {
        m_store->setArrayIndex(i);
        Entry e {m_store->value(QStringLiteral("id")).toString(),
            m_store->value(QStringLiteral("server")).toString(),
                m_store->value(QStringLiteral("name")).toString(), m_store->value(QStringLiteral("lastOpened")).toDateTime()};
        if (!e.activityId.isEmpty())
            m_entries.push_back(std::move(e));
    }
    m_store->endArray();
}

int RecentActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name.isEmpty() ? e.activityId : e.name;
    case ActivityIdRole:
        return e.activityId;
    case ServerRole:
        return e.server;
    case LastOpenedRole:
        return e.lastOpened;
    case LastOpenedTextRole:
        return QLocale().toString(e.lastOpened, QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentActivitiesModel::roleNames() const
{
    return {{ActivityIdRole, "activityId"}, {NameRole, "name"}, {ServerRole, "server"}, {LastOpenedRole, "lastOpened"},
        {LastOpenedTextRole, "lastOpenedText"}};
}

int RecentActivitiesModel::find(const QString &activityId, const QString &server) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].activityId == activityId && m_entries[i].server == server)
            return int(i);
    }
    return -1;
}

void RecentActivitiesModel::touch(const QString &activityId, const QString &server, const QString &name, bool opened)
{
    int row = find(activityId, server);
    if (row < 0 && !opened)
        return;
    if (row < 0) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_entries.insert(m_entries.begin(), Entry {activityId, server, name, QDateTime::currentDateTime()});
        endInsertRows();
        if (m_entries.size() > size_t(kMaxEntries)) {
            beginRemoveRows(QModelIndex(), kMaxEntries, int(m_entries.size()) - 1);
            m_entries.resize(kMaxEntries);
            endRemoveRows();
        }
        Q_EMIT countChanged();
    } else {
        Entry &e = m_entries[size_t(row)];
        if (!opened && (name.isEmpty() || name == e.name))
            return; // nothing changed: no row signal, no write (and no fsync) for this frame
        if (!name.isEmpty())
            e.name = name;
        if (opened)
            e.lastOpened = QDateTime::currentDateTime();
        Q_EMIT dataChanged(index(row), index(row));
        if (opened && row > 0) {
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0);
            Entry moved = std::move(m_entries[size_t(row)]);
            m_entries.erase(m_entries.begin() + row);
            m_entries.insert(m_entries.begin(), std::move(moved));
            endMoveRows();
        }
    }
    save();
}

void RecentActivitiesModel::forget(int row)
{
    if (row < 0 || size_t(row) >= m_entries.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    save();
}

void RecentActivitiesModel::save()
{
    m_store->beginWriteArray(QStringLiteral("recent"), int(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i) {
        m_store->setArrayIndex(int(i));
        m_store->setValue(QStringLiteral("id"), m_entries[i].activityId);
        m_store->setValue(QStringLiteral("server"), m_entries[i].server);
        m_store->setValue(QStringLiteral("name"), m_entries[i].name);
        m_store->setValue(QStringLiteral("lastOpened"), m_entries[i].lastOpened);
    }
    m_store->endArray();
    m_store->sync();
}

} // namespace mirage
