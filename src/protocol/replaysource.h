// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/applyresult.h"
#include "protocol/stepprefetch.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mirage {

class ActivityState;

// Recorded messages as a source for an ActivityState, with no socket: the lines of an NDJSON
// buffer or file (as `watch --record` writes them, Replayer::kBinaryFrameLine for a binary frame)
// applied one by one or in batches, each through the same parse-and-apply path as a live channel,
// and handed back with its ApplyResult (with details when the state collects them). Tests drive
// a session's models from fixtures this way; Replayer runs a whole log through it.
// Numbering is watch's: an empty line (or a CRLF file's lone CR) is no message, every other line
// is one; `seq` counts messages from 1, `line` is the 1-based line in the text.
class ReplaySource
{
public:
    struct Message
    {
        uint64_t seq = 0;
        uint64_t line = 0;
        std::string_view text; // the line without its end; valid while the source's text is
        bool binary = false; // the line stands for a binary frame
        ApplyResult result;
    };

    explicit ReplaySource(ActivityState &state)
        : m_state(state)
    {
    }
    ReplaySource(const ReplaySource &) = delete;
    ReplaySource &operator=(const ReplaySource &) = delete;

    // The text to read, kept by the source (a copy is padded for the parser).
    void setText(std::string_view ndjson);
    // The text of a file; false with the system's reason in `error` (the source is then empty).
    bool openFile(const std::string &path, std::string &error);
    // A buffer the caller keeps alive and unchanged while reading (not copied; lines that end at
    // least ActivityState::kReadPadding bytes before `len` are parsed in place).
    void setBuffer(const char *data, size_t len);

    bool atEnd() const;
    // Applies the next message into `out`; false (and `out` untouched) at the end.
    bool next(Message &out);
    // Applies up to `max` messages (0: all that remain) and returns them in order.
    std::vector<Message> nextBatch(size_t max = 0);
    // Messages applied so far.
    uint64_t seq() const { return m_seq; }

private:
    // A line that holds a message: its text (without the line end), its number, and where the
    // text after it starts.
    struct Line
    {
        const char *begin = nullptr;
        size_t size = 0;
        uint64_t number = 0;
        const char *after = nullptr;
    };
    // The next line with a message from the scout's position; false at the end.
    bool scoutLine(Line &line);
    void restart();

    ActivityState &m_state;
    // The lines are read StepPrefetch::kDistance messages ahead of the one applied, for the
    // prefetch (issue #14), and kept here until their turn: each line is looked for once.
    StepPrefetch m_prefetch;
    std::array<Line, StepPrefetch::kDistance + 1> m_ahead {};
    size_t m_aheadFirst = 0;
    size_t m_aheadCount = 0;
    const char *m_scout = nullptr;
    uint64_t m_scoutLine = 0;
    std::string m_owned;
    const char *m_data = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    bool m_paddedTail = false; // the buffer is readable kReadPadding bytes past m_end
    uint64_t m_seq = 0;
};

} // namespace mirage
