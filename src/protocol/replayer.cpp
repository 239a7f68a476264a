#include "protocol/replayer.h"

#include <cstring>

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
    uint64_t seq = 0;
    uint64_t lineNo = 0;
    const char *p = data;
    const char *end = data + len;
    while (p < end) {
        ++lineNo;
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const char *b = p;
        const char *e = lineEnd;
        if (e > b && e[-1] == '\r')
            --e; // a CRLF file (watch never records a CR)
        p = nl ? nl + 1 : end;
        if (b == e)
            continue; // an empty line stands for no frame (a whitespace-only one does: watch counted it)
        ++seq;
        const std::string_view line(b, size_t(e - b));
        const bool padded = size_t(end - e) >= ActivityState::kReadPadding;
        const ApplyResult r = line == kBinaryFrameLine ? m_state.rejectBinaryFrame()
                              : padded                 ? m_state.applyPadded(b, line.size())
                                                       : m_state.apply(line);
        if (m_observer)
            m_observer(seq, lineNo, r);
    }
    return seq;
}

} // namespace mirage
