// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The cost of ActivityDiff (issue #12: "10,000 steps in well under 100 ms"). Builds an activity of
// n steps (name, description, location, a nested content item; one activity-level content item per
// ten steps) and a fresh snapshot of it with ~1% of the steps edited (half of them nested edits),
// 0.5% added, 0.5% removed and five moved, then prints the median of 20 diffs.
// Usage: diffbench [steps...]   (default: 10000 100000)

#include "protocol/activitydiff.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace mirage;

namespace {

std::string uuid(uint32_t n)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-68ef-4412-9dd4-%012x", n, n * 7919u);
    return buf;
}

JsonValue makeStep(uint32_t i, bool edited, bool nestedEdit)
{
    JsonValue step = JsonValue::object();
    JsonObject &o = step.asObject();
    o.set("id", uuid(i));
    o.set("name", "Step " + std::to_string(i) + (edited && !nestedEdit ? " (revised)" : ""));
    o.set("description", "Do the thing number " + std::to_string(i) + " carefully and check the result.");
    JsonValue location = JsonValue::object();
    location.asObject().set("x", nestedEdit ? double(i) + 0.5 : double(i));
    location.asObject().set("y", 1.25);
    location.asObject().set("z", -3.0);
    o.set("location", std::move(location));
    JsonValue item = JsonValue::object();
    item.asObject().set("id", uuid(i + 0x40000000u));
    item.asObject().set("type", "text");
    JsonValue data = JsonValue::object();
    data.asObject().set("text", "Instruction text for step " + std::to_string(i));
    item.asObject().set("contentData", std::move(data));
    JsonValue contents = JsonValue::array();
    contents.asArray().push(std::move(item));
    o.set("contents", std::move(contents));
    return step;
}

JsonValue makeContent(uint32_t i)
{
    JsonValue item = JsonValue::object();
    item.asObject().set("id", uuid(i + 0x80000000u));
    item.asObject().set("type", "image");
    JsonValue steps = JsonValue::array();
    steps.asArray().push(JsonValue(uuid(i)));
    item.asObject().set("steps", std::move(steps));
    item.asObject().set("isVisible", JsonValue(true));
    return item;
}

JsonValue makeActivity(uint32_t n, bool fresh)
{
    std::vector<uint32_t> order;
    order.reserve(n + n / 200);
    for (uint32_t i = 0; i < n; ++i) {
        if (fresh && i % 200 == 7)
            continue; // 0.5% removed
        order.push_back(i);
        if (fresh && i % 200 == 100)
            order.push_back(n + i); // 0.5% added
    }
    if (fresh) { // five moves: a step from the second half to near the front, and back
        for (uint32_t k = 0; k < 5 && order.size() > 20; ++k)
            std::rotate(order.begin() + k * 3, order.end() - 1 - k * 5, order.end() - k * 5);
    }
    JsonValue steps = JsonValue::array();
    steps.asArray().reserve(order.size());
    for (uint32_t i : order) {
        const bool edited = fresh && i < n && i % 100 == 42; // 1%
        steps.asArray().push(makeStep(i, edited, edited && i % 200 == 42));
    }
    JsonValue content = JsonValue::array();
    for (uint32_t i = 0; i < n; i += 10) {
        JsonValue item = makeContent(i);
        if (fresh && i % 1000 == 500)
            item.asObject().set("isVisible", JsonValue(false));
        content.asArray().push(std::move(item));
    }
    JsonValue activity = JsonValue::object();
    activity.asObject().set("id", "63b76319-68ef-4412-9dd4-bb2a13315ee2");
    activity.asObject().set("name", fresh ? "Bench activity (renamed)" : "Bench activity");
    activity.asObject().set("description", "An activity for the diff benchmark.");
    activity.asObject().set("steps", std::move(steps));
    activity.asObject().set("content", std::move(content));
    return activity;
}

void run(uint32_t n)
{
    const JsonValue older = makeActivity(n, false);
    const JsonValue newer = makeActivity(n, true);
    std::vector<double> ms;
    ActivityDiff d;
    for (int r = 0; r < 20; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        d = ActivityDiff::compute(older, newer);
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%u steps: median %.2f ms (min %.2f, max %.2f) over 20 diffs; %zu added, %zu removed, %zu edited, %zu moved%s\n", n,
        ms[ms.size() / 2], ms.front(), ms.back(), d.added.size(), d.removed.size(), d.edited.size(), d.moved.size(),
        d.renamed ? ", renamed" : "");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        run(10000);
        run(100000);
        return 0;
    }
    for (int i = 1; i < argc; ++i) {
        const long n = std::strtol(argv[i], nullptr, 10);
        if (n <= 0 || n > 10000000) {
            std::fprintf(stderr, "diffbench: '%s' is not a step count (1..10000000)\n", argv[i]);
            return 2;
        }
        run(uint32_t(n));
    }
    return 0;
}
