// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include <simdjson.h>
#include <string>
#include <string_view>

namespace mirage {

// SPEC §2 leniency, the slow path. simdjson refuses what the server's Python may emit: integers
// beyond 64 bits, numbers beyond the double range (NUMBER_ERROR; simdjson 3.0.1's DOM has no BIGINT_ERROR) and lone surrogate escapes
// (STRING_ERROR). Only then is the text rewritten into JSON simdjson reads:
//  - a lone surrogate escape (\ud800, \udc00, a high one not followed by a low one) becomes \ufffd;
//  - a valid number token simdjson cannot hold becomes the string value "\u0000" + token;
//  - so that no string can pass for such a number, every string *value* that starts with U+0000
//    gets one more "\u0000" in front (keys are never read as numbers and stay as they are).
// While a Scope lives on this thread, the readers below undo the last two. Outside a Scope (the
// fast path) they are plain simdjson reads plus one byte compare.
class LenientJson
{
public:
    static bool isFallbackError(simdjson::error_code e) { return e == simdjson::NUMBER_ERROR || e == simdjson::STRING_ERROR; }
    // Rewrites `in` into `out`; false when nothing needed rewriting (the text is bad for another
    // reason, and the caller reports simdjson's first error).
    static bool rewrite(std::string_view in, std::string &out);

    // Marks the current thread as reading a rewritten DOM.
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };

    // A string value (a rewritten one without its extra U+0000); false for anything else,
    // a raw number included.
    static bool getString(simdjson::dom::element e, std::string_view &out);
    // The JSON text of a number simdjson could not hold; false for anything else.
    static bool getRawNumber(simdjson::dom::element e, std::string_view &text);
    // For a string `s` read from a DOM: true when, in a Scope, it stands for a raw number (then
    // `s` becomes its text); else false, and `s` is the string (without a rewrite's extra U+0000).
    static bool decodeString(std::string_view &s);
    // True for a raw number that is an integer (no fraction, no exponent).
    static bool isIntegerText(std::string_view text);
};

} // namespace mirage
