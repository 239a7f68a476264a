// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/textfeed.h"

#include "protocol/replaysource.h"

namespace mirage {

MessageBatch TextFeed::apply(QByteArrayView ndjson)
{
    ReplaySource source(m_state);
    source.setText(std::string_view(ndjson.data(), size_t(ndjson.size())));
    MessageBatch batch;
    ReplaySource::Message r;
    while (source.next(r)) {
        ReceivedMessage m;
        m.seq = ++m_seq;
        m.binary = r.binary;
        if (!r.binary)
            m.text = QByteArray(r.text.data(), qsizetype(r.text.size()));
        m.result = std::move(r.result);
        batch.push_back(std::move(m));
    }
    return batch;
}

} // namespace mirage
