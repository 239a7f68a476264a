// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitystate.h"
#include "session/changesmodel.h"
#include "session/eventdescriber.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/filemodel.h"
#include "session/framebatcher.h"
#include "session/notificationrequest.h"
#include "session/participantmodel.h"
#include "session/peopledirectory.h"
#include "session/presence.h"
#include "session/ratelimit.h"
#include "session/stepcontentsmodel.h"
#include "session/stepmodel.h"
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
    Q_PROPERTY(QString connectionState READ connectionState NOTIFY connectionChanged FINAL)
    Q_PROPERTY(QString connectionReason READ connectionReason NOTIFY connectionChanged FINAL)
    Q_PROPERTY(double nextRetryAt READ nextRetryAt NOTIFY connectionChanged FINAL)
    Q_PROPERTY(int retryAttempt READ retryAttempt NOTIFY connectionChanged FINAL)
    Q_PROPERTY(bool updatesMayBeMissed READ updatesMayBeMissed NOTIFY connectionChanged FINAL)
    Q_PROPERTY(bool refused READ refused NOTIFY connectionChanged FINAL)
    // The channel was open at some time in this run (the banner says "Connection lost" only then).
    Q_PROPERTY(bool wasConnected READ wasConnected NOTIFY connectionChanged FINAL)
    // The server wants a (valid) token: it closed with 4401 or answered 401. Cleared by reconnect().
    Q_PROPERTY(bool needsToken READ needsToken NOTIFY connectionChanged FINAL)
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
    // Changes applied while the user was not looking at this activity (the sidebar's count).
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged FINAL)
    // What changed between the copy (or the state before a reconnect) and the snapshot that replaced it.
    Q_PROPERTY(mirage::ChangesModel *changes READ changes CONSTANT FINAL)
    // Who is here now (issue #13): the avatars (Presence::avatar) of the first Presence::kShown
    // in the order they joined, and how many are here (issue #23: a crowd shows "+N").
    Q_PROPERTY(QVariantList present READ present NOTIFY presentChanged FINAL)
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
    Q_INVOKABLE void reconnect();

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
    QString connectionState() const;
    QString connectionReason() const { return m_connectionReason; }
    double nextRetryAt() const { return double(m_nextRetryAt); }
    int retryAttempt() const { return m_retryAttempt; }
    bool updatesMayBeMissed() const { return m_mayHaveMissed; }
    bool refused() const { return m_refused; }
    bool wasConnected() const { return m_wasConnected; }
    bool needsToken() const { return m_needsToken; }
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

    // The local copy (issue #12). restoreCopy() shows a copy read from disk before the channel
    // opens (false, with the reason in `error`, and nothing changed when it cannot be read);
    // makeCopy() is what to write now. copyChanged() says a new copy is due (at most once a frame).
    bool restoreCopy(const ActivityCopy &copy, QString *error = nullptr);
    ActivityCopy makeCopy() const;
    bool showingCopy() const { return m_showingCopy; }
    QDateTime copySavedAt() const { return m_copySavedAt; }
    // Whether the user is looking at this activity now (selected, window active): what arrives
    // then counts as seen.
    void setUserIsLooking(bool looking);
    bool userIsLooking() const { return m_looking; }
    int unreadCount() const { return m_unread; }
    ChangesModel *changes() { return &m_changes; }
    QVariantList present() const { return m_presence.present(); }
    int presentCount() const { return m_presence.count(); }
    QString presentNames() const { return m_presence.names(); }
    // The steps' unread markers (StepModel's `unread` role): the added, edited and moved steps of a
    // snapshot's diff, and the steps changed live while the user was not looking. The views call
    // markStepSeen() when a step is selected; both are kept in the copy (ActivityCopy::viewed).
    Q_INVOKABLE void markStepSeen(const QString &id);
    Q_INVOKABLE void markAllSeen();

    static constexpr int kCountsMs = 250;

Q_SIGNALS:
    void activityChanged();
    // appliedCount and rejectedCount: at once for a first change, then at most every kCountsMs
    // while they keep changing, and once more with the final counts (a number rewritten every
    // frame redrew the window's counter 60 times a second under a stream of events, issue #14).
    void countsChanged();
    void connectionChanged();
    void stepsRevisionChanged();
    void notificationRequested(const mirage::NotificationRequest &request);
    // The activity list of the server changed (101, 103) or arrived (105).
    void activityListChanged();
    void copyStateChanged();
    void unreadCountChanged();
    void copyChanged();
    // needsToken became true: the window asks for the server's token (or finds it in the vault).
    void tokenRequired();
    void presentChanged();

private:
    void setNeedsToken();
    void onSnapshot();
    void take(const ReceivedMessage &m);
    void logConnection(ActivityChannel::State s);
    void scheduleFlush() { m_batcher.schedule(); }
    void onFrame(const FrameBatcher::Frame &frame);
    void updateActivityProperties();
    void showDiff();
    void applyPendingUnread();
    QString title() const { return m_name.isEmpty() ? m_endpoint.activityId : m_name; }

    ChannelEndpoint m_endpoint;
    ActivityState m_state;
    std::unique_ptr<ActivityChannel> m_channel;
    StepModel m_steps;
    ParticipantModel m_participants;
    Presence m_presence {&m_participants, &m_steps}; // who is on which step (StepModel's presentPeople)
    FileModel m_files;
    EventLogModel m_log;
    EventLogFilter m_logFilter;
    StepContentsModel m_stepContents {m_state};
    ChangesModel m_changes;
    PeopleDirectory m_people;
    EventDescriber m_describer {m_state, m_people, m_steps};
    FrameBatcher m_batcher {m_state, m_steps, m_participants, m_files, m_log};
    quint64 m_fedSeq = 0; // sequence numbers of messages given to feedText()
    RateLimit m_countsLimit {kCountsMs, [this] { Q_EMIT countsChanged(); }};

    QString m_name, m_description, m_hash, m_connectionReason;
    bool m_loaded = false, m_legacy = false, m_deleted = false;
    bool m_mayHaveMissed = false, m_refused = false, m_needsToken = false, m_wasConnected = false;
    bool m_showingCopy = false, m_looking = false, m_copyDue = false;
    // For the log's connection lines: a snapshot was loaded before (the next is a resync); the
    // channel was open; "Connection lost" was logged and "Reconnected" not yet.
    bool m_snapshotSeen = false, m_wasOpen = false, m_lostLogged = false;
    QDateTime m_copySavedAt;
    QDateTime m_viewedAt; // when the user last looked (UTC); kept in the copy
    mutable size_t m_lastDumpBytes = 0; // makeCopy() reserves this much for the next dump
    QSet<QString> m_pendingUnread; // steps changed live while not looking, marked in the next frame
    int m_unread = 0, m_unreadFrame = 0; // m_unreadFrame: unread changes not yet counted in a frame
    qint64 m_nextRetryAt = 0;
    int m_retryAttempt = 0;
    int m_stepsRevision = 0;
};

} // namespace mirage
