// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/messageparser.h"

#include "protocol/lenientjson.h"

#include <QtGlobal>

namespace mirage {

using namespace simdjson;

MessageParser::MessageParser(size_t maxDepth)
    : m_maxDepth(maxDepth)
{
    // Sized for a small message: the parser grows to the largest message it meets (keeping the
    // depth limit), and an activity that gets none (a copy shown while the server is down) does
    // not hold ~0.9 MB of buffers for nothing (issue #12: 50 open activities).
    if (m_parser.allocate(kInitialCapacity, maxDepth) != SUCCESS)
        qFatal("out of memory for the JSON parser");
}

MessageParser::Outcome MessageParser::parse(const char *data, size_t len, bool padded, size_t maxBytes, dom::element &root, Rejection &why)
{
    if (len > maxBytes) {
        why.reason = RejectReason::TooLarge;
        why.size = len;
        why.limit = maxBytes;
        return Outcome::Rejected;
    }
    const error_code err = m_parser.parse(data, len, /*realloc_if_needed=*/!padded).get(root);
    if (err == SUCCESS)
        return Outcome::Parsed;
    if (err != DEPTH_ERROR && LenientJson::isFallbackError(err)) {
        // The slow path (SPEC §2 leniency): numbers beyond range, lone surrogates.
        m_mended.clear();
        if (LenientJson::rewrite(std::string_view(data, len), m_mended)) {
            const error_code again = m_parser.parse(m_mended.data(), m_mended.size(), true).get(root);
            if (again == SUCCESS)
                return Outcome::ParsedLenient;
            if (again == DEPTH_ERROR) {
                why.reason = RejectReason::TooDeep;
                why.limit = m_maxDepth;
                return Outcome::Rejected;
            }
        }
    }
    if (err == DEPTH_ERROR) {
        why.reason = RejectReason::TooDeep;
        why.limit = m_maxDepth;
    } else {
        why.reason = RejectReason::NotJson;
        why.detail = error_message(err);
    }
    return Outcome::Rejected;
}

} // namespace mirage
