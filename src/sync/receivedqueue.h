// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/messagebatch.h"

#include <QByteArray>
#include <deque>

namespace mirage {

class ActivityState;

// What a channel has received and not yet applied (a burst, or the events held while a snapshot
// GET is in flight), and the numbering of what it applied. Applies in the order received and
// stops for good after `limit` messages (0: no limit).
class ReceivedQueue
{
public:
    void push(QByteArray text, bool binary);
    size_t size() const { return m_pending.size(); }
    qint64 bytes() const { return m_bytes; }
    bool empty() const { return m_pending.empty(); }
    // Whether more is held than `maxMessages` or `maxBytes` allow (0: no cap).
    bool over(int maxMessages, qint64 maxBytes) const;

    void setLimit(quint64 n) { m_limit = n; }
    quint64 applied() const { return m_seq; }
    // True once the limit is reached; then nothing more is applied.
    bool limitReached() const { return m_limit && m_seq >= m_limit; }

    // Applies everything held to `state`, in order, up to the limit; the rest is dropped.
    MessageBatch apply(ActivityState &state);

private:
    struct Pending
    {
        QByteArray text;
        bool binary = false;
    };
    std::deque<Pending> m_pending;
    qint64 m_bytes = 0;
    quint64 m_seq = 0;
    quint64 m_limit = 0;
};

} // namespace mirage
