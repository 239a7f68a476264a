// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// Private to protocol: simdjson types (only protocol's .cpp files include this header).
#include "protocol/rejection.h"

#include <cstddef>
#include <simdjson.h>
#include <string>

namespace mirage {

// Reads one message's text into a DOM (SPEC §2): the size limit, the depth limit (enforced by the
// parser itself: the message object is level 1, level maxDepth + 1 fails), and the lenient slow
// path for numbers beyond range and lone surrogates. The DOM lives until the next parse.
class MessageParser
{
public:
    explicit MessageParser(size_t maxDepth);
    MessageParser(const MessageParser &) = delete;
    MessageParser &operator=(const MessageParser &) = delete;

    enum class Outcome { Parsed, ParsedLenient, Rejected };
    // On Parsed/ParsedLenient `root` is the message; read a ParsedLenient one under a
    // LenientJson::Scope. On Rejected `why` says why. `padded`: simdjson::SIMDJSON_PADDING
    // readable bytes follow `len`.
    Outcome parse(const char *data, size_t len, bool padded, size_t maxBytes, simdjson::dom::element &root, Rejection &why);

private:
    static constexpr size_t kInitialCapacity = 4 * 1024;
    simdjson::dom::parser m_parser;
    size_t m_maxDepth;
    std::string m_mended;
};

} // namespace mirage
