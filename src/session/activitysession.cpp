// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/activitysession.h"

#include "protocol/activitydiff.h"
#include "protocol/activityview.h"
#include "protocol/replaysource.h"

#include "base/logging.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/connectiontext.h"
#include "session/jsontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <utility>

namespace mirage {

namespace {
// The session's own marker in the copy (ActivityCopy::viewed), each key written once.
const QLatin1String kUnreadKey("unread"), kViewedAtKey("viewedAt");
} // namespace

ActivitySession::ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, QObject *parent)
    : ActivitySession(endpoint, settings, nullptr, parent)
{
}

ActivitySession::ActivitySession(
    const ChannelEndpoint &endpoint, const ChannelSettings &settings, std::shared_ptr<ServerClient> client, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_state.setActivityId(endpoint.activityId.toStdString());
    m_state.setCollectDetails(true);
    m_state.setKeepReplaced(true);
    m_state.setMaxMessageBytes(size_t(settings.maxMessageBytes));
    m_channel = std::make_unique<ActivityChannel>(endpoint, settings, &m_state, std::move(client));
    m_logFilter.setSourceModel(&m_log);
    m_files.setPeople(&m_people);
    m_steps.setState(&m_state); // its content text is read from the state when a search asks
    connect(&m_batcher, &FrameBatcher::flushed, this, &ActivitySession::onFrame);
    connect(&m_presence, &Presence::presentChanged, this, &ActivitySession::presentChanged);

    connect(m_channel.get(), &ActivityChannel::messagesApplied, this, &ActivitySession::feed);
    connect(m_channel.get(), &ActivityChannel::snapshotApplied, this, &ActivitySession::onSnapshot);
    connect(m_channel.get(), &ActivityChannel::snapshotFailed, this, [this](const SnapshotFailure &failure) {
        const QString line = ConnectionText::snapshotLogLine(failure);
        qCWarning(lcApp).noquote() << activityId() + QLatin1Char(':') << line;
        m_batcher.log(EventDescriber::connectionEntry(line, QString(), false));
        scheduleFlush();
        if (failure.reason == SnapshotFailure::Reason::HttpError && failure.httpStatus == 401)
            setNeedsToken();
    });
    connect(m_channel.get(), &ActivityChannel::stateChanged, this, [this](ActivityChannel::State s, const ChannelStatus &status) {
        m_connectionReason = ConnectionText::sentence(status);
        logConnection(s);
        if (s == ActivityChannel::State::Open || s == ActivityChannel::State::Closed) {
            m_nextRetryAt = 0;
            if (s == ActivityChannel::State::Open) {
                m_retryAttempt = 0;
                m_wasConnected = true;
            }
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
        m_connectionReason = ConnectionText::sentence(status);
        m_batcher.log(EventDescriber::connectionEntry(EventDescriber::refusedBy(m_connectionReason), QString(), false));
        scheduleFlush();
        m_nextRetryAt = 0;
        Q_EMIT connectionChanged();
        if (status.refusalCode() == 4401 || status.refusalCode() == 401)
            setNeedsToken();
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
    // The early snapshot GET shows the steps while the window is made; with the copy on screen it
    // would only compete with the handshake (a big activity loads slowly on the server).
    if (m_showingCopy)
        m_channel->setPrefetchSnapshot(false);
    m_channel->open();
}

void ActivitySession::setNeedsToken()
{
    if (m_needsToken)
        return;
    m_needsToken = true;
    Q_EMIT connectionChanged();
    Q_EMIT tokenRequired();
}

void ActivitySession::reconnect()
{
    m_refused = false;
    m_needsToken = false;
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

void ActivitySession::feed(const MessageBatch &batch)
{
    for (const ReceivedMessage &m : batch)
        take(m);
    scheduleFlush();
}

void ActivitySession::feedText(QByteArrayView ndjson)
{
    // The same reading and numbering as `replay` (protocol's ReplaySource), then the same path as
    // the channel's frames.
    ReplaySource source(m_state);
    source.setText(std::string_view(ndjson.data(), size_t(ndjson.size())));
    MessageBatch batch;
    ReplaySource::Message r;
    while (source.next(r)) {
        ReceivedMessage m;
        m.seq = ++m_fedSeq;
        m.binary = r.binary;
        if (!r.binary)
            m.text = QByteArray(r.text.data(), qsizetype(r.text.size()));
        m.result = std::move(r.result);
        batch.push_back(std::move(m));
    }
    if (!batch.empty())
        feed(batch);
}

QString ActivitySession::loadSnapshot(QByteArrayView json)
{
    const std::string error = m_state.loadSnapshot(std::string_view(json.data(), size_t(json.size())));
    if (!error.empty())
        return QString::fromStdString(error);
    onSnapshot();
    return {};
}

bool ActivitySession::restoreCopy(const ActivityCopy &copy, QString *error)
{
    const std::string why = m_state.loadDump(std::string_view(copy.stateDump.constData(), size_t(copy.stateDump.size())));
    if (!why.empty()) {
        if (error)
            *error = QString::fromStdString(why);
        return false;
    }
    m_showingCopy = true;
    m_copySavedAt = copy.savedAt.toLocalTime();
    QSet<QString> unread;
    for (const QJsonValue &id : copy.viewed.value(kUnreadKey).toArray()) {
        if (id.isString())
            unread.insert(JsonText::idKey(id.toString().toStdString()));
    }
    m_pendingUnread.clear();
    m_steps.setUnreadSet(std::move(unread));
    m_viewedAt = QDateTime::fromString(copy.viewed.value(kViewedAtKey).toString(), Qt::ISODateWithMs);
    m_batcher.reloadLists(); // the people and files of the copy too, not only its steps
    m_batcher.activityChanged();
    scheduleFlush();
    Q_EMIT copyStateChanged();
    return true;
}

ActivityCopy ActivitySession::makeCopy() const
{
    ActivityCopy copy;
    copy.server = server();
    copy.activityId = activityId();
    const std::string dump = m_state.dumpJson(m_lastDumpBytes); // reserved: no doubling, faulted once
    m_lastDumpBytes = dump.size();
    copy.stateDump = QByteArray(dump.data(), qsizetype(dump.size()));
    copy.savedAt = QDateTime::currentDateTimeUtc();
    QStringList unread(m_steps.unreadSet().cbegin(), m_steps.unreadSet().cend());
    unread.sort(); // the same set writes the same bytes
    copy.viewed.insert(kUnreadKey, QJsonArray::fromStringList(unread));
    const QDateTime viewed = m_looking ? copy.savedAt : m_viewedAt;
    if (viewed.isValid())
        copy.viewed.insert(kViewedAtKey, viewed.toUTC().toString(Qt::ISODateWithMs));
    return copy;
}

void ActivitySession::setUserIsLooking(bool looking)
{
    if (looking == m_looking)
        return;
    m_looking = looking;
    m_viewedAt = QDateTime::currentDateTimeUtc();
    if (looking && m_unread != 0) {
        m_unread = 0;
        Q_EMIT unreadCountChanged();
    }
}

void ActivitySession::onSnapshot()
{
    showDiff();
    if (m_showingCopy) {
        m_showingCopy = false;
        Q_EMIT copyStateChanged();
    }
    m_copyDue = true;
    m_batcher.reloadSteps();
    m_batcher.activityChanged();
    const JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
    m_batcher.log(m_describer.snapshotLoaded(steps ? steps->size() : 0, std::exchange(m_snapshotSeen, true)));
    scheduleFlush();
}

void ActivitySession::showDiff()
{
    // What the copy or the last state was, against the snapshot that replaced it.
    const ActivityDiff diff = ActivityDiff::compute(m_state.takeReplaced(), m_state.activity());
    if (diff.empty())
        return;
    m_changes.show(diff, m_state.activity(), m_state.stepsKey());
    for (const ActivityDiff::RemovedStep &r : diff.removed) {
        const QString key = JsonText::idKey(r.id);
        m_pendingUnread.remove(key);
        m_steps.setUnread(key, false);
    }
    // Marked in the frame that loads the new rows.
    for (const ActivityDiff::AddedStep &a : diff.added)
        m_pendingUnread.insert(JsonText::idKey(a.id));
    for (const ActivityDiff::EditedStep &e : diff.edited)
        m_pendingUnread.insert(JsonText::idKey(e.id));
    for (const ActivityDiff::MovedStep &mv : diff.moved)
        m_pendingUnread.insert(JsonText::idKey(mv.id));
}

void ActivitySession::applyPendingUnread()
{
    if (m_steps.addUnread(std::exchange(m_pendingUnread, {})))
        m_copyDue = true;
}

void ActivitySession::markStepSeen(const QString &id)
{
    const QString key = JsonText::idKey(id.toStdString());
    m_pendingUnread.remove(key);
    if (m_steps.setUnread(key, false)) {
        m_copyDue = true;
        scheduleFlush();
    }
}

void ActivitySession::markAllSeen()
{
    m_pendingUnread.clear();
    if (m_steps.clearUnread()) {
        m_copyDue = true;
        scheduleFlush();
    }
}

void ActivitySession::logConnection(ActivityChannel::State s)
{
    // Only real transitions: an open channel lost, then open again (not every retry's tick).
    if (s == ActivityChannel::State::Open) {
        if (m_lostLogged)
            m_batcher.log(EventDescriber::connectionEntry(EventDescriber::reconnected()));
        m_wasOpen = true;
        m_lostLogged = false;
    } else if (s == ActivityChannel::State::Reconnecting && m_wasOpen && !m_lostLogged) {
        m_batcher.log(EventDescriber::connectionEntry(EventDescriber::connectionLost(), m_connectionReason, false));
        m_lostLogged = true;
    } else if (s == ActivityChannel::State::Closed) {
        m_wasOpen = false;
        m_lostLogged = false;
        return;
    } else {
        return;
    }
    scheduleFlush();
}

void ActivitySession::take(const ReceivedMessage &m)
{
    const ApplyResult &r = m.result;
    QString previousName;
    if (r.applied && (r.changes & ApplyResult::ParticipantsChanged)) {
        previousName = m_people.name(r.subjectId);
        // Who they are at this message; the directory keeps it after they leave. Not from the
        // state: it is the one after the whole read, where someone who joined and left is gone
        // and a later rename already holds (issue #23).
        if (r.subject)
            m_people.rememberUser(r.subjectId, *r.subject);
    }
    m_batcher.log(m_describer.logEntry(m, previousName));
    if (!r.applied)
        return;
    m_copyDue = true;
    if (!m_looking)
        ++m_unreadFrame;
    if (std::optional<NotificationRequest> popup = m_describer.popup(r, title()))
        m_batcher.notify(std::move(*popup));

    if (r.changes & ApplyResult::ActivityReplaced) {
        m_batcher.reloadSteps();
        m_batcher.activityChanged();
    }
    if (r.changes & ApplyResult::ActivityMerged) {
        m_batcher.activityChanged();
        m_batcher.stepDelta(r.steps);
        for (const std::string &id : r.steps.removed) {
            const QString key = JsonText::idKey(id);
            m_pendingUnread.remove(key);
            m_steps.setUnread(key, false);
        }
        if (!m_looking) { // what arrives while the user looks counts as seen
            for (const std::string &id : r.steps.inserted)
                m_pendingUnread.insert(JsonText::idKey(id));
            for (const std::string &id : r.steps.changed)
                m_pendingUnread.insert(JsonText::idKey(id));
        }
        if (std::any_of(r.fields.begin(), r.fields.end(), [](const std::string &f) { return ActivityView::isContentField(f); }))
            m_batcher.contentsChanged();
    }
    if (r.changes & (ApplyResult::ActivityDeleted | ApplyResult::HashChanged))
        m_batcher.activityChanged();
    if (r.changes & ApplyResult::ParticipantsChanged)
        m_batcher.person(r.subjectId, r.subjectRemoved);
    if (r.changes & ApplyResult::FilesChanged)
        m_batcher.file(r.subjectId, r.subjectRemoved);
    if ((r.changes & ApplyResult::ActivityListChanged) || r.id == EventId::ActivityCreated || r.id == EventId::ActivityDeleted)
        m_batcher.listChanged();
}

void ActivitySession::onFrame(const FrameBatcher::Frame &frame)
{
    if (frame.activityChanged)
        updateActivityProperties();
    if (frame.stepsTouched) {
        m_stepContents.refresh();
        ++m_stepsRevision;
        Q_EMIT stepsRevisionChanged();
    }
    m_countsLimit.touch();
    m_presence.publish(); // the people's rows of this frame, on the steps and in the header
    applyPendingUnread();
    if (m_unreadFrame != 0) {
        m_unread += std::exchange(m_unreadFrame, 0);
        Q_EMIT unreadCountChanged();
    }
    if (std::exchange(m_copyDue, false))
        Q_EMIT copyChanged();
    if (frame.listChanged)
        Q_EMIT activityListChanged();
    for (const NotificationRequest &n : frame.notifications)
        Q_EMIT notificationRequested(n);
}

void ActivitySession::updateActivityProperties()
{
    const JsonValue &a = m_state.activity();
    const ActivityView view(&a);
    const QString name = QString::fromUtf8(view.name().data(), qsizetype(view.name().size()));
    const QString description = QString::fromUtf8(view.description().data(), qsizetype(view.description().size()));
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

} // namespace mirage
