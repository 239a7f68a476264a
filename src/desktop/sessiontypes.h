// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/activitysession.h"
#include "session/catchup.h"
#include "session/changesmodel.h"
#include "session/connectionmirror.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/filemodel.h"
#include "session/keyedlistmodel.h"
#include "session/listsearch.h"
#include "session/participantmodel.h"
#include "session/recentactivitiesmodel.h"
#include "session/rowfilterproxy.h"
#include "session/serveractivitiesmodel.h"
#include "session/sessionlistmodel.h"
#include "session/stepcontentsmodel.h"
#include "session/stepmodel.h"
#include "session/workspace.h"

#include <QObject>
#include <QtQml/qqml.h>

// The session layer's classes as QML types of the MirageDesk module (declared here, on the
// desktop side, so the session layer knows nothing of QML). None but ListSearch can be made from
// QML: the AppController owns the session, and the session its models.
namespace mirage::qmltypes {

struct ActivitySessionForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ActivitySession)
    QML_NAMED_ELEMENT(ActivitySession)
    QML_UNCREATABLE("The AppController opens sessions")
};

// A session's parts (issue #24): where its channel stands (QML compares Connection.Open, …) and
// what the user has not seen yet.
struct ConnectionMirrorForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ConnectionMirror)
    QML_NAMED_ELEMENT(Connection)
    QML_UNCREATABLE("A session's connection")
};

struct CatchUpForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::CatchUp)
    QML_NAMED_ELEMENT(CatchUp)
    QML_UNCREATABLE("A session's catch-up")
};

struct KeyedListModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::KeyedListModel)
    QML_NAMED_ELEMENT(KeyedListModel)
    QML_UNCREATABLE("A session's list model")
};

// ListSearch's base (issue #14): a list proxy of our own, not made from QML.
struct RowFilterProxyForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::RowFilterProxy)
    QML_ANONYMOUS
};

// Find in a list (issue #13): the window makes one per list it searches.
struct ListSearchForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ListSearch)
    QML_NAMED_ELEMENT(ListSearch)
};

struct StepModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::StepModel)
    QML_NAMED_ELEMENT(StepModel)
    QML_UNCREATABLE("A session's list model")
};

struct ChangesModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ChangesModel)
    QML_NAMED_ELEMENT(ChangesModel)
    QML_UNCREATABLE("A session's list model")
};

struct ParticipantModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ParticipantModel)
    QML_NAMED_ELEMENT(ParticipantModel)
    QML_UNCREATABLE("A session's list model")
};

struct FileModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::FileModel)
    QML_NAMED_ELEMENT(FileModel)
    QML_UNCREATABLE("A session's list model")
};

struct EventLogModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::EventLogModel)
    QML_NAMED_ELEMENT(EventLogModel)
    QML_UNCREATABLE("A session's list model")
};

struct EventLogFilterForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::EventLogFilter)
    QML_NAMED_ELEMENT(EventLogFilter)
    QML_UNCREATABLE("A session's list model")
};

struct RecentActivitiesModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::RecentActivitiesModel)
    QML_NAMED_ELEMENT(RecentActivitiesModel)
    QML_UNCREATABLE("The AppController's list of recent activities")
};

struct ServerActivitiesModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::ServerActivitiesModel)
    QML_NAMED_ELEMENT(ServerActivitiesModel)
    QML_UNCREATABLE("The AppController's list of the server's activities")
};

struct StepContentsModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::StepContentsModel)
    QML_NAMED_ELEMENT(StepContentsModel)
    QML_UNCREATABLE("A session's model of the selected step")
};

struct WorkspaceForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::Workspace)
    QML_NAMED_ELEMENT(Workspace)
    QML_UNCREATABLE("The AppController's open activities")
};

struct SessionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(mirage::SessionListModel)
    QML_NAMED_ELEMENT(SessionListModel)
    QML_UNCREATABLE("The AppController's list of open activities")
};

} // namespace mirage::qmltypes
