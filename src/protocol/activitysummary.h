// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/compactstring.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mirage {

class JsonValue;

// What ActivityDiff needs of an older activity document, without its tree (issue #14): the ids,
// positions and names of its steps, a hash of each top-level field of every step and of the
// document, and the content[] items' ids, hashes and step references. For the 10,000-step demo
// activity this is ~3 MB where the tree is ~21 MB, so a snapshot can replace the tree before the
// new one is built and still be compared with it ("since you last looked").
//
// Values are compared by hashOf(): equal values (JsonValue's operator==: objects in any member
// order, an int and a double of the same value, array holes skipped) always hash the same; two
// different values hash the same with a chance of 2^-64. One deliberate difference: an integer
// beyond 2^53 and a double it rounds to (never the same JSON text) hash differently, so such a
// change is reported rather than missed.
struct ActivitySummary
{
    // A member of an object: its key and its value's hash.
    struct Member
    {
        CompactString key;
        uint64_t hash = 0;
    };
    // How a list member (the step list, content[]) is present.
    enum class List : uint8_t { Absent, Array, Other };
    // A keyed element (one with a string `id`) of the step list, every occurrence, in order.
    struct Step
    {
        std::string id;
        uint32_t index = 0; // live position in the array
        std::string name; // `name`, or ARLEM's `instruction.title`; empty when neither is a string
        std::vector<Member> members; // every member but `id`, in the step's key order
    };
    // A keyed element of content[], every occurrence, in order.
    struct Item
    {
        std::string id;
        uint64_t hash = 0; // the whole item
        std::vector<std::string> steps; // the strings of its `steps` array
    };

    bool isObject = false; // false: not an activity document (nothing to compare with)
    std::string stepsKey = "steps"; // or "actions" for a legacy ARLEM document
    List stepList = List::Absent;
    std::vector<Step> steps;
    List contentList = List::Absent;
    std::vector<Item> content;
    std::vector<Member> members; // the document's top-level members, in its key order
    std::string name; // the `name` string (empty when absent or not a string)

    bool emptyDocument() const { return !isObject || members.empty(); }
    const Member *member(std::string_view key) const;

    static ActivitySummary of(const JsonValue &doc);
    static uint64_t hashOf(const JsonValue &value);
};

} // namespace mirage
