// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <vector>

namespace mirage {

class JsonValue;
class ServerClient;
class ServerClients;

// The server's own list of activities, when it has one: GET {server}/api/activities/, refreshed
// when the open activity reports 101 / 103, and replaced by a 105's list. The request is the
// server's ServerClient's (token, redirects, timeout); this model reads and shows the answer.
//
// Roles:
//  - activityId (QString): the activity's id as the server lists it.
//  - name (QString): its name, may be empty.
// status says what the last fetch did (empty when fine); loading is true while one runs.
class ServerActivitiesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged FINAL)
    Q_PROPERTY(bool loading READ loading NOTIFY statusChanged FINAL)
public:
    enum Role { ActivityIdRole = Qt::UserRole, NameRole };

    explicit ServerActivitiesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_entries.size()); }
    QString status() const { return m_status; }
    bool loading() const { return m_reply; }

    // Where the clients of each server come from (not owned; must outlive the model). Without
    // them nothing is fetched.
    void setClients(ServerClients *clients) { m_clients = clients; }
    // Fetches the list of the server at `httpBase` (http[s]://host[:port]); an empty URL clears it.
    void fetch(const QUrl &httpBase);
    void refresh() { fetch(m_base); }
    // A 105's list: [{"id": …, "name": …}, …].
    void setFromEvent(const JsonValue &list);

Q_SIGNALS:
    void countChanged();
    void statusChanged();

private:
    struct Entry
    {
        QString id, name;
        bool operator==(const Entry &) const = default;
    };
    static std::vector<Entry> entriesOf(const JsonValue &list); // a list's activities with an id
    void replace(std::vector<Entry> entries);
    void setStatus(const QString &status);
    void onFinished(QNetworkReply *reply);

    ServerClients *m_clients = nullptr;
    std::shared_ptr<ServerClient> m_client; // the listed server's
    QPointer<QNetworkReply> m_reply;
    QUrl m_base;
    QString m_status;
    std::vector<Entry> m_entries;
};

} // namespace mirage
