// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/activitysession.h"

#include "protocol/activitydiff.h"
#include "protocol/activityview.h"

#include "base/logging.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "sync/connectiontext.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

namespace mirage {

ActivitySession::ActivitySession(const ChannelEndpoint &endpoint, const ChannelSettings &settings, QObject *parent)
    : ActivitySession(endpoint, settings, nullptr, parent)
{
}

ActivitySession::ActivitySession(
    const ChannelEndpoint &endpoint, const ChannelSettings &settings, std::shared_ptr<ServerClient> client, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_channel(std::make_unique<ActivityChannel>(endpoint, settings, &m_state, std::move(client)))
{
    m_state.setActivityId(endpoint.activityId.toStdString());
    m_state.setCollectDetails(true);
    m_state.setKeepReplaced(true);
    m_channel->loader().setKeepReplaced(true);
    // Issue #26: a snapshot's step rows and content counts are read on the worker beside its parse.
    m_channel->loader().setPrepare(&FrameBatcher::prepare, [this](std::shared_ptr<void> p) { m_batcher.offerSteps(std::move(p)); });
    connect(&m_channel->loader(), &SnapshotLoader::loaded, &m_batcher, &FrameBatcher::dropOffer); // after onSnapshot: taken, or stale
    m_state.setMaxMessageBytes(size_t(settings.maxMessageBytes));
    m_logFilter.setSourceModel(&m_log);
    m_files.setPeople(&m_people);
    m_steps.setState(&m_state); // its content text is read from the state when a search asks
    connect(&m_batcher, &FrameBatcher::flushed, this, &ActivitySession::onFrame);
    connect(&m_presence, &Presence::presentChanged, this, &ActivitySession::presentChanged);
    connect(&m_catchUp, &CatchUp::seen, this, [this] {
        m_copyDue = true;
        scheduleFlush();
    });

    connect(m_channel.get(), &ActivityChannel::messagesApplied, this, &ActivitySession::feed);
    connect(m_channel.get(), &ActivityChannel::snapshotApplied, this, &ActivitySession::onSnapshot);
    connect(m_channel.get(), &ActivityChannel::snapshotFailed, this, [this](const SnapshotFailure &failure) {
        const QString line = ConnectionText::snapshotLogLine(failure);
        qCWarning(lcApp).noquote() << activityId() + QLatin1Char(':') << line;
        logConnection(line, QString(), false);
    });
    // The log's connection lines: only real transitions, as the mirror tells them.
    connect(&m_connection, &ConnectionMirror::lost, this,
        [this](const QString &reason) { logConnection(EventDescriber::connectionLost(), reason, false); });
    connect(&m_connection, &ConnectionMirror::reconnected, this, [this] { logConnection(EventDescriber::reconnected()); });
    connect(m_channel.get(), &ActivityChannel::redirected, this,
        [this](const QString &from, const QString &to) { logConnection(ConnectionText::redirect(from, to), QString(), true); });
    connect(&m_connection, &ConnectionMirror::refused, this,
        [this](const QString &reason) { logConnection(EventDescriber::refusedBy(reason), QString(), false); });
}

ActivitySession::~ActivitySession()
{
    m_dumper.waitIdle(); // the channel resumed, what it held applied
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

QString ActivitySession::server() const
{
    return m_endpoint.httpBase.toString();
}

void ActivitySession::logConnection(const QString &summary, const QString &reason, bool ok)
{
    m_batcher.log(EventDescriber::connectionEntry(summary, reason, ok));
    scheduleFlush();
}

void ActivitySession::feed(const MessageBatch &batch)
{
    for (const ReceivedMessage &m : batch)
        take(m);
    scheduleFlush();
}

void ActivitySession::feedText(QByteArrayView ndjson)
{
    m_dumper.waitIdle(); // no dump reads the state while it changes
    const MessageBatch batch = m_textFeed.apply(ndjson); // then the same path as the channel's frames
    if (!batch.empty())
        feed(batch);
}

QString ActivitySession::loadSnapshot(QByteArrayView json)
{
    m_dumper.waitIdle(); // no dump reads the state while it changes
    const std::string error = m_state.loadSnapshot(std::string_view(json.data(), size_t(json.size())));
    if (!error.empty())
        return QString::fromStdString(error);
    onSnapshot();
    return {};
}

bool ActivitySession::restoreCopy(const ActivityCopy &copy, QString *error)
{
    m_dumper.waitIdle(); // no dump reads the state while it changes
    const std::string why = m_state.loadDump(std::string_view(copy.stateDump.constData(), size_t(copy.stateDump.size())));
    if (!why.empty()) {
        if (error)
            *error = QString::fromStdString(why);
        return false;
    }
    m_showingCopy = true;
    m_copySavedAt = copy.savedAt.toLocalTime();
    m_people.rememberCopy(m_state.participants(), m_state.files()); // named, also when a message gives an id only
    m_catchUp.restore(copy.viewed);
    m_batcher.reloadLists(); // the people and files of the copy too, not only its steps
    m_batcher.activityChanged();
    scheduleFlush();
    Q_EMIT copyStateChanged();
    return true;
}

ActivityCopy ActivitySession::copyHeader() const
{
    ActivityCopy copy;
    copy.server = server();
    copy.activityId = activityId();
    copy.savedAt = QDateTime::currentDateTimeUtc();
    copy.viewed = m_catchUp.viewed(copy.savedAt);
    return copy;
}

void ActivitySession::onSnapshot()
{
    // What the copy or the last state was, against the snapshot that replaced it (issue #26: on the
    // worker when the channel set it).
    m_dumper.diffReplaced([this](const ActivityDiff &diff) {
        m_catchUp.snapshotReplaced(diff, m_state.activity(), m_state.stepsKey());
        if (JournalFeed *feed = m_log.feed()) // the catch-up is history too (issue #27)
            feed->keepEntries(ChangesModel::journalEntries(diff, m_state.activity(), m_state.stepsKey()));
        m_copyDue = true;
        scheduleFlush();
    });
    if (m_showingCopy) {
        m_showingCopy = false;
        Q_EMIT copyStateChanged();
    }
    m_copyDue = true;
    m_batcher.reloadOfferedSteps(); // from the rows read on the worker, when the channel set it
    m_batcher.activityChanged();
    const JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
    m_batcher.log(m_describer.snapshotLoaded(steps ? steps->size() : 0, std::exchange(m_snapshotSeen, true)));
    scheduleFlush();
}

void ActivitySession::take(const ReceivedMessage &m)
{
    const ApplyResult &r = m.result;
    const QString previousName = m_people.take(r); // who the person or file is at this message; a name before it
    EventLogModel::Entry line = m_describer.logEntry(m, previousName);
    line.message = m.binary ? QByteArray() : m.text; // for the journal: handed over with the frame's lines
    m_batcher.log(std::move(line));
    if (!r.applied)
        return;
    m_copyDue = true;
    m_catchUp.applied();
    if (std::optional<NotificationRequest> popup = m_describer.popup(r, title()))
        m_batcher.notify(std::move(*popup));

    if (r.changes & ApplyResult::ActivityReplaced) {
        m_batcher.reloadSteps();
        m_batcher.activityChanged();
    }
    if (r.changes & ApplyResult::ActivityMerged) {
        m_batcher.activityChanged();
        m_batcher.stepDelta(r.steps);
        m_catchUp.stepsChanged(r.steps.inserted, r.steps.changed, r.steps.removed);
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
    if (m_catchUp.frame())
        m_copyDue = true;
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
