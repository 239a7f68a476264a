// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mirage {

// Why a message was rejected (SPEC §2, §5): a code and its arguments, no words. The SPEC's English
// for every place is RejectionText's.
enum class RejectReason : uint8_t {
    None, // accepted
    BinaryFrame, // a binary frame: the protocol sends JSON text frames
    TooLarge, // size bytes, more than limit
    TooDeep, // nesting deeper than limit levels
    NotJson, // detail: the parser's own message
    NotAnObject, // the message is JSON but not an object
    IdMissing, // no event "id"
    IdNotInteger, // actual: what the "id" is
    IdTooSmall, // value: the id's text (at most 64 bytes of it)
    ActivityIdNotString, // actual
    ActivityIdMismatch, // value: the other activity's id, at most 64 bytes, cut at a UTF-8 boundary
    ActivityIdMissing,
    PayloadMissing, // keys: the keys looked for, in order (a path's parts joined by '.')
    PayloadWrongType, // key, actual, expected
    SubjectIdMissing, // key: "user" or "file"
    SubjectIdNotString, // key, actual
    FieldNotString, // key ("hash", "title", "message"), actual
};

// The JSON type of a value, as a rejection names it.
enum class JsonKind : uint8_t { Null, Boolean, Number, String, Array, Object, ObjectOrArray, Other };

struct Rejection
{
    RejectReason reason = RejectReason::None;
    JsonKind actual = JsonKind::Other;
    JsonKind expected = JsonKind::Other;
    uint64_t size = 0;
    uint64_t limit = 0;
    std::string key;
    std::string value;
    std::string detail;
    std::vector<std::string> keys;

    // Back to no rejection, keeping the texts' capacity (a reused ApplyResult).
    void reset()
    {
        reason = RejectReason::None;
        actual = expected = JsonKind::Other;
        size = limit = 0;
        key.clear();
        value.clear();
        detail.clear();
        keys.clear();
    }
};

} // namespace mirage
