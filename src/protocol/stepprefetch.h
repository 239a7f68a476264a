// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/idkey.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mirage {

class ActivityState;

// Software prefetch for a replay that reads its messages ahead (issue #14). Finding the step a
// patch names is a chain of dependent loads: the id index's entry, the step's slot, its object,
// its members, their values. On an activity of 10,000 steps each is a cache miss, and they made a
// message on 10,000 steps cost ~1.5x one on 1,000. Given the text of the message kDistance ahead,
// this walks that chain one link per message applied, so that each link's miss overlaps with the
// applying of the messages in between instead of stalling it.
// Hints only: nothing is changed or built, every link is read afresh from the tree (an element
// moved or deleted in between costs one useless prefetch), and a message that is not a step patch,
// or whose id is not a UUID, is skipped.
class StepPrefetch
{
public:
    static constexpr size_t kDistance = 5;

    // Called once per message applied, with the text of the message kDistance later (empty when
    // there is none): takes one more step along every pending chain and starts this one's.
    void advance(const ActivityState &state, std::string_view aheadText);

    // The step id a message patches first ("steps":[{"id":"…"), when it is a UUID.
    static bool patchedStep(std::string_view text, UuidBits &id);

private:
    struct Chain
    {
        UuidBits id;
        uint32_t slot = 0;
        uint8_t stage = 0; // 0: nothing pending
    };
    std::array<Chain, kDistance> m_chains {};
    size_t m_next = 0;
};

} // namespace mirage
