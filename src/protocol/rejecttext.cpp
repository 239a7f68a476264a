// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/rejecttext.h"

namespace mirage {

namespace {

// "data", "activity" or "updated_fields"; a path "data.hash" reads "data"."hash".
std::string describeKeys(const std::vector<std::string> &keys)
{
    std::string s;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i)
            s += keys.size() > 1 && i == keys.size() - 1 ? " or " : ", ";
        s += '"';
        for (char c : keys[i])
            s += c == '.' ? std::string_view("\".\"") : std::string_view(&c, 1);
        s += '"';
    }
    return s;
}

std::string isNot(std::string_view actual, std::string_view expected)
{
    return " is " + std::string(actual) + ", not " + std::string(expected);
}

} // namespace

std::string_view RejectText::kindPhrase(JsonKind k)
{
    switch (k) {
    case JsonKind::Array:
        return "an array";
    case JsonKind::Object:
        return "an object";
    case JsonKind::Number:
        return "a number";
    case JsonKind::String:
        return "a string";
    case JsonKind::Boolean:
        return "a boolean";
    case JsonKind::Null:
        return "null";
    case JsonKind::ObjectOrArray:
        return "an object or array";
    case JsonKind::Other:
        break;
    }
    return "something else";
}

std::string RejectText::english(const Rejection &r)
{
    const std::string_view actual = kindPhrase(r.actual);
    switch (r.reason) {
    case RejectReason::None:
        return {};
    case RejectReason::BinaryFrame:
        return "binary frame (the protocol sends JSON text frames)";
    case RejectReason::TooLarge:
        return "message of " + std::to_string(r.size) + " bytes is larger than the limit of " + std::to_string(r.limit);
    case RejectReason::TooDeep:
        return "nesting deeper than " + std::to_string(r.limit) + " levels";
    case RejectReason::NotJson:
        return "not JSON: " + r.detail;
    case RejectReason::NotAnObject:
        return "not a JSON object";
    case RejectReason::IdMissing:
        return "event \"id\" missing";
    case RejectReason::IdNotInteger:
        return "event \"id\"" + isNot(actual, "an integer");
    case RejectReason::IdTooSmall:
        return "event id " + r.value + " is below 100";
    case RejectReason::ActivityIdNotString:
        return "\"activity_id\"" + isNot(actual, "a string");
    case RejectReason::ActivityIdMismatch:
        return "\"activity_id\" names another activity (" + r.value + ")";
    case RejectReason::ActivityIdMissing:
        return "\"activity_id\" missing";
    case RejectReason::PayloadMissing:
        return "payload missing: expected " + describeKeys(r.keys);
    case RejectReason::PayloadWrongType:
        return "payload \"" + r.key + "\"" + isNot(actual, kindPhrase(r.expected));
    case RejectReason::SubjectIdMissing:
        return r.key + " has no \"id\"";
    case RejectReason::SubjectIdNotString:
        return r.key + " \"id\"" + isNot(actual, "a string");
    case RejectReason::FieldNotString:
        return "\"" + r.key + "\"" + isNot(actual, "a string");
    }
    return "rejected";
}

} // namespace mirage
