// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>

namespace mirage {

class ActivitySession;
class Workspace;

// The open activities as the sidebar lists them, one row per session of the Workspace, in its
// order. Roles (QML names):
//   session          mirage::ActivitySession*  the session itself
//   name             QString  its name, or its id while it has none
//   server           QString  the server, in display form (ChannelUrl::display)
//   connectionState  int      the session's ConnectionMirror::State (Connection.Open in QML, …)
//   unreadCount      int      changes not yet seen
//   showingCopy      bool     the local copy is shown, not yet confirmed by the server
//   selected         bool     the workspace's current one
// Each session's signals change only its own row's roles (no reset per event).
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SessionRole = Qt::UserRole + 1,
        NameRole,
        ServerRole,
        ConnectionStateRole,
        UnreadCountRole,
        ShowingCopyRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit SessionListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void watch(ActivitySession *session);
    void changed(ActivitySession *session, const QList<int> &roles);

    Workspace *m_workspace;
    int m_selected = -1;
};

} // namespace mirage
