// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mirage {

struct UuidBits
{
    uint64_t hi = 0;
    uint64_t lo = 0;
    bool operator==(const UuidBits &) const = default;
};

struct UuidBitsHash
{
    size_t operator()(const UuidBits &u) const noexcept
    {
        uint64_t h = u.hi * 0x9E3779B97F4A7C15ull ^ (u.lo + 0x632BE59BD9B4E019ull + (u.hi << 6) + (u.hi >> 2));
        return size_t(h ^ (h >> 29));
    }
};

// Parses "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in any case, with or without braces.
std::optional<UuidBits> parseUuid(std::string_view text);
// Lowercase canonical text of a UUID (no braces).
std::string formatUuid(const UuidBits &u);
// The canonical form of `text` when it is a UUID, empty otherwise.
std::string canonicalUuid(std::string_view text);

// An id as SPEC §3 rule 5 compares it: as a UUID when it parses as one, exactly otherwise.
struct IdKey
{
    explicit IdKey(std::string_view text);
    std::string_view text;
    std::optional<UuidBits> uuid;
};

bool sameId(std::string_view a, std::string_view b);

} // namespace mirage
