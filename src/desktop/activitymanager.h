// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/opencheck.h"
#include "session/recentactivitiesmodel.h"
#include "session/serveractivitiesmodel.h"
#include "store/activitycopy.h"
#include "store/journalentry.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mirage {

class ActivitySession;
class AppSettings;
class ServerClients;
class Workspace;

// The AppController's workspace part (issue #24), as NeoChat's RoomManager: which activities are
// open and how they open (validated as the user types), the recent and the server's activities,
// the open set kept for the next start, and the notice of what could not be done (a copy that
// could not be read, a limit reached). Fed by the Workspace's signals; it knows no window.
class ActivityManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController's workspace part")
    // The servers of the open and the recent activities, as typed, the selected one's first.
    Q_PROPERTY(QStringList servers READ servers NOTIFY serversChanged FINAL)
    // A message for the window (a local copy that could not be read); empty when there is none.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged FINAL)
    Q_PROPERTY(mirage::RecentActivitiesModel *recent READ recent CONSTANT FINAL)
    Q_PROPERTY(mirage::ServerActivitiesModel *serverActivities READ serverActivities CONSTANT FINAL)
public:
    // All three must outlive the part.
    ActivityManager(Workspace *workspace, ServerClients *clients, AppSettings *settings, QObject *parent = nullptr);

    // The checks of the open dialog: {ok, reason, activityId, server}. `activity` may also be a
    // full channel URL (then `server` is not needed).
    Q_INVOKABLE mirage::OpenCheck validate(const QString &server, const QString &activity) const;
    // Opens the activity and selects it (one already open is only selected). Null with openError
    // set when it cannot be opened.
    ActivitySession *open(const QString &server, const QString &activity);
    QString openError() const { return m_openError; }
    // Opens the activities that were open at the last quit (and selects the one that was
    // selected); returns how many. Those beyond Workspace::kMaxOpen are not, and the notice says so.
    int restore();
    Q_INVOKABLE void fetchServerActivities(const QString &server);

    QStringList servers() const;
    QString notice() const { return m_notice; }
    Q_INVOKABLE void dismissNotice();
    // A limit was reached (LimitText): one line of the notice says so, replacing the one of an
    // earlier limit.
    void showLimit(const QString &text);
    RecentActivitiesModel *recent() { return &m_recent; }
    ServerActivitiesModel *serverActivities() { return &m_serverActivities; }

Q_SIGNALS:
    void serversChanged();
    void noticeChanged();

private:
    void watch(ActivitySession *session);
    void onCurrentChanged();
    void onCopyProblem(int index, CopyError error, const QString &path);
    void onJournalProblem(JournalProblem problem, const QString &path);
    void addNotice(const QString &text);
    void save();

    Workspace *m_workspace;
    AppSettings *m_settings;
    RecentActivitiesModel m_recent;
    ServerActivitiesModel m_serverActivities;
    bool m_restoring = false;
    QString m_openError;
    QString m_notice;
    QString m_limitNotice; // the notice's line of showLimit()
};

} // namespace mirage
