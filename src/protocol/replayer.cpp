// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/replayer.h"

#include "protocol/replaysource.h"

namespace mirage {

std::string Replayer::recordLine(std::string_view text, bool binary)
{
    if (binary)
        return std::string(kBinaryFrameLine);
    if (text.empty())
        return "\t";
    std::string line(text);
    for (char &c : line) {
        if (c == '\n' || c == '\r')
            c = '\t';
    }
    return line;
}

uint64_t Replayer::run(const char *data, size_t len)
{
    ReplaySource source(m_state);
    source.setBuffer(data, len);
    ReplaySource::Message m;
    while (source.next(m)) {
        if (m_observer)
            m_observer(m.seq, m.line, m.result);
    }
    return source.seq();
}

} // namespace mirage
