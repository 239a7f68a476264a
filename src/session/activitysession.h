// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitystate.h"
#include "session/catchup.h"
#include "session/connectionmirror.h"
#include "session/copydumper.h"
#include "session/eventdescriber.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/filemodel.h"
#include "session/framebatcher.h"
#include "session/journalfeed.h"
#include "session/notificationrequest.h"
#include "session/participantmodel.h"
#include "session/peopledirectory.h"
#include "session/presence.h"
#include "session/ratelimit.h"
#include "session/stepcontentsmodel.h"
#include "session/stepmodel.h"
#include "session/textfeed.h"
#include "store/activitycopy.h"
#include "sync/activitychannel.h"
#include "sync/messagebatch.h"

#include <QDateTime>
#include <QObject>
#include <memory>

namespace mirage {

// One open activity as the window and the controller see it: its state, its live channel and the
// models. Messages are applied as they arrive (by the channel, or by feedText() for a file or a
// test); feed() turns what they did into row operations, log lines and popups, which the
// FrameBatcher replays on the models once per frame. EventDescriber writes the words,
// PeopleDirectory remembers who was who, StepContentsModel shows the selected step.
class ActivitySession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString activityId READ activityId CONSTANT FINAL)
    Q_PROPERTY(QString server READ server CONSTANT FINAL)
    Q_PROPERTY(QString name READ name NOTIFY activityChanged FINAL)
    Q_PROPERTY(QString description READ description NOTIFY activityChanged FINAL)
    Q_PROPERTY(bool loaded READ loaded NOTIFY activityChanged FINAL)
    Q_PROPERTY(bool legacyFormat READ legacyFormat NOTIFY activityChanged FINAL)
    Q_PROPERTY(bool deleted READ deleted NOTIFY activityChanged FINAL)
    Q_PROPERTY(QString hash READ hash NOTIFY activityChanged FINAL)
    Q_PROPERTY(quint64 appliedCount READ appliedCount NOTIFY countsChanged FINAL)
    Q_PROPERTY(quint64 rejectedCount READ rejectedCount NOTIFY countsChanged FINAL)
    // Where the live channel stands (issue #24: a part of its own, fed by the channel's signals).
    Q_PROPERTY(mirage::ConnectionMirror *connection READ connection CONSTANT FINAL)
    // What the user has not seen yet: "since you last looked", the unread markers and count.
    Q_PROPERTY(mirage::CatchUp *catchUp READ catchUp CONSTANT FINAL)
    Q_PROPERTY(mirage::StepModel *steps READ stepModel CONSTANT FINAL)
    Q_PROPERTY(mirage::ParticipantModel *participants READ participantModel CONSTANT FINAL)
    Q_PROPERTY(mirage::FileModel *files READ fileModel CONSTANT FINAL)
    Q_PROPERTY(mirage::EventLogFilter *log READ eventLogFilter CONSTANT FINAL)
    Q_PROPERTY(mirage::EventLogModel *logModel READ eventLog CONSTANT FINAL)
    Q_PROPERTY(mirage::StepContentsModel *stepContents READ stepContents CONSTANT FINAL)
    Q_PROPERTY(int stepsRevision READ stepsRevision NOTIFY stepsRevisionChanged FINAL)
    // True while what is shown is the local copy, not yet confirmed by a fresh snapshot.
    Q_PROPERTY(bool showingCopy READ showingCopy NOTIFY copyStateChanged FINAL)
    // When the copy shown was saved (local time); invalid when there was none.
    Q_PROPERTY(QDateTime copySavedAt READ copySavedAt NOTIFY copyStateChanged FINAL)
    // Who is here now (issue #13): the avatars (Presence::avatar) of the first Presence::kShown
    // in the order they joined, and how many are here (issue #23: a crowd shows "+N").
    Q_PROPERTY(QList<mirage::Avatar> present READ present NOTIFY presentChanged FINAL)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY presentChanged FINAL)
    // Their names, joined and isolated (Presence::namesOf), for the avatars' accessible name.
    Q_PROPERTY(QString presentNames READ presentNames NOTIFY presentChanged FINAL)
public:
    ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, QObject *parent = nullptr);
    // `client`: the server's ServerClient, shared with the app's other requests to that server.
    ActivitySession(
        const ChannelEndpoint &endpoint, const ChannelSettings &settings, std::shared_ptr<ServerClient> client, QObject *parent = nullptr);
    ~ActivitySession() override;

    void start();
    Q_INVOKABLE void reconnect() { m_connection.reconnect(); }

    QString activityId() const { return m_endpoint.activityId; }
    QString server() const;
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    bool loaded() const { return m_loaded; }
    bool legacyFormat() const { return m_legacy; }
    bool deleted() const { return m_deleted; }
    QString hash() const { return m_hash; }
    quint64 appliedCount() const { return m_state.appliedCount(); }
    quint64 rejectedCount() const { return m_state.rejectedCount(); }
    int stepsRevision() const { return m_stepsRevision; }

    StepModel *stepModel() { return &m_steps; }
    ParticipantModel *participantModel() { return &m_participants; }
    FileModel *fileModel() { return &m_files; }
    EventLogModel *eventLog() { return &m_log; }
    EventLogFilter *eventLogFilter() { return &m_logFilter; }
    StepContentsModel *stepContents() { return &m_stepContents; }
    const PeopleDirectory &people() const { return m_people; }
    ActivityState &state() { return m_state; }
    ActivityChannel *channel() { return m_channel.get(); }
    ConnectionMirror *connection() { return &m_connection; }
    const ConnectionMirror *connection() const { return &m_connection; }
    CatchUp *catchUp() { return &m_catchUp; }
    const CatchUp *catchUp() const { return &m_catchUp; }

    // Takes messages the state has applied (with details on): the channel's batches, and those
    // of feedText(). Their rows, log lines and popups follow in the next frame.
    void feed(const MessageBatch &batch);
    // Applies NDJSON text (one message a line; blank lines skipped) to the state as the channel
    // would, and feeds the results: a session driven from a file or a fixture, no socket.
    void feedText(QByteArrayView ndjson);
    // Loads a snapshot (the activity's JSON) as the channel's GET would; returns an error text,
    // empty on success (the state is then untouched).
    QString loadSnapshot(QByteArrayView json);
    // For tests: the clock the frames and the counts' rate limit run on (nullptr: the system's).
    void setClock(Clock *clock)
    {
        m_batcher.setClock(clock);
        m_countsLimit.setClock(clock);
    }
    // Applies what arrived so far to the models now (normally done once per frame).
    Q_INVOKABLE void flushNow() { m_batcher.flush(); }
    // The same, only when something waits for the frame (the window's frame pacer, at each tick of
    // its animations: one frame shows both); nothing is emitted when nothing waits.
    void flushPending()
    {
        if (m_batcher.pending())
            m_batcher.flush();
    }

    // Its history, its names and where it keeps each log line (issue #27); before restoreCopy().
    void setJournal(Journal *journal) { JournalFeed::attach(journal, server(), activityId(), m_log, m_people); }

    // The local copy (issue #12). restoreCopy() shows a copy read from disk before the channel
    // opens (false, with the reason in `error`, and nothing changed when it cannot be read);
    // makeCopy() is what to write now. copyChanged() says a new copy is due (at most once a frame).
    bool restoreCopy(const ActivityCopy &copy, QString *error = nullptr);
    ActivityCopy makeCopy() const { return m_dumper.dumpNow(copyHeader()); }
    ActivityCopy copyHeader() const; // a copy but its dump: CopyDumper's dumpLater() makes it off the GUI thread
    CopyDumper *copyDumper() { return &m_dumper; }
    bool showingCopy() const { return m_showingCopy; }
    QDateTime copySavedAt() const { return m_copySavedAt; }
    Avatars present() const { return m_presence.present(); }
    int presentCount() const { return m_presence.count(); }
    QString presentNames() const { return m_presence.names(); }

    static constexpr int kCountsMs = 250;

Q_SIGNALS:
    void activityChanged();
    // appliedCount and rejectedCount: at once for a first change, then at most every kCountsMs
    // while they keep changing, and once more with the final counts (a number rewritten every
    // frame redrew the window's counter 60 times a second under a stream of events, issue #14).
    void countsChanged();
    void stepsRevisionChanged();
    void notificationRequested(const mirage::NotificationRequest &request);
    // The activity list of the server changed (101, 103) or arrived (105).
    void activityListChanged();
    void copyStateChanged();
    void copyChanged();
    void presentChanged();

private:
    void onSnapshot();
    void take(const ReceivedMessage &m);
    void logConnection(const QString &summary, const QString &reason = {}, bool ok = true);
    void scheduleFlush() { m_batcher.schedule(); }
    void onFrame(const FrameBatcher::Frame &frame);
    void updateActivityProperties();
    QString title() const { return m_name.isEmpty() ? m_endpoint.activityId : m_name; }

    ChannelEndpoint m_endpoint;
    ActivityState m_state;
    std::unique_ptr<ActivityChannel> m_channel;
    ConnectionMirror m_connection {m_channel.get()};
    StepModel m_steps;
    ParticipantModel m_participants;
    Presence m_presence {&m_participants, &m_steps}; // who is on which step (StepModel's presentPeople)
    FileModel m_files;
    EventLogModel m_log;
    EventLogFilter m_logFilter;
    StepContentsModel m_stepContents {m_state};
    CatchUp m_catchUp {&m_steps};
    PeopleDirectory m_people;
    EventDescriber m_describer {m_state, m_people, m_steps};
    FrameBatcher m_batcher {m_state, m_steps, m_participants, m_files, m_log};
    TextFeed m_textFeed {m_state}; // feedText()'s reading
    RateLimit m_countsLimit {kCountsMs, [this] { Q_EMIT countsChanged(); }};

    QString m_name, m_description, m_hash;
    bool m_loaded = false, m_legacy = false, m_deleted = false;
    bool m_showingCopy = false, m_copyDue = false;
    bool m_snapshotSeen = false; // a snapshot was loaded before (the next is a resync, in the log)
    QDateTime m_copySavedAt;
    int m_stepsRevision = 0;
    CopyDumper m_dumper {m_state, *m_channel}; // last: destroyed (its job waited for) first
};

} // namespace mirage
