// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitysummary.h"

#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/jsonvalue.h"

#include <cstring>
#include <functional>

namespace mirage {

namespace {

// SplitMix64's finaliser: every input bit reaches every output bit.
uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

uint64_t textHash(uint64_t kind, std::string_view s)
{
    return mix(kind ^ mix(std::hash<std::string_view> {}(s) + s.size()));
}

// Distinct seeds per type, so that [] and {} or "1" and 1 never meet by construction.
enum : uint64_t { kNull = 1, kFalse, kTrue, kNumber, kBigInt, kRaw, kString, kArray, kObject };

uint64_t doubleHash(double d)
{
    if (d == 0)
        d = 0; // -0.0 == 0.0
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return mix(kNumber ^ mix(bits));
}

std::string stepName(const JsonValue &step)
{
    if (const JsonValue *name = step.find("name"); name && name->isString())
        return std::string(name->toString());
    if (const JsonValue *instruction = step.find("instruction")) {
        if (const JsonValue *title = instruction->find("title"); title && title->isString())
            return std::string(title->toString());
    }
    return {};
}

ActivitySummary::List listOf(const JsonValue &doc, std::string_view key, const JsonArray *&array)
{
    array = nullptr;
    const JsonValue *v = doc.find(key);
    if (!v)
        return ActivitySummary::List::Absent;
    if (!v->isArray())
        return ActivitySummary::List::Other;
    array = &v->asArray();
    return ActivitySummary::List::Array;
}

} // namespace

uint64_t ActivitySummary::hashOf(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
    case JsonValue::Type::Hole:
        return mix(kNull);
    case JsonValue::Type::Bool:
        return mix(v.toBool() ? kTrue : kFalse);
    case JsonValue::Type::Int: {
        // operator== compares an int with a double by value: an int a double holds exactly hashes
        // as that double.
        const int64_t i = v.toInt();
        const double d = double(i);
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && int64_t(d) == i)
            return doubleHash(d);
        return mix(kBigInt ^ mix(uint64_t(i)));
    }
    case JsonValue::Type::Double:
        return doubleHash(v.toDouble());
    case JsonValue::Type::RawNumber:
        return textHash(kRaw, v.rawNumberText());
    case JsonValue::Type::String:
        return textHash(kString, v.toString());
    case JsonValue::Type::Array: {
        uint64_t h = mix(kArray);
        for (const JsonValue &item : v.asArray().items()) {
            if (!item.isHole())
                h = mix(h ^ hashOf(item)); // in order
        }
        return mix(h ^ v.asArray().size());
    }
    case JsonValue::Type::Object: {
        uint64_t sum = 0; // in any order: a sum of the members' hashes
        for (const auto &[key, value] : v.asObject().members())
            sum += mix(textHash(kString, key.view()) ^ hashOf(value));
        return mix(mix(kObject ^ v.asObject().size()) ^ sum);
    }
    }
    return 0;
}

const ActivitySummary::Member *ActivitySummary::member(std::string_view key) const
{
    for (const Member &m : members) {
        if (m.key.view() == key)
            return &m;
    }
    return nullptr;
}

ActivitySummary ActivitySummary::of(const JsonValue &doc)
{
    ActivitySummary s;
    if (!doc.isObject())
        return s;
    s.isObject = true;
    s.members.reserve(doc.asObject().size());
    for (const auto &[key, value] : doc.asObject().members())
        s.members.push_back({key, hashOf(value)});
    if (const JsonValue *name = doc.find("name"))
        s.name = std::string(name->toString());
    if (!doc.find("steps") && doc.find("actions"))
        s.stepsKey = "actions";

    const JsonArray *steps = nullptr;
    s.stepList = listOf(doc, s.stepsKey, steps);
    if (steps) {
        s.steps.reserve(steps->size());
        uint32_t pos = 0;
        for (const JsonValue &element : steps->items()) {
            if (element.isHole())
                continue;
            const uint32_t here = pos++;
            const JsonValue *id = elementId(element);
            if (!id)
                continue;
            Step step {std::string(id->toString()), here, stepName(element), {}};
            step.members.reserve(element.asObject().size());
            for (const auto &[key, value] : element.asObject().members()) {
                if (key.view() != "id")
                    step.members.push_back({key, hashOf(value)});
            }
            s.steps.push_back(std::move(step));
        }
    }
    const JsonArray *content = nullptr;
    s.contentList = listOf(doc, "content", content);
    if (content) {
        s.content.reserve(content->size());
        for (const JsonValue &element : content->items()) {
            const JsonValue *id = element.isHole() ? nullptr : elementId(element);
            if (!id)
                continue;
            Item item {std::string(id->toString()), hashOf(element), {}};
            if (const JsonValue *refs = element.find("steps"); refs && refs->isArray()) {
                for (const JsonValue &ref : refs->asArray().items()) {
                    if (ref.isString())
                        item.steps.emplace_back(ref.toString());
                }
            }
            s.content.push_back(std::move(item));
        }
    }
    return s;
}

} // namespace mirage
