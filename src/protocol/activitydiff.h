// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/jsonvalue.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mirage {

struct ActivitySummary;

// What changed between an older local copy of an activity and its fresh snapshot (issue #12:
// "Since you last looked"). Codes and data only; the session words them.
//
// Steps are the document's `steps` array, or legacy ARLEM's `actions` when it has no `steps`
// (SPEC §7). Steps are identified by their string `id`, compared per SPEC §3 rule 5 (as UUIDs when
// both parse as UUIDs, exactly otherwise); elements without a string id are ignored, and when an id
// occurs twice in one list the first occurrence counts. An absent step list reads as empty; a step
// list that is present but not an array gives no step diff (the key is then compared as a whole and
// listed in otherKeys when it differs).
//
// The current model's activity-level `content[]` items (by id; items without a string id are
// ignored) point at steps through `steps: [ids]`: an item added, removed or edited counts as an edit
// of every step it points at, old or new, under the field name "content".
//
// Reorders: among the steps present in both copies, a longest increasing subsequence of their old
// positions (taken in new order) is a largest set that kept its relative order, and the other
// common steps are a minimum set whose moves explain the new order. When that set is not the only
// one (two steps swapped, three reversed), picking one would name B of a swap but not D, or the step
// that kept its number between two that swapped around it but not them: an author changed the
// order of all of them. So `moved` holds every common step that is not in every largest kept set
// (the union of the minimum sets): a step taken from one place to another is reported alone, the
// steps it passed are not, and B, C, D reversed to D, C, B are all three reported, C with
// oldIndex == newIndex. `reordered` is true exactly when `moved` is not empty.
//
// No previous copy (the old document is not an object, or is an empty object: a first load) means
// there is nothing to show: the diff is empty. The same holds when the new document is not an object.
//
// Values are compared by their hashes (ActivitySummary::hashOf: equal values hash the same, a
// different one the same with a chance of 2^-64), so the older document can be a summary: a
// snapshot frees the tree it replaces before it builds the new one (issue #14).
//
// Cost: one hash pass over each document, one pass per list keyed by id, and O(m log m) for the
// subsequences of the m common steps; nothing quadratic in the number of steps.
struct ActivityDiff
{
    struct AddedStep
    {
        std::string id; // as the new copy spells it
        uint32_t newIndex = 0; // position in the new step list (every live element counts)
    };
    struct RemovedStep
    {
        std::string id; // as the old copy spells it
        std::string name; // its `name`, or ARLEM's `instruction.title`; empty when neither is a string
        uint32_t oldIndex = 0;
    };
    struct EditedStep
    {
        std::string id; // as the new copy spells it
        uint32_t newIndex = 0;
        // Top-level fields that differ (a nested change is reported at its top-level field), in the
        // new step's key order, then fields only the old step had; "content" for content[] changes.
        std::vector<std::string> fields;
    };
    struct MovedStep
    {
        std::string id;
        uint32_t oldIndex = 0;
        uint32_t newIndex = 0;
    };

    bool renamed = false;
    std::string oldName; // the `name` strings (empty when not a string) when renamed
    std::string newName;
    bool descriptionChanged = false;
    bool configChanged = false;
    // Other top-level keys whose values differ (not name, description, config, the step list or
    // content[] when those are diffed), in the new document's key order, then keys only the old had.
    std::vector<std::string> otherKeys;

    std::vector<AddedStep> added; // in new order
    std::vector<RemovedStep> removed; // in old order
    std::vector<EditedStep> edited; // in new order
    bool reordered = false;
    std::vector<MovedStep> moved; // in new order

    bool empty() const
    {
        return !renamed && !descriptionChanged && !configChanged && otherKeys.empty() && added.empty() && removed.empty() && edited.empty()
            && !reordered;
    }

    static ActivityDiff compute(const JsonValue &oldDoc, const JsonValue &newDoc);
    // The same, with the older document summarised (ActivitySummary::of).
    static ActivityDiff compute(const ActivitySummary &oldDoc, const JsonValue &newDoc);
    // The same with both summarised (the newer one while its tree was built, off the GUI thread).
    static ActivityDiff compute(const ActivitySummary &oldDoc, const ActivitySummary &newDoc);
};

} // namespace mirage
