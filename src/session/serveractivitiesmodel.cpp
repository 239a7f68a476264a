// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/serveractivitiesmodel.h"

#include "base/logging.h"
#include "protocol/activityview.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "sync/authorisedrequest.h"
#include "sync/connectiontext.h"
#include "sync/proxyfailure.h"
#include "sync/serverclient.h"
#include "sync/serverclients.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace mirage {

ServerActivitiesModel::ServerActivitiesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ServerActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServerActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name.isEmpty() ? e.id : e.name;
    case ActivityIdRole:
        return e.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerActivitiesModel::roleNames() const
{
    return {{ActivityIdRole, "activityId"}, {NameRole, "name"}};
}

void ServerActivitiesModel::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

void ServerActivitiesModel::fetch(const QUrl &httpBase)
{
    if (m_reply)
        m_reply->abort();
    if (httpBase != m_base)
        replace({});
    m_base = httpBase;
    if (!httpBase.isValid() || httpBase.isEmpty() || !m_clients) {
        m_client.reset();
        setStatus(QString());
        return;
    }
    m_client = m_clients->clientFor(httpBase);
    m_reply = m_client->fetchActivityList(httpBase);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    setStatus(tr("Loading the server's activities…"));
}

void ServerActivitiesModel::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404) {
        replace({});
        setStatus(tr("This server does not list its activities."));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A failure at the proxy names the proxy (issue #25), in the channel's words; its 407 is not the server's answer.
        const ProxyFailure proxy = ProxyFailure::of(reply->error(), reply->url());
        const QString why = AuthorisedRequest::withoutQueries(reply->errorString());
        setStatus(tr("Could not list the server's activities: %1")
                      .arg(proxy.failed() ? ConnectionText::proxy(proxy.problem, proxy.proxy, why)
                              : status    ? tr("HTTP %1").arg(status)
                                          : why));
        return;
    }
    const QByteArray body = reply->readAll();
    JsonValue list;
    if (!ActivityView::parseList(std::string_view(body.constData(), size_t(body.size())), list)) {
        setStatus(tr("The server's activity list is not a JSON list."));
        return;
    }
    replace(entriesOf(list));
    setStatus(m_entries.empty() ? tr("The server has no activities yet.") : QString());
}

void ServerActivitiesModel::setFromEvent(const JsonValue &list)
{
    if (!list.isArray())
        return;
    replace(entriesOf(list));
    setStatus(QString());
}

std::vector<ServerActivitiesModel::Entry> ServerActivitiesModel::entriesOf(const JsonValue &list)
{
    // The same rule as the header's: an activity is named by ActivityView (issue #24: the GET list
    // read "name" only, and an activity with a "title" showed by its id alone).
    std::vector<Entry> entries;
    for (const JsonValue &v : list.asArray().items()) {
        const ActivityView activity(&v);
        const std::string_view id = activity.id(), name = activity.name();
        if (!id.empty())
            entries.push_back({QString::fromUtf8(id.data(), qsizetype(id.size())), QString::fromUtf8(name.data(), qsizetype(name.size()))});
    }
    return entries;
}

void ServerActivitiesModel::replace(std::vector<Entry> entries)
{
    if (entries == m_entries)
        return;
    // A whole new list arrived (a fetch or a 105): one reset, only when it differs.
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace mirage
