// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <vector>

class QSettings;

namespace mirage {

// The activities opened lately, newest first, kept in QSettings (at most kMaxEntries).
//
// Roles:
//  - activityId (QString): the activity's canonical UUID.
//  - name (QString): its name when it was last seen, may be empty.
//  - server (QString): the server it was opened on, as the user gave it.
//  - lastOpened (QDateTime): when it was last opened.
//  - lastOpenedText (QString): the same for people, in the locale's short format.
// An entry opened again moves to the top (rowsMoved); a rename changes its name in place.
class RecentActivitiesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
public:
    enum Role { ActivityIdRole = Qt::UserRole, NameRole, ServerRole, LastOpenedRole, LastOpenedTextRole };
    static constexpr int kMaxEntries = 20;

    explicit RecentActivitiesModel(QSettings *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_entries.size()); }

    // Puts the activity first (opened now), or renames it in place when only the name changed.
    void touch(const QString &activityId, const QString &server, const QString &name, bool opened);
    Q_INVOKABLE void forget(int row);

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        QString activityId, server, name;
        QDateTime lastOpened;
    };
    int find(const QString &activityId, const QString &server) const;
    void save();

    QSettings *m_store;
    std::vector<Entry> m_entries;
};

} // namespace mirage
