#include "session/activitysession.h"

#include "protocol/logging.h"
#include "protocol/jsonarray.h"
#include "session/connectiontext.h"
#include "session/jsontext.h"
#include "protocol/jsonvalue.h"

#include <QDateTime>
#include <QVariantList>
#include <algorithm>

namespace mirage {

namespace {
constexpr int kFrameMs = 16; // models catch up at most once per frame

QString categoryOf(const ApplyResult &r)
{
    if (!r.hasId)
        return QStringLiteral("other");
    switch (r.category()) {
    case EventCategory::Activity:
        return QStringLiteral("activity");
    case EventCategory::User:
        return QStringLiteral("people");
    case EventCategory::Notification:
        return QStringLiteral("alerts");
    case EventCategory::File:
        return QStringLiteral("files");
    case EventCategory::Future:
        break;
    }
    return QStringLiteral("other");
}

QString plural(size_t n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// The array at `v` when it is one. findById builds its index lazily; it changes no element.
JsonArray *arrayOf(const JsonValue *v)
{
    return v && v->isArray() ? &const_cast<JsonValue *>(v)->asArray() : nullptr;
}

QVariantMap contentEntry(const JsonValue &c)
{
    const JsonValue *data = c.find("contentData");
    QString label = JsonText::firstField(&c, {"name", "title"});
    if (label.isEmpty())
        label = JsonText::firstField(data, {"name", "title", "fileName"});
    if (label.isEmpty())
        label = JsonText::field(&c, "id");
    QString detail = JsonText::firstField(data, {"text", "url", "imageUrl", "fileName"});
    if (detail.isEmpty())
        detail = JsonText::firstField(&c, {"text", "url", "option", "description"});
    return {{QStringLiteral("type"), JsonText::firstField(&c, {"type", "predicate"})},
            {QStringLiteral("label"), label},
            {QStringLiteral("detail"), detail}};
}
} // namespace

ActivitySession::ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, QObject *parent)
    : ActivitySession(endpoint, settings, nullptr, parent)
{
}

ActivitySession::ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings,
                                 std::shared_ptr<ServerClient> client, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{
    m_state.setActivityId(endpoint.activityId.toStdString());
    m_state.setCollectDetails(true);
    m_state.setMaxMessageBytes(size_t(settings.maxMessageBytes));
    m_channel = std::make_unique<ActivityChannel>(endpoint, settings, &m_state, std::move(client));
    m_logFilter.setSourceModel(&m_log);
    m_files.setNameLookup([this](const QString &id) { return participantName(id); });

    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ActivitySession::flush);

    connect(m_channel.get(), &ActivityChannel::messagesApplied, this, &ActivitySession::onMessages);
    connect(m_channel.get(), &ActivityChannel::snapshotApplied, this, &ActivitySession::onSnapshot);
    connect(m_channel.get(), &ActivityChannel::snapshotFailed, this, [this](const SnapshotFailure &failure) {
        m_pendingLog.push_back({0, QDateTime::currentDateTime(), 0, QStringLiteral("snapshot"), QStringLiteral("activity"), false,
                                ConnectionText::snapshotLogLine(failure)});
        scheduleFlush();
    });
    connect(m_channel.get(), &ActivityChannel::stateChanged, this, [this](ActivityChannel::State s, const ChannelStatus &status) {
        m_connectionReason = ConnectionText::status(status);
        if (s == ActivityChannel::State::Open || s == ActivityChannel::State::Closed) {
            m_nextRetryAt = 0;
            if (s == ActivityChannel::State::Open)
                m_retryAttempt = 0;
        }
        Q_EMIT connectionChanged();
    });
    connect(m_channel.get(), &ActivityChannel::retryScheduled, this, [this](int attempt, int delayMs) {
        m_retryAttempt = attempt;
        m_nextRetryAt = QDateTime::currentMSecsSinceEpoch() + delayMs;
        Q_EMIT connectionChanged();
    });
    connect(m_channel.get(), &ActivityChannel::refused, this, [this](const ChannelStatus &status) {
        m_refused = true;
        m_connectionReason = ConnectionText::status(status);
        m_nextRetryAt = 0;
        Q_EMIT connectionChanged();
    });
    connect(m_channel.get(), &ActivityChannel::updatesMayBeMissedChanged, this, [this](bool missed) {
        m_mayHaveMissed = missed;
        Q_EMIT connectionChanged();
    });
}

ActivitySession::~ActivitySession()
{
    m_channel->close();
}

void ActivitySession::start()
{
    m_channel->open();
}

void ActivitySession::reconnect()
{
    m_refused = false;
    m_channel->close();
    m_channel->open();
}

QString ActivitySession::server() const
{
    return m_endpoint.httpBase.toString();
}

QString ActivitySession::connectionState() const
{
    switch (m_channel->state()) {
    case ActivityChannel::State::Idle:
        return QStringLiteral("idle");
    case ActivityChannel::State::Connecting:
        return QStringLiteral("connecting");
    case ActivityChannel::State::Open:
        return QStringLiteral("open");
    case ActivityChannel::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case ActivityChannel::State::Closed:
        return m_refused ? QStringLiteral("refused") : QStringLiteral("closed");
    }
    return {};
}

JsonArray *ActivitySession::stepsArray()
{
    return arrayOf(m_state.activity().find(m_state.stepsKey()));
}

JsonArray *ActivitySession::participantsArray()
{
    return arrayOf(&m_state.participants());
}

JsonArray *ActivitySession::filesArray()
{
    return arrayOf(&m_state.files());
}

QString ActivitySession::participantName(const QString &id)
{
    JsonArray *people = participantsArray();
    if (!people || id.isEmpty())
        return {};
    const uint32_t slot = people->findById(id.toStdString());
    return slot == JsonArray::npos ? QString() : ParticipantModel::displayName(people->slot(slot));
}

void ActivitySession::onSnapshot()
{
    m_stepOps.assign(1, Op{OpKind::Reload, {}});
    m_contentsDirty = true;
    m_activityDirty = true;
    const JsonArray *steps = stepsArray();
    m_pendingLog.push_back({0, QDateTime::currentDateTime(), 0, QStringLiteral("snapshot"), QStringLiteral("activity"), true,
                            QStringLiteral("activity loaded from the server (%1)").arg(plural(steps ? steps->size() : 0, "step", "steps"))});
    scheduleFlush();
}

void ActivitySession::onMessages(const MessageBatch &batch)
{
    for (const ReceivedMessage &m : batch)
        take(m);
    scheduleFlush();
}

EventLogModel::Entry ActivitySession::logEntry(const ReceivedMessage &m) const
{
    const ApplyResult &r = m.result;
    EventLogModel::Entry e;
    e.seq = m.seq;
    e.time = QDateTime::currentDateTime();
    e.eventId = r.hasId ? int(r.id) : 0;
    e.name = r.hasId ? QString::fromLatin1(r.name().data(), qsizetype(r.name().size())) : QStringLiteral("unreadable");
    e.category = categoryOf(r);
    e.applied = r.applied;
    if (!r.applied) {
        e.summary = QString::fromStdString(r.error);
        return e;
    }
    QStringList what;
    if (r.changes & ApplyResult::ActivityReplaced)
        what << QStringLiteral("activity replaced");
    if (r.changes & ApplyResult::ActivityMerged) {
        QStringList fields;
        for (const std::string &f : r.fields)
            fields << QString::fromStdString(f);
        fields.removeDuplicates();
        what << (fields.isEmpty() ? QStringLiteral("nothing changed") : QStringLiteral("changed %1").arg(fields.join(QStringLiteral(", "))));
        const ArrayDelta &d = r.steps;
        QStringList steps;
        if (d.replaced)
            steps << QStringLiteral("replaced");
        if (!d.changed.empty())
            steps << QStringLiteral("%1 changed").arg(d.changed.size());
        if (!d.inserted.empty())
            steps << QStringLiteral("%1 added").arg(d.inserted.size());
        if (!d.removed.empty())
            steps << QStringLiteral("%1 removed").arg(d.removed.size());
        if (d.reordered)
            steps << QStringLiteral("reordered");
        if (!steps.isEmpty())
            what << QStringLiteral("steps: %1").arg(steps.join(QStringLiteral(", ")));
    }
    if (r.changes & ApplyResult::ActivityDeleted)
        what << QStringLiteral("activity deleted");
    if (r.changes & ApplyResult::HashChanged)
        what << QStringLiteral("hash %1").arg(QString::fromStdString(m_state.hash()));
    if (r.changes & (ApplyResult::ParticipantsChanged | ApplyResult::FilesChanged))
        what << QStringLiteral("%1 %2").arg(r.changes & ApplyResult::FilesChanged ? QStringLiteral("file") : QStringLiteral("person"),
                                             QString::fromStdString(r.subjectId))
             << (r.subjectRemoved ? QStringLiteral("removed") : QStringLiteral("updated"));
    if (r.changes & ApplyResult::ActivityListChanged)
        what << QStringLiteral("activity list refreshed");
    if (r.changes & ApplyResult::Notification)
        what << QString::fromStdString(r.title.empty() ? r.message : r.title);
    if (what.isEmpty())
        what << QStringLiteral("no change");
    e.summary = what.join(QLatin1Char(' '));
    return e;
}

void ActivitySession::take(const ReceivedMessage &m)
{
    m_pendingLog.push_back(logEntry(m));
    const ApplyResult &r = m.result;
    if (!r.applied)
        return;

    if (r.changes & ApplyResult::ActivityReplaced) {
        m_stepOps.assign(1, Op{OpKind::Reload, {}});
        m_contentsDirty = true;
        m_activityDirty = true;
    }
    if (r.changes & ApplyResult::ActivityMerged) {
        m_activityDirty = true;
        const ArrayDelta &d = r.steps;
        if (d.replaced) {
            m_stepOps.assign(1, Op{OpKind::Reload, {}});
        } else {
            for (const std::string &id : d.removed)
                m_stepOps.push_back({OpKind::Remove, id});
            for (const std::string &id : d.inserted)
                m_stepOps.push_back({OpKind::Insert, id});
            for (const std::string &id : d.changed)
                m_stepOps.push_back({OpKind::Change, id});
            if (d.reordered)
                m_stepOps.push_back({OpKind::Reorder, {}});
        }
        if (std::find(r.fields.begin(), r.fields.end(), "content") != r.fields.end())
            m_contentsDirty = true;
    }
    if (r.changes & (ApplyResult::ActivityDeleted | ApplyResult::HashChanged))
        m_activityDirty = true;

    const QString subject = QString::fromStdString(r.subjectId);
    if (r.changes & ApplyResult::ParticipantsChanged) {
        // The name as the window shows it now: a person who left is no longer in the state.
        QString who;
        if (r.subjectRemoved) {
            const int row = m_participants.rowOf(subject);
            who = row >= 0 ? m_participants.index(row).data(ParticipantModel::NameRole).toString() : QString();
        } else {
            who = participantName(subject);
        }
        if (who.isEmpty())
            who = subject;
        m_participantOps.push_back({r.subjectRemoved ? OpKind::Remove : OpKind::Insert, r.subjectId});
        if (r.id == EventId::UserJoined || r.id == EventId::UserLeft) {
            const bool joined = r.id == EventId::UserJoined;
            queueNotification({NotificationRequest::People, QStringLiteral("person:") + JsonText::idKey(r.subjectId),
                               joined ? QStringLiteral("%1 joined").arg(who) : QStringLiteral("%1 left").arg(who),
                               QStringLiteral("%1 the activity “%2”.").arg(joined ? QStringLiteral("Joined") : QStringLiteral("Left"),
                                                                               m_name.isEmpty() ? m_endpoint.activityId : m_name),
                               NotificationRequest::Normal, QStringLiteral("people"), joined ? JsonText::idKey(r.subjectId) : QString()});
        }
    }
    if (r.changes & ApplyResult::FilesChanged) {
        QString fileName;
        QString detail;
        if (r.subjectRemoved) {
            const int row = m_files.rowOf(subject);
            fileName = row >= 0 ? m_files.index(row).data(FileModel::NameRole).toString() : QString();
        } else if (JsonArray *files = filesArray()) {
            const uint32_t slot = files->findById(r.subjectId);
            if (slot != JsonArray::npos) {
                const JsonValue &f = files->slot(slot);
                fileName = JsonText::firstField(&f, {"name", "filename"});
                const JsonValue *size = f.find("size");
                if (size && size->isNumber())
                    detail = JsonText::humanSize(size->toDouble());
                QString by = JsonText::field(&f, "uploaded_by");
                if (const QString known = participantName(by); !known.isEmpty())
                    by = known;
                if (!by.isEmpty())
                    detail = detail.isEmpty() ? QStringLiteral("by %1").arg(by) : QStringLiteral("%1, by %2").arg(detail, by);
            }
        }
        if (fileName.isEmpty())
            fileName = subject;
        m_fileOps.push_back({r.subjectRemoved ? OpKind::Remove : OpKind::Insert, r.subjectId});
        if (r.id == EventId::FileUploaded || r.id == EventId::FileDeleted) {
            const bool uploaded = r.id == EventId::FileUploaded;
            queueNotification({NotificationRequest::Files, QStringLiteral("file:") + JsonText::idKey(r.subjectId),
                               uploaded ? QStringLiteral("File uploaded: %1").arg(fileName) : QStringLiteral("File deleted: %1").arg(fileName),
                               detail.isEmpty() ? (m_name.isEmpty() ? m_endpoint.activityId : m_name) : detail,
                               NotificationRequest::Normal, QStringLiteral("files"), uploaded ? JsonText::idKey(r.subjectId) : QString()});
        }
    }
    if (r.changes & ApplyResult::Notification) {
        const bool alert = r.id == EventId::SystemAlert;
        const QString level = QString::fromStdString(r.level).toLower();
        NotificationRequest::Urgency urgency = NotificationRequest::Normal;
        if (level == QLatin1String("critical") || level == QLatin1String("error"))
            urgency = NotificationRequest::Critical;
        else if (level == QLatin1String("debug") || level == QLatin1String("low"))
            urgency = NotificationRequest::Low;
        QString title = QString::fromStdString(r.title);
        if (title.isEmpty())
            title = alert ? QStringLiteral("System alert") : QStringLiteral("Notification");
        queueNotification({alert ? NotificationRequest::Alerts : NotificationRequest::Messages,
                           (alert ? QStringLiteral("alert:") : QStringLiteral("message:")) + title, title,
                           QString::fromStdString(r.message), urgency, QStringLiteral("log"), QString()});
    }
    if ((r.changes & ApplyResult::ActivityListChanged) || r.id == EventId::ActivityCreated || r.id == EventId::ActivityDeleted)
        m_listDirty = true;
}

void ActivitySession::queueNotification(NotificationRequest request)
{
    // One popup per key per frame: the newest replaces what this frame had for that key.
    const auto it = m_pendingNotificationOf.constFind(request.key);
    if (it != m_pendingNotificationOf.cend()) {
        m_pendingNotifications[*it] = std::move(request);
        return;
    }
    m_pendingNotificationOf.insert(request.key, m_pendingNotifications.size());
    m_pendingNotifications.push_back(std::move(request));
}

void ActivitySession::scheduleFlush()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void ActivitySession::recountContents()
{
    QHash<QString, int> counts;
    if (const JsonValue *content = m_state.activity().find("content"); content && content->isArray()) {
        for (const JsonValue &c : content->asArray().items()) {
            const JsonValue *steps = c.find("steps");
            if (!steps || !steps->isArray())
                continue;
            for (const JsonValue &s : steps->asArray().items()) {
                if (s.isString())
                    ++counts[JsonText::idKey(s.stringView())];
            }
        }
    }
    m_steps.setContentCounts(std::move(counts));
}

void ActivitySession::flush()
{
    m_frame.stop();
    const bool stepsTouched = !m_stepOps.empty() || m_contentsDirty;
    if (m_contentsDirty)
        recountContents();

    // Steps: only what follows the last reload matters.
    size_t first = 0;
    for (size_t i = 0; i < m_stepOps.size(); ++i) {
        if (m_stepOps[i].kind == OpKind::Reload)
            first = i;
    }
    bool reloaded = false;
    JsonArray *steps = stepsArray();
    for (size_t i = first; i < m_stepOps.size(); ++i) {
        const Op &op = m_stepOps[i];
        switch (op.kind) {
        case OpKind::Reload:
            m_steps.reload(steps);
            reloaded = true;
            break;
        case OpKind::Insert:
            m_steps.insertOrRefresh(steps, op.id, true);
            break;
        case OpKind::Remove:
            m_steps.remove(op.id);
            break;
        case OpKind::Change:
            m_steps.markChanged(op.id, true);
            break;
        case OpKind::Reorder:
            m_steps.followOrder(steps);
            break;
        }
    }
    m_stepOps.clear();
    if (m_contentsDirty && !reloaded)
        m_steps.refreshAll(steps);
    m_contentsDirty = false;
    m_steps.flush(steps);

    const bool peopleTouched = !m_participantOps.empty();
    JsonArray *people = participantsArray();
    for (const Op &op : m_participantOps) {
        if (op.kind == OpKind::Remove)
            m_participants.remove(op.id);
        else
            m_participants.insertOrRefresh(people, op.id, true);
    }
    m_participantOps.clear();
    m_participants.flush(people);

    JsonArray *files = filesArray();
    for (const Op &op : m_fileOps) {
        if (op.kind == OpKind::Remove)
            m_files.remove(op.id);
        else
            m_files.insertOrRefresh(files, op.id, true);
    }
    m_fileOps.clear();
    if (peopleTouched)
        m_files.refreshAll(files); // uploaders' names may be known now
    m_files.flush(files);

    if (!m_pendingLog.empty())
        m_log.append(std::exchange(m_pendingLog, {}));
    if (m_activityDirty) {
        m_activityDirty = false;
        updateActivityProperties();
    }
    if (stepsTouched) {
        ++m_stepsRevision;
        Q_EMIT stepsRevisionChanged();
    }
    Q_EMIT countsChanged();
    if (std::exchange(m_listDirty, false))
        Q_EMIT activityListChanged();
    m_pendingNotificationOf.clear();
    for (const NotificationRequest &n : std::exchange(m_pendingNotifications, {}))
        Q_EMIT notificationRequested(n);
}

void ActivitySession::updateActivityProperties()
{
    const JsonValue &a = m_state.activity();
    const QString name = JsonText::firstField(&a, {"name", "title"});
    const QString description = JsonText::field(&a, "description");
    const bool legacy = m_state.stepsKey() == "actions";
    const QString hash = m_state.hasHash() ? QString::fromStdString(m_state.hash()) : QString();
    const bool loaded = a.isObject();
    if (name != m_name || description != m_description || legacy != m_legacy || hash != m_hash || loaded != m_loaded
        || m_state.deleted() != m_deleted) {
        m_name = name;
        m_description = description;
        m_legacy = legacy;
        m_hash = hash;
        m_loaded = loaded;
        m_deleted = m_state.deleted();
        Q_EMIT activityChanged();
    }
}

QVariantMap ActivitySession::stepDetails(const QString &stepId)
{
    JsonArray *steps = stepsArray();
    if (!steps || stepId.isEmpty())
        return {};
    const uint32_t slot = steps->findById(stepId.toStdString());
    if (slot == JsonArray::npos)
        return {};
    const JsonValue &step = steps->slot(slot);
    QVariantList contents;
    if (const JsonValue *own = step.find("contents"); own && own->isArray()) {
        for (const JsonValue &c : own->asArray().items())
            if (c.isObject())
                contents << contentEntry(c);
    }
    if (const JsonValue *activates = JsonText::at(&step, {"enter", "activates"}); activates && activates->isArray()) {
        for (const JsonValue &c : activates->asArray().items())
            if (c.isObject())
                contents << contentEntry(c);
    }
    if (const JsonValue *content = m_state.activity().find("content"); content && content->isArray()) {
        const std::string id = stepId.toStdString();
        for (const JsonValue &c : content->asArray().items()) {
            const JsonValue *on = c.find("steps");
            if (!on || !on->isArray())
                continue;
            for (const JsonValue &s : on->asArray().items()) {
                if (s.isString() && sameId(s.stringView(), id)) {
                    contents << contentEntry(c);
                    break;
                }
            }
        }
    }
    return {{QStringLiteral("id"), stepId},
            {QStringLiteral("name"), StepModel::stepName(step)},
            {QStringLiteral("description"), StepModel::stepDescription(step)},
            {QStringLiteral("type"), JsonText::field(&step, "type")},
            {QStringLiteral("contents"), contents},
            {QStringLiteral("json"), QString::fromStdString(step.toJson())}};
}

} // namespace mirage
