// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/compactstring.h"

#include <cstdlib>
#include <new>

namespace mirage::heaptext {

char *make(std::string_view s)
{
    const uint64_t n = s.size();
    char *block = static_cast<char *>(std::malloc(sizeof n + s.size() + 1));
    if (!block)
        throw std::bad_alloc();
    std::memcpy(block, &n, sizeof n);
    std::memcpy(block + sizeof n, s.data(), s.size());
    block[sizeof n + s.size()] = '\0';
    return block;
}

void release(char *block) noexcept
{
    std::free(block);
}

} // namespace mirage::heaptext
