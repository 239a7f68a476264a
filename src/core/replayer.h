#pragma once

#include "activitystate.h"

#include <cstdint>
#include <functional>
#include <string>

namespace mirage {

// Applies a recorded log (one text frame per line, as `watch --record` writes it) to a state:
// the same code path as a live channel, minus the socket.
class Replayer
{
public:
    // Called for every message: its 1-based sequence number, its line in the file, the result.
    using Observer = std::function<void(uint64_t seq, uint64_t line, const ApplyResult &)>;

    explicit Replayer(ActivityState &state) : m_state(state) {}
    void setObserver(Observer o) { m_observer = std::move(o); }

    // Applies every non-blank line of data[0, len). Lines that end at least the parser's padding
    // before `len` are parsed in place; the last few are copied. Returns the number of messages.
    uint64_t run(const char *data, size_t len);

private:
    ActivityState &m_state;
    Observer m_observer;
};

} // namespace mirage
