// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/heldframes.h"

namespace mirage {

HeldFrames::HeldFrames(ActivityState *state, const ChannelSettings &settings, std::function<bool()> holding, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_settings(settings)
    , m_holding(std::move(holding))
{
}

bool HeldFrames::push(QByteArray text, bool binary, bool resyncing)
{
    m_received.push(std::move(text), binary);
    if (resyncing)
        return !m_received.over(m_settings.maxHeldMessages, m_settings.maxHeldBytes);
    if (m_received.over(m_settings.applyBatchMessages, m_settings.applyBatchBytes)) {
        flush(); // a bounded batch now, not the whole burst once the read is done
        return true;
    }
    // A burst arrives as many signals from one read: apply them together once the read is done.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushScheduled = false;
                flush();
            },
            Qt::QueuedConnection);
    }
    return true;
}

void HeldFrames::flush()
{
    if (m_received.empty() || m_limitReached || m_holding())
        return;
    const MessageBatch batch = m_received.apply(*m_state);
    if (!batch.empty())
        Q_EMIT applied(batch);
    if (m_received.limitReached() && !m_limitReached) {
        m_limitReached = true;
        Q_EMIT limitReached();
    }
}

} // namespace mirage
