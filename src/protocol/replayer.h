// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitystate.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace mirage {

// Applies a recorded log (one text frame per line, as `watch --record` writes it) to a state:
// the same code path as a live channel, minus the socket. Every received frame is one line, so
// that replay numbers messages as watch did: recordLine() writes a frame's line, run() reads it.
class Replayer
{
public:
    // The line (without '\n') that stands for a binary frame: a single 0xFF byte, which no UTF-8
    // text frame can produce.
    static constexpr std::string_view kBinaryFrameLine = "\xff";
    // The record line of one received frame. A text frame's CR and LF become TAB: the same
    // whitespace outside strings, the same unescaped-character error inside one; an empty frame
    // becomes a lone TAB (read just like "", as no JSON).
    static std::string recordLine(std::string_view text, bool binary);

    // Called for every message: its 1-based sequence number, its line in the file, the result.
    using Observer = std::function<void(uint64_t seq, uint64_t line, const ApplyResult &)>;

    explicit Replayer(ActivityState &state)
        : m_state(state)
    {
    }
    void setObserver(Observer o) { m_observer = std::move(o); }

    // Applies every line of data[0, len) as one message, but for empty ones (and the lone CR of a
    // CRLF file's empty line), which separate nothing. Lines that end at least the parser's
    // padding before `len` are parsed in place; the last few are copied. Returns the number of
    // messages.
    uint64_t run(const char *data, size_t len);

private:
    ActivityState &m_state;
    Observer m_observer;
};

} // namespace mirage
