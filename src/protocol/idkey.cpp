// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/idkey.h"

namespace mirage {

namespace {
struct HexTable
{
    int8_t v[256];
    constexpr HexTable()
        : v()
    {
        for (int i = 0; i < 256; ++i)
            v[i] = -1;
        for (int i = 0; i < 10; ++i)
            v['0' + i] = int8_t(i);
        for (int i = 0; i < 6; ++i) {
            v['a' + i] = int8_t(10 + i);
            v['A' + i] = int8_t(10 + i);
        }
    }
};
constexpr HexTable kHex;

// Reads `n` hex digits into `acc`; false on a non-hex character.
inline bool readHex(const unsigned char *p, int n, uint64_t &acc)
{
    int bad = 0;
    for (int i = 0; i < n; ++i) {
        const int v = kHex.v[p[i]];
        bad |= v;
        acc = (acc << 4) | uint64_t(v & 0xF);
    }
    return bad >= 0;
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
    const auto *p = reinterpret_cast<const unsigned char *>(t.data());
    UuidBits u;
    if (!readHex(p, 8, u.hi) || !readHex(p + 9, 4, u.hi) || !readHex(p + 14, 4, u.hi) || !readHex(p + 19, 4, u.lo)
        || !readHex(p + 24, 12, u.lo))
        return std::nullopt;
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

IdKey::IdKey(std::string_view t)
    : text(t)
    , uuid(parseUuid(t))
{
}

bool sameId(std::string_view a, std::string_view b)
{
    const auto ua = parseUuid(a);
    const auto ub = parseUuid(b);
    if (ua && ub)
        return *ua == *ub;
    return a == b;
}

} // namespace mirage
