// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitystate.h"

#include "protocol/domconvert.h"
#include "protocol/eventapplier.h"
#include "protocol/lenientjson.h"
#include "protocol/messageparser.h"
#include "protocol/payloadreader.h"
#include "protocol/rejecttext.h"
#include "protocol/statedump.h"

#include <algorithm>
#include <optional>

namespace mirage {

using namespace simdjson;

static_assert(ActivityState::kReadPadding == SIMDJSON_PADDING, "the padding applyPadded promises is the parser's");

ActivityState::ActivityState()
    : m_parser(std::make_unique<MessageParser>(kMaxDepth))
    , m_participants(JsonValue::array())
    , m_files(JsonValue::array())
{
}

ActivityState::~ActivityState() = default;

void ActivityState::setActivityId(std::string_view id)
{
    const std::string canonical = canonicalUuid(id);
    m_activityId = canonical.empty() ? std::string(id) : canonical;
    m_activityUuid = parseUuid(m_activityId);
}

bool ActivityState::isOwnActivity(std::string_view id) const
{
    if (m_activityId.empty())
        return true;
    if (m_activityUuid) {
        const auto u = parseUuid(id);
        return u ? *u == *m_activityUuid : id == m_activityId;
    }
    return id == m_activityId;
}

std::string_view ActivityState::stepsKey() const
{
    if (m_activity.isObject() && !m_activity.find("steps") && m_activity.find("actions"))
        return "actions";
    return "steps";
}

// Every result passes here once: the applied or rejected count goes up by one.
void ActivityState::count(ApplyResult &r)
{
    if (r.rejection.reason != RejectReason::None) {
        r.applied = false;
        r.changes = ApplyResult::NoChange;
        ++m_rejected;
    } else {
        r.applied = true;
        ++m_applied;
    }
}

ApplyResult ActivityState::reject(Rejection why)
{
    ApplyResult r;
    r.rejection = std::move(why);
    if (r.rejection.reason == RejectReason::None)
        r.rejection.reason = RejectReason::NotJson; // a rejection always has a reason
    count(r);
    return r;
}

ApplyResult ActivityState::rejectBinaryFrame()
{
    Rejection why;
    why.reason = RejectReason::BinaryFrame;
    return reject(std::move(why));
}

ApplyResult ActivityState::apply(std::string_view text)
{
    return parseAndApply(text.data(), text.size(), false);
}

ApplyResult ActivityState::applyPadded(const char *data, size_t len)
{
    return parseAndApply(data, len, true);
}

ApplyResult ActivityState::parseAndApply(const char *data, size_t len, bool padded)
{
    dom::element root;
    Rejection why;
    switch (m_parser->parse(data, len, padded, m_maxMessageBytes, root, why)) {
    case MessageParser::Outcome::Parsed: {
        ApplyResult r = EventApplier::apply(*this, root);
        count(r);
        return r;
    }
    case MessageParser::Outcome::ParsedLenient: {
        const LenientJson::Scope scope;
        ApplyResult r = EventApplier::apply(*this, root);
        count(r);
        return r;
    }
    case MessageParser::Outcome::Rejected:
        break;
    }
    return reject(std::move(why));
}

void ActivityState::replaceActivity(JsonValue activity)
{
    m_activity = std::move(activity);
    m_deleted = false;
    if (m_activityId.empty()) {
        if (const JsonValue *id = m_activity.find("id"); id && id->isString())
            setActivityId(id->toString());
    }
}

std::string ActivityState::loadSnapshot(std::string_view json)
{
    if (json.size() > m_maxMessageBytes * 64)
        return "snapshot is too large";
    // Held to the message limits: 64 levels, the same leniency (SPEC §2).
    dom::parser parser;
    if (parser.allocate(std::max<size_t>(json.size(), 64), kMaxDepth) != SUCCESS)
        return "snapshot is too large";
    dom::element root;
    const error_code err = parser.parse(json.data(), json.size(), true).get(root);
    std::string mended;
    bool lenient = false;
    if (err != SUCCESS) {
        error_code again = err;
        if (LenientJson::isFallbackError(err) && LenientJson::rewrite(json, mended)) {
            again = parser.parse(mended.data(), mended.size(), true).get(root);
            lenient = again == SUCCESS;
        }
        if (again == DEPTH_ERROR)
            return "snapshot nesting deeper than 64 levels";
        if (again != SUCCESS)
            return std::string("snapshot is not JSON: ") + error_message(err);
    }
    std::optional<LenientJson::Scope> scope;
    if (lenient)
        scope.emplace();
    if (!root.is_object())
        return "snapshot is " + std::string(RejectText::kindPhrase(PayloadReader::kind(root))) + ", not a JSON object";
    replaceActivity(fromDom(root));
    return {};
}

std::string ActivityState::dumpJson() const
{
    return StateDump::json(*this);
}

} // namespace mirage
