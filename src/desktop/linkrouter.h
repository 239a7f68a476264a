// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QUrl;

namespace mirage {

class ActivityManager;
class ActivitySession;
class Workspace;

// The AppController's links part (issue #24): miragedesk:// links in (from the command line or
// handed over by another start: the activity opened, its step shown once it is there), links out
// (the miragedesk:// link to what is shown, http(s) links opened in the browser), the clipboard.
// It opens through the workspace part and asks for the window by signal.
class LinkRouter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController's links part")
public:
    // Both must outlive the part.
    LinkRouter(ActivityManager *activities, Workspace *workspace, QObject *parent = nullptr);

    // Opens the activity and selects it (ActivityManager::open) and asks for the window; a `step`
    // (from a link's …&step=<id>) is shown (showItemRequested) as soon as the activity has it.
    bool open(const QString &server, const QString &activity, const QString &step = QString());
    // The links another start handed over (SingleInstance): each opened, or why not in the log.
    void openAll(const QStringList &links);

    // Opens an http(s) link in the browser; anything else is refused. Either failure emits
    // linkFailed (the window says so).
    Q_INVOKABLE bool openLink(const QString &url);
    // Copy and share (issue #13): the miragedesk:// link to the selected activity, or to one of its
    // steps; never with a token, user or password. Empty with no activity.
    Q_INVOKABLE QString linkTo(const QString &stepId = QString()) const;
    // Puts plain text on the clipboard.
    Q_INVOKABLE void copyText(const QString &text);
    // What opens an http(s) link (default: the desktop's browser); for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_urlOpener = std::move(opener); }

Q_SIGNALS:
    // An activity was opened or selected by a link or the user: the window comes forward.
    void raiseRequested();
    // Show this item ("steps", …) of the selected activity.
    void showItemRequested(const QString &section, const QString &itemId);
    // openLink could not open a link: refused (not http(s)) or nothing opened it. The host alone
    // is given (a link's path or query may hold a signed token).
    void linkFailed(const QString &host, bool refused);

private:
    void showStepWhenThere(ActivitySession *session, const QString &step);

    ActivityManager *m_activities;
    Workspace *m_workspace;
    QPointer<QObject> m_pendingStep; // waits for the step a link named (open())
    std::function<bool(const QUrl &)> m_urlOpener;
};

} // namespace mirage
