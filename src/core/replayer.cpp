#include "replayer.h"

#include <cstring>

namespace mirage {

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
        while (b < e && (*b == ' ' || *b == '\t' || *b == '\r'))
            ++b;
        while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            --e;
        p = nl ? nl + 1 : end;
        if (b == e)
            continue; // blank lines separate nothing and count as nothing
        ++seq;
        const bool padded = size_t(end - e) >= simdjson::SIMDJSON_PADDING;
        const ApplyResult r = padded ? m_state.applyPadded(b, size_t(e - b)) : m_state.apply(std::string_view(b, size_t(e - b)));
        if (m_observer)
            m_observer(seq, lineNo, r);
    }
    return seq;
}

} // namespace mirage
