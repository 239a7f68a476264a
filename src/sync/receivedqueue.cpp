// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/receivedqueue.h"

#include "protocol/activitystate.h"
#include "protocol/stepprefetch.h"

namespace mirage {

void ReceivedQueue::push(QByteArray text, bool binary)
{
    m_bytes += text.size();
    m_pending.push_back({std::move(text), binary});
}

bool ReceivedQueue::over(int maxMessages, qint64 maxBytes) const
{
    return (maxMessages > 0 && m_pending.size() > size_t(maxMessages)) || (maxBytes > 0 && m_bytes > maxBytes);
}

MessageBatch ReceivedQueue::apply(ActivityState &state)
{
    MessageBatch batch;
    batch.reserve(m_pending.size());
    // The steps the frames patch are prefetched StepPrefetch::kDistance frames ahead (issue #14),
    // as a replay does: a burst arrives as one batch of many frames.
    StepPrefetch prefetch;
    size_t scouted = 0; // frames from the front handed to the prefetch
    while (!m_pending.empty()) {
        if (limitReached()) {
            m_pending.clear();
            m_bytes = 0;
            break;
        }
        for (; scouted <= StepPrefetch::kDistance && scouted < m_pending.size(); ++scouted) {
            const Pending &ahead = m_pending[scouted];
            prefetch.advance(
                state, ahead.binary ? std::string_view() : std::string_view(ahead.text.constData(), size_t(ahead.text.size())));
        }
        --scouted; // the front is taken below
        Pending p = std::move(m_pending.front());
        m_pending.pop_front();
        m_bytes -= p.text.size();
        ReceivedMessage &m = batch.emplace_back(); // the result is filled in place, not moved in
        m.seq = ++m_seq;
        m.binary = p.binary;
        if (p.binary)
            state.rejectBinaryFrame(m.result);
        else
            state.apply(std::string_view(p.text.constData(), size_t(p.text.size())), m.result);
        m.text = std::move(p.text);
    }
    return batch;
}

} // namespace mirage
