// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/copykeeper.h"
#include "store/activitycopy.h"
#include "store/journalentry.h"
#include "sync/channelsettings.h"
#include "sync/channelurl.h"

#include <QList>
#include <QObject>

class QSettings;

namespace mirage {

class ActivitySession;
class CopyStore;
class Journal;
class ServerClients;

// The activities open at once (issue #12), in the order they were opened, and which one is
// selected. Each has its own channel; each has a local copy in the CopyStore, which its part
// CopyKeeper loads, writes while the activity runs, when it is closed and on flushAll() (quit).
// The open set and the selected one are kept in QSettings ("workspace/open", "workspace/selected").
class Workspace : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE select NOTIFY currentChanged FINAL)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged FINAL)
public:
    // The most activities open at once (issue #23): each has its channel, its copy and its models.
    static constexpr int kMaxOpen = 100;

    // `clients` and `store` must outlive the workspace.
    Workspace(const ChannelSettings &settings, ServerClients *clients, CopyStore *store, QObject *parent = nullptr);
    ~Workspace() override; // flushAll()

    // Opens the activity (its copy shown at once, then its channel started) and selects it; an
    // activity already open is only selected. `serverText`: what the user typed (kept for the
    // next start). Returns its index; -1 (nothing opened) when kMaxOpen activities are open.
    int open(const ChannelEndpoint &endpoint, const QString &serverText, bool select = true);
    // Writes its copy (the file stays: reopening it later shows what changed) and closes it.
    void close(int index);
    void select(int index);
    void selectNext();
    void selectPrevious();

    int count() const { return int(m_sessions.size()); }
    int currentIndex() const { return m_current; }
    ActivitySession *current() const { return at(m_current); }
    ActivitySession *at(int index) const;
    int indexOf(const ActivitySession *session) const;
    int indexOf(const QString &server, const QString &activityId) const;
    QString serverText(int index) const;
    // The servers of the open activities as the user typed them, without repeats.
    QStringList servers() const;
    int totalUnread() const;

    // Opens the activities kept by save() and selects the one that was selected. Returns how many
    // opened; an entry that no longer resolves is skipped, and those beyond kMaxOpen are counted
    // in `overLimit`.
    int restore(QSettings &settings, int *overLimit = nullptr);
    bool isFull() const { return count() >= kMaxOpen; }
    void save(QSettings &settings) const;

    // Writes the copy of every open activity now and waits until it is on disk.
    void flushAll() { m_copies.flushAll(); }
    // Applies what every session collected for its next frame now (ActivitySession::flushPending).
    void flushPendingFrames();
    // Whether the window is in front: only then is the selected activity "looked at".
    void setWindowActive(bool active);
    // The copies' part (CopyKeeper::setInterval: the shortest time between two writes).
    void setCopyInterval(int ms) { m_copies.setInterval(ms); }
    // Where the activities opened from now on keep their history and read it back (issue #27);
    // nullptr: nowhere. It must outlive the workspace.
    // Its problems come by journalProblem (one at its start, after the event loop turns).
    void setJournal(Journal *journal);
    Journal *journal() const { return m_journal; }

Q_SIGNALS:
    void countChanged();
    void currentChanged();
    void totalUnreadChanged();
    void sessionAboutToBeAdded(int index);
    void sessionAdded(int index);
    void sessionAboutToBeRemoved(int index);
    void sessionRemoved(int index);
    // The copy of the activity at `index` could not be read (it was set aside, or refused when
    // newer: then it is never written over while the activity is open), and the activity opened
    // without it; or a copy could not be written (NoSpace, NotWritable, NotAFile, NewerFormat; its
    // old file stays, and a full disk is tried again): said once, again only when the error
    // changes or after the copies were written again (a full disk or a folder that cannot be
    // written is said once for all the activities; `index` is -1 for one closed meanwhile). A
    // code and the file, not a sentence.
    void copyProblem(int index, mirage::CopyError error, const QString &path);
    // The journal (the history of every activity, issue #27) was found damaged and set aside (a
    // new one started), is of a newer version (left alone), or cannot be written. A code and the
    // file, not a sentence.
    void journalProblem(mirage::JournalProblem problem, const QString &path);

private:
    void updateLooking();

    struct Entry
    {
        ActivitySession *session;
        QString serverText;
    };
    ChannelSettings m_settings;
    ServerClients *m_clients;
    QList<Entry> m_sessions;
    CopyKeeper m_copies;
    Journal *m_journal = nullptr;
    int m_current = -1;
    bool m_windowActive = false;
};

} // namespace mirage
