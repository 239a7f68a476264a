#include "idkey.h"

namespace mirage {

namespace {
inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = char(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

std::optional<UuidBits> parseUuid(std::string_view t)
{
    if (t.size() == 38) {
        if (t.front() != '{' || t.back() != '}')
            return std::nullopt;
        t = t.substr(1, 36);
    }
    if (t.size() != 36 || t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
        return std::nullopt;
    UuidBits u;
    int nibbles = 0;
    for (size_t i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const int v = hexValue(t[i]);
        if (v < 0)
            return std::nullopt;
        uint64_t &half = nibbles < 16 ? u.hi : u.lo;
        half = (half << 4) | uint64_t(v);
        ++nibbles;
    }
    return u;
}

std::string formatUuid(const UuidBits &u)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string s(36, '-');
    int nibble = 0;
    for (size_t i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const uint64_t half = nibble < 16 ? u.hi : u.lo;
        const int shift = (15 - (nibble % 16)) * 4;
        s[i] = digits[(half >> shift) & 0xF];
        ++nibble;
    }
    return s;
}

std::string canonicalUuid(std::string_view text)
{
    const auto u = parseUuid(text);
    return u ? formatUuid(*u) : std::string();
}

IdKey::IdKey(std::string_view t) : text(t), uuid(parseUuid(t)) {}

bool sameId(std::string_view a, std::string_view b)
{
    const auto ua = parseUuid(a);
    const auto ub = parseUuid(b);
    if (ua && ub)
        return *ua == *ub;
    return a == b;
}

} // namespace mirage
