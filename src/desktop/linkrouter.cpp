// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/linkrouter.h"

#include "base/logging.h"
#include "desktop/activitymanager.h"
#include "desktop/openlink.h"
#include "session/activitysession.h"
#include "session/filemodel.h"
#include "session/jsontext.h"
#include "session/stepmodel.h"
#include "session/workspace.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace mirage {

LinkRouter::LinkRouter(ActivityManager *activities, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_activities(activities)
    , m_workspace(workspace)
{
}

bool LinkRouter::open(const QString &server, const QString &activity, const QString &step)
{
    ActivitySession *s = m_activities->open(server, activity);
    if (!s)
        return false;
    if (!step.isEmpty())
        showStepWhenThere(s, step);
    Q_EMIT raiseRequested();
    return true;
}

void LinkRouter::openAll(const QStringList &links)
{
    for (const QString &link : links) {
        QString why;
        const auto open = OpenLink::parse(link, &why);
        if (!open || !this->open(open->server, open->activity, open->step))
            qCWarning(lcApp).noquote() << "cannot open the handed-over activity:" << (open ? m_activities->openError() : why);
    }
}

void LinkRouter::showStepWhenThere(ActivitySession *s, const QString &step)
{
    delete m_pendingStep; // a newer link wins
    const QString key = JsonText::idKey(step.toStdString());
    StepModel *steps = s->stepModel();
    auto show = [this, s, steps, key] {
        if (m_workspace->current() != s || steps->rowOf(key) < 0)
            return false;
        Q_EMIT showItemRequested(QStringLiteral("steps"), key);
        return true;
    };
    // Asked first once the event loop runs (the window may not be made yet), then again as rows
    // arrive (the activity is loading) until shown; gone with the session.
    m_pendingStep = new QObject(s);
    QObject *pending = m_pendingStep;
    auto retry = [show, pending] {
        if (show())
            pending->deleteLater();
    };
    QMetaObject::invokeMethod(pending, retry, Qt::QueuedConnection);
    connect(steps, &QAbstractItemModel::rowsInserted, pending, retry);
    connect(steps, &QAbstractItemModel::modelReset, pending, retry);
    connect(m_workspace, &Workspace::currentChanged, pending, retry);
}

QString LinkRouter::linkTo(const QString &stepId) const
{
    const ActivitySession *s = m_workspace->current();
    return s ? OpenLink::linkTo(s->server(), s->activityId(), stepId) : QString();
}

void LinkRouter::copyText(const QString &text)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->clipboard()->setText(text);
}

bool LinkRouter::openLink(const QString &url)
{
    if (!FileModel::isOpenableUrl(url)) {
        qCWarning(lcApp) << "refused to open a link that is not http(s)";
        Q_EMIT linkFailed(QString(), true);
        return false;
    }
    // A user:password@ in the link stays here: neither the browser nor its history gets it.
    const QUrl target = QUrl(url, QUrl::StrictMode).adjusted(QUrl::RemoveUserInfo);
    const bool opened = m_urlOpener ? m_urlOpener(target) : QDesktopServices::openUrl(target);
    if (!opened) {
        qCWarning(lcApp).noquote() << "nothing opened a link to" << target.host();
        Q_EMIT linkFailed(target.host(), false);
    }
    return opened;
}

} // namespace mirage
