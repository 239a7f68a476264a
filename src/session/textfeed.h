// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/messagebatch.h"

#include <QByteArrayView>

namespace mirage {

class ActivityState;

// NDJSON text (one message a line, blank lines skipped) applied to a state with the same reading
// and numbering as `replay` (protocol's ReplaySource), as the channel's frames would be: what
// ActivitySession::feedText() feeds, for a session driven from a file or a fixture.
class TextFeed
{
public:
    explicit TextFeed(ActivityState &state)
        : m_state(state)
    {
    }
    MessageBatch apply(QByteArrayView ndjson);

private:
    ActivityState &m_state;
    quint64 m_seq = 0; // the messages' sequence numbers, across calls
};

} // namespace mirage
