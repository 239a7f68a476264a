// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <string>
#include <vector>

namespace mirage {

// What a by-id merge did to one keyed array (for views that show its elements).
struct ArrayDelta
{
    bool replaced = false; // the array was created or replaced as a whole
    bool reordered = false; // a full list arrived: the array took the patch's order
    std::vector<std::string> changed; // ids of existing elements merged into
    std::vector<std::string> inserted; // ids appended, in order
    std::vector<std::string> removed; // ids deleted
    bool empty() const { return !replaced && !reordered && changed.empty() && inserted.empty() && removed.empty(); }
    void clear() // keeps the lists' capacity (a reused ApplyResult)
    {
        replaced = reordered = false;
        changed.clear();
        inserted.clear();
        removed.clear();
    }
};

} // namespace mirage
