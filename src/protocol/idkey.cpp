// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/idkey.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace mirage {

namespace {
// Eight bytes at a time (issue #14: the table-driven loop was ~270 instructions a UUID and 4% of
// replay). `w` holds eight characters, the first in the lowest byte; each is checked to be a hex
// digit and the eight nibbles come out most significant first. The bytes are handled as lanes of
// one word: no lane carries into the next, as every lane stays below 0x100 in each sum.
constexpr uint64_t lanes(uint8_t b)
{
    return 0x0101010101010101ull * b;
}

// The lanes of `w` (each below 0x80) in [lo, hi] get their top bit set, the others not.
constexpr uint64_t inRange(uint64_t w, uint8_t lo, uint8_t hi)
{
    const uint64_t atLeastLo = w + lanes(uint8_t(0x80 - lo));
    const uint64_t aboveHi = w + lanes(uint8_t(0x7F - hi));
    return atLeastLo & ~aboveHi & lanes(0x80);
}

[[gnu::always_inline]] constexpr bool hex8(uint64_t w, uint32_t &out)
{
    if (w & lanes(0x80))
        return false;
    const uint64_t ok = inRange(w, '0', '9') | inRange(w | lanes(0x20), 'a', 'f');
    if (ok != lanes(0x80))
        return false;
    // '0'..'9' are 0x30..0x39, 'a'..'f' 0x61..0x66 and 'A'..'F' 0x41..0x46: the low nibble, plus 9
    // where bit 6 (the letters') is set.
    uint64_t v = (w & lanes(0x0F)) + ((w >> 6) & lanes(0x01)) * 9;
    v = __builtin_bswap64(v); // the first character's nibble to the top
    v = (v | (v >> 4)) & 0x00FF00FF00FF00FFull;
    v = (v | (v >> 8)) & 0x0000FFFF0000FFFFull;
    v = (v | (v >> 16)) & 0x00000000FFFFFFFFull;
    out = uint32_t(v);
    return true;
}

// Characters p[0..3] and q[0..3] as one word, p's first.
inline uint64_t load4x2(const char *p, const char *q)
{
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, q, 4);
    return uint64_t(a) | (uint64_t(b) << 32);
}

inline uint64_t load8(const char *p)
{
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}
} // namespace

#if defined(__SSE2__) && defined(__x86_64__)
// Sixteen hex characters at once (SSE2, in every x86-64; _mm_cvtsi128_si64 is x86-64 only): their value as 8 bytes, the first two
// characters' in the top byte; false on a character that is not a hex digit. A byte is in [0, n)
// unsigned when, its top bit flipped, it is below n - 128 signed (SSE2 compares signed bytes).
inline bool hex16(__m128i v, uint64_t &out)
{
    const __m128i flip = _mm_set1_epi8(char(0x80));
    const __m128i digit = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i isDigit = _mm_cmplt_epi8(_mm_xor_si128(digit, flip), _mm_set1_epi8(char(10 ^ 0x80)));
    const __m128i letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i isLetter = _mm_cmplt_epi8(_mm_xor_si128(letter, flip), _mm_set1_epi8(char(6 ^ 0x80)));
    if (_mm_movemask_epi8(_mm_or_si128(isDigit, isLetter)) != 0xFFFF)
        return false;
    const __m128i nibbles = _mm_or_si128(_mm_and_si128(isDigit, digit), _mm_and_si128(isLetter, _mm_add_epi8(letter, _mm_set1_epi8(10))));
    // Each 16-bit lane holds two characters' nibbles, the first in its low byte: one byte of them.
    const __m128i pairs = _mm_or_si128(_mm_slli_epi16(nibbles, 4), _mm_srli_epi16(nibbles, 8));
    const __m128i bytes = _mm_packus_epi16(_mm_and_si128(pairs, _mm_set1_epi16(0x00FF)), _mm_setzero_si128());
    out = __builtin_bswap64(uint64_t(_mm_cvtsi128_si64(bytes)));
    return true;
}
#endif

static_assert(std::endian::native == std::endian::little, "parseUuid reads eight characters as a little-endian word");

std::optional<UuidBits> parseUuid(std::string_view t)
{
    if (t.size() == 38) {
        if (t.front() != '{' || t.back() != '}')
            return std::nullopt;
        t = t.substr(1, 36);
    }
    if (t.size() != 36 || t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
        return std::nullopt;
    const char *p = t.data();
#if defined(__SSE2__) && defined(__x86_64__)
    UuidBits u;
    if (!hex16(_mm_set_epi64x(int64_t(load4x2(p + 9, p + 14)), int64_t(load8(p))), u.hi)
        || !hex16(_mm_set_epi64x(int64_t(load8(p + 28)), int64_t(load4x2(p + 19, p + 24))), u.lo))
        return std::nullopt;
    return u;
#else
    uint32_t a, b, c, d;
    if (!hex8(load8(p), a) || !hex8(load4x2(p + 9, p + 14), b) || !hex8(load4x2(p + 19, p + 24), c) || !hex8(load8(p + 28), d))
        return std::nullopt;
    return UuidBits {(uint64_t(a) << 32) | b, (uint64_t(c) << 32) | d};
#endif
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
