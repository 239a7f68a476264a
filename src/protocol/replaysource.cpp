// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/replaysource.h"

#include "protocol/activitystate.h"
#include "protocol/mappedfile.h"
#include "protocol/replayer.h"

#include <cstring>

namespace mirage {

void ReplaySource::setBuffer(const char *data, size_t len)
{
    m_owned.clear();
    m_data = m_pos = data;
    m_end = data + len;
    m_paddedTail = false;
    restart();
}

void ReplaySource::setText(std::string_view ndjson)
{
    m_owned.reserve(ndjson.size() + ActivityState::kReadPadding);
    m_owned.assign(ndjson);
    m_owned.append(ActivityState::kReadPadding, ' ');
    m_data = m_pos = m_owned.data();
    m_end = m_data + ndjson.size();
    m_paddedTail = true;
    restart();
}

void ReplaySource::restart()
{
    m_seq = 0;
    m_scout = m_pos;
    m_scoutLine = 0;
    m_aheadFirst = m_aheadCount = 0;
    m_prefetch = StepPrefetch();
}

bool ReplaySource::openFile(const std::string &path, std::string &error)
{
    MappedFile file;
    if (!file.open(path, error)) {
        setText({});
        return false;
    }
    setText(std::string_view(file.data(), file.size()));
    return true;
}

bool ReplaySource::atEnd() const
{
    // Only empty lines (no messages) may be left.
    for (const char *p = m_pos; p < m_end; ++p) {
        if (*p != '\n' && *p != '\r')
            return false;
    }
    return true;
}

bool ReplaySource::scoutLine(Line &line)
{
    while (m_scout < m_end) {
        ++m_scoutLine;
        const char *nl = static_cast<const char *>(std::memchr(m_scout, '\n', size_t(m_end - m_scout)));
        const char *b = m_scout;
        const char *e = nl ? nl : m_end;
        if (e > b && e[-1] == '\r')
            --e; // a CRLF file (watch never records a CR)
        m_scout = nl ? nl + 1 : m_end;
        if (b == e)
            continue; // an empty line stands for no frame (a whitespace-only one does: watch counted it)
        line = Line {b, size_t(e - b), m_scoutLine, m_scout};
        return true;
    }
    return false;
}

bool ReplaySource::next(Message &out)
{
    // The scout stays StepPrefetch::kDistance messages ahead of the one applied.
    while (m_aheadCount <= StepPrefetch::kDistance) {
        Line &slot = m_ahead[(m_aheadFirst + m_aheadCount) % m_ahead.size()];
        if (!scoutLine(slot))
            break;
        ++m_aheadCount;
        m_prefetch.advance(m_state, std::string_view(slot.begin, slot.size));
    }
    if (m_aheadCount == 0)
        return false;
    const Line line = m_ahead[m_aheadFirst];
    m_aheadFirst = (m_aheadFirst + 1) % m_ahead.size();
    --m_aheadCount;
    m_pos = line.after;

    out.seq = ++m_seq;
    out.line = line.number;
    out.text = std::string_view(line.begin, line.size);
    out.binary = out.text == Replayer::kBinaryFrameLine;
    const bool padded = m_paddedTail || size_t(m_end - (line.begin + line.size)) >= ActivityState::kReadPadding;
    // Into the caller's result: one reused for every message saves building and freeing one.
    if (out.binary)
        m_state.rejectBinaryFrame(out.result);
    else if (padded)
        m_state.applyPadded(line.begin, line.size, out.result);
    else
        m_state.apply(out.text, out.result);
    return true;
}

std::vector<ReplaySource::Message> ReplaySource::nextBatch(size_t max)
{
    std::vector<Message> batch;
    Message m;
    while ((max == 0 || batch.size() < max) && next(m))
        batch.push_back(std::move(m));
    return batch;
}

} // namespace mirage
