// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/snapshotloader.h"

#include "protocol/activitystate.h"

namespace mirage {

SnapshotLoader::SnapshotLoader(ActivityState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_maxMessageBytes(ActivityState::kDefaultMaxMessageBytes)
{
}

void SnapshotLoader::load(QByteArray body)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_waiting.reset();
    m_waitingPrepared.reset();
    const size_t maxMessageBytes = m_maxMessageBytes;
    // Summarised for "since you last looked" only when there is something to compare it with: a
    // first load (nothing shown yet) is not held up by a pass over its whole tree.
    const JsonValue &shown = m_state->activity();
    const bool summarise = m_keepReplaced && shown.isObject() && !shown.asObject().empty();
    auto text = BackgroundWork::hold(std::move(body));
    m_work.run([this, text, generation, maxMessageBytes, summarise, prepare = m_prepare]() -> BackgroundWork::Continuation {
        const bool padded = text->capacity() - text->size() >= qsizetype(ActivityState::kReadPadding);
        auto parsed = BackgroundWork::hold(
            ParsedSnapshot::parse(std::string_view(text->constData(), size_t(text->size())), padded, maxMessageBytes, summarise));
        *text = QByteArray(); // freed here
        std::shared_ptr<void> prepared = prepare && parsed->error.empty() ? prepare(parsed->activity) : nullptr;
        return [this, parsed, prepared, generation] {
            if (generation == m_generation)
                finish(std::move(*parsed), prepared);
        };
    });
}

void SnapshotLoader::cancel()
{
    ++m_generation;
    m_busy = false;
    m_waiting.reset();
    m_waitingPrepared.reset();
}

void SnapshotLoader::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_waiting) {
        ParsedSnapshot parsed = std::move(*m_waiting);
        m_waiting.reset();
        finish(std::move(parsed), std::exchange(m_waitingPrepared, nullptr));
    }
}

std::optional<SnapshotLoader::Replaced> SnapshotLoader::takeReplaced()
{
    return std::exchange(m_replaced, std::nullopt);
}

void SnapshotLoader::finish(ParsedSnapshot parsed, std::shared_ptr<void> prepared)
{
    if (m_paused) {
        m_waiting = std::move(parsed);
        m_waitingPrepared = std::move(prepared);
        return;
    }
    m_busy = false;
    SnapshotFailure failure;
    if (!parsed.error.empty()) {
        failure.reason = SnapshotFailure::Reason::Rejected;
        failure.loadProblem = parsed.problem;
        failure.detail = QString::fromStdString(parsed.error);
        Q_EMIT loaded(failure);
        return;
    }
    if (prepared && m_take)
        m_take(std::move(prepared));
    ActivitySummary newer = std::move(parsed.summary);
    JsonValue old = m_state->adopt(std::move(parsed.activity));
    if (m_keepReplaced) {
        m_replaced = Replaced {std::move(old), std::move(newer)};
    } else if (!old.isNull()) {
        m_work.run([tree = BackgroundWork::hold(std::move(old))]() -> BackgroundWork::Continuation {
            tree->clear(); // a big tree takes tens of milliseconds to free
            return nullptr;
        });
    }
    Q_EMIT loaded(failure);
}

} // namespace mirage
