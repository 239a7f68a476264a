#pragma once

#include "sync/activitychannel.h"
#include "protocol/activitystate.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/filemodel.h"
#include "session/notificationrequest.h"
#include "session/participantmodel.h"
#include "session/stepmodel.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <string>
#include <vector>

namespace mirage {

// One open activity: its state, its live channel and the models the window shows. Messages are
// applied as they arrive (by the channel); the models catch up once per frame, so a burst of
// thousands of events costs one round of row signals, not thousands.
class ActivitySession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString activityId READ activityId CONSTANT)
    Q_PROPERTY(QString server READ server CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY activityChanged)
    Q_PROPERTY(QString description READ description NOTIFY activityChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY activityChanged)
    Q_PROPERTY(bool legacyFormat READ legacyFormat NOTIFY activityChanged)
    Q_PROPERTY(bool deleted READ deleted NOTIFY activityChanged)
    Q_PROPERTY(QString hash READ hash NOTIFY activityChanged)
    Q_PROPERTY(quint64 appliedCount READ appliedCount NOTIFY countsChanged)
    Q_PROPERTY(quint64 rejectedCount READ rejectedCount NOTIFY countsChanged)
    Q_PROPERTY(QString connectionState READ connectionState NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionReason READ connectionReason NOTIFY connectionChanged)
    Q_PROPERTY(double nextRetryAt READ nextRetryAt NOTIFY connectionChanged)
    Q_PROPERTY(int retryAttempt READ retryAttempt NOTIFY connectionChanged)
    Q_PROPERTY(bool updatesMayBeMissed READ updatesMayBeMissed NOTIFY connectionChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY connectionChanged)
    Q_PROPERTY(QObject *steps READ steps CONSTANT)
    Q_PROPERTY(QObject *participants READ participants CONSTANT)
    Q_PROPERTY(QObject *files READ files CONSTANT)
    Q_PROPERTY(QObject *log READ log CONSTANT)
    Q_PROPERTY(QObject *logModel READ logModel CONSTANT)
    Q_PROPERTY(int stepsRevision READ stepsRevision NOTIFY stepsRevisionChanged)
public:
    ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, QObject *parent = nullptr);
    // `client`: the server's ServerClient, shared with the app's other requests to that server.
    ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, std::shared_ptr<ServerClient> client,
                    QObject *parent = nullptr);
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
    int stepsRevision() const { return m_stepsRevision; }

    StepModel *stepModel() { return &m_steps; }
    ParticipantModel *participantModel() { return &m_participants; }
    FileModel *fileModel() { return &m_files; }
    EventLogModel *eventLog() { return &m_log; }
    EventLogFilter *eventLogFilter() { return &m_logFilter; }
    QObject *steps() { return &m_steps; }
    QObject *participants() { return &m_participants; }
    QObject *files() { return &m_files; }
    QObject *log() { return &m_logFilter; }
    QObject *logModel() { return &m_log; }
    ActivityState &state() { return m_state; }
    ActivityChannel *channel() { return m_channel.get(); }

    // The selected step's details: name, description, type and its contents, whatever the shape.
    Q_INVOKABLE QVariantMap stepDetails(const QString &stepId);
    // Applies what arrived so far to the models now (normally done once per frame).
    Q_INVOKABLE void flushNow() { flush(); }

Q_SIGNALS:
    void activityChanged();
    void countsChanged();
    void connectionChanged();
    void stepsRevisionChanged();
    void notificationRequested(const mirage::NotificationRequest &request);
    // The activity list of the server changed (101, 103) or arrived (105).
    void activityListChanged();

private:
    void onMessages(const MessageBatch &batch);
    void onSnapshot();
    void take(const ReceivedMessage &m);
    void scheduleFlush();
    void flush();
    void updateActivityProperties();
    void recountContents();
    void queueNotification(NotificationRequest request);
    JsonArray *stepsArray();
    JsonArray *participantsArray();
    JsonArray *filesArray();
    QString participantName(const QString &id);
    EventLogModel::Entry logEntry(const ReceivedMessage &m) const;

    ChannelEndpoint m_endpoint;
    ActivityState m_state;
    std::unique_ptr<ActivityChannel> m_channel;
    StepModel m_steps;
    ParticipantModel m_participants;
    FileModel m_files;
    EventLogModel m_log;
    EventLogFilter m_logFilter;

    // What arrived since the last frame, in order.
    enum class OpKind { Insert, Remove, Change, Reorder, Reload };
    struct Op
    {
        OpKind kind;
        std::string id;
    };
    std::vector<Op> m_stepOps, m_participantOps, m_fileOps;
    bool m_contentsDirty = false;
    bool m_activityDirty = false;
    bool m_listDirty = false;
    std::vector<EventLogModel::Entry> m_pendingLog;
    std::vector<NotificationRequest> m_pendingNotifications;
    QHash<QString, size_t> m_pendingNotificationOf; // key → index in m_pendingNotifications
    QTimer m_frame;

    QString m_name, m_description, m_hash, m_connectionReason;
    bool m_loaded = false, m_legacy = false, m_deleted = false;
    bool m_mayHaveMissed = false, m_refused = false;
    qint64 m_nextRetryAt = 0;
    int m_retryAttempt = 0;
    int m_stepsRevision = 0;
};

} // namespace mirage
