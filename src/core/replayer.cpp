#include "replayer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mirage {

bool Replayer::readFile(const std::string &path, std::string &out, size_t &length, std::string &error)
{
    std::unique_ptr<FILE, int (*)(FILE *)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) {
        error = std::strerror(errno);
        return false;
    }
    out.clear();
    length = 0;
    char chunk[1 << 16];
    if (std::fseek(f.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(f.get());
        if (size > 0)
            out.reserve(size_t(size) + simdjson::SIMDJSON_PADDING);
        std::fseek(f.get(), 0, SEEK_SET);
    }
    size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0)
        out.append(chunk, n);
    if (std::ferror(f.get())) {
        error = std::strerror(errno ? errno : EIO);
        return false;
    }
    length = out.size();
    out.append(simdjson::SIMDJSON_PADDING, '\0');
    return true;
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
        while (b < e && (*b == ' ' || *b == '\t' || *b == '\r'))
            ++b;
        while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            --e;
        p = nl ? nl + 1 : end;
        if (b == e)
            continue; // blank lines separate nothing and count as nothing
        ++seq;
        const ApplyResult r = m_state.applyPadded(b, size_t(e - b));
        if (m_observer)
            m_observer(seq, lineNo, r);
    }
    return seq;
}

} // namespace mirage
