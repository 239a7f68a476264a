// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/sessionlistmodel.h"

#include "session/activitysession.h"
#include "session/workspace.h"
#include "sync/channelurl.h"

namespace mirage {

SessionListModel::SessionListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
    , m_selected(workspace->currentIndex())
{
    for (int i = 0; i < workspace->count(); ++i)
        watch(workspace->at(i));
    connect(workspace, &Workspace::sessionAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(workspace, &Workspace::sessionAdded, this, [this](int row) {
        endInsertRows();
        watch(m_workspace->at(row));
    });
    connect(workspace, &Workspace::sessionAboutToBeRemoved, this, [this](int row) {
        disconnect(m_workspace->at(row), nullptr, this, nullptr);
        beginRemoveRows({}, row, row);
    });
    connect(workspace, &Workspace::sessionRemoved, this, [this] {
        endRemoveRows();
        m_selected = -1; // rows moved: the next currentChanged marks the current one again
    });
    connect(workspace, &Workspace::currentChanged, this, [this] {
        const int old = m_selected;
        m_selected = m_workspace->currentIndex();
        for (int row : {old, m_selected}) {
            if (row >= 0 && row < rowCount())
                Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
        }
    });
}

void SessionListModel::watch(ActivitySession *s)
{
    connect(s, &ActivitySession::activityChanged, this, [this, s] { changed(s, {NameRole}); });
    connect(s->connection(), &ConnectionMirror::changed, this, [this, s] { changed(s, {ConnectionStateRole}); });
    connect(s->catchUp(), &CatchUp::unreadCountChanged, this, [this, s] { changed(s, {UnreadCountRole}); });
    connect(s, &ActivitySession::copyStateChanged, this, [this, s] { changed(s, {ShowingCopyRole}); });
}

void SessionListModel::changed(ActivitySession *s, const QList<int> &roles)
{
    const int row = m_workspace->indexOf(s);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_workspace->count();
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    ActivitySession *s = index.isValid() ? m_workspace->at(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case SessionRole:
        return QVariant::fromValue(s);
    case Qt::DisplayRole:
    case NameRole:
        return s->name().isEmpty() ? s->activityId() : s->name().simplified();
    case ServerRole:
        return ChannelUrl::display(QUrl(s->server()));
    case ConnectionStateRole:
        return int(s->connection()->state());
    case UnreadCountRole:
        return s->catchUp()->unreadCount();
    case ShowingCopyRole:
        return s->showingCopy();
    case SelectedRole:
        return index.row() == m_workspace->currentIndex();
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {SessionRole, "session"},
        {NameRole, "name"},
        {ServerRole, "server"},
        {ConnectionStateRole, "connectionState"},
        {UnreadCountRole, "unreadCount"},
        {ShowingCopyRole, "showingCopy"},
        {SelectedRole, "selected"},
    };
}

} // namespace mirage
