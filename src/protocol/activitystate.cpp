// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/activitystate.h"

#include "protocol/domconvert.h"
#include "protocol/eventapplier.h"
#include "protocol/jsonarray.h"
#include "protocol/keyedcollection.h"
#include "protocol/lenientjson.h"
#include "protocol/messageparser.h"
#include "protocol/payloadreader.h"
#include "protocol/rejectiontext.h"
#include "protocol/statedump.h"

#include <algorithm>
#include <iterator>
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
    if (m_activityId.empty() || id == m_activityId) // the server's own spelling is the usual case
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

const JsonArray *ActivityState::stepList() const
{
    if (!m_activity.isObject())
        return nullptr;
    const JsonValue *steps = m_activity.find("steps");
    if (!steps)
        steps = m_activity.find("actions");
    return steps && steps->isArray() ? &steps->asArray() : nullptr;
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
    ApplyResult r;
    rejectBinaryFrame(r);
    return r;
}

void ActivityState::rejectBinaryFrame(ApplyResult &out)
{
    out.reset();
    out.rejection.reason = RejectReason::BinaryFrame;
    count(out);
}

ApplyResult ActivityState::apply(std::string_view text)
{
    ApplyResult r;
    parseAndApply(text.data(), text.size(), false, r);
    return r;
}

ApplyResult ActivityState::applyPadded(const char *data, size_t len)
{
    ApplyResult r;
    parseAndApply(data, len, true, r);
    return r;
}

void ActivityState::apply(std::string_view text, ApplyResult &out)
{
    parseAndApply(text.data(), text.size(), false, out);
}

void ActivityState::applyPadded(const char *data, size_t len, ApplyResult &out)
{
    parseAndApply(data, len, true, out);
}

void ActivityState::parseAndApply(const char *data, size_t len, bool padded, ApplyResult &r)
{
    r.reset();
    dom::element root;
    switch (m_parser->parse(data, len, padded, m_maxMessageBytes, root, r.rejection)) {
    case MessageParser::Outcome::Parsed:
        EventApplier::apply(*this, root, r);
        break;
    case MessageParser::Outcome::ParsedLenient: {
        const LenientJson::Scope scope;
        EventApplier::apply(*this, root, r);
        break;
    }
    case MessageParser::Outcome::Rejected:
        if (r.rejection.reason == RejectReason::None)
            r.rejection.reason = RejectReason::NotJson; // a rejection always has a reason
        break;
    }
    count(r);
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

namespace {

// Reads a whole document (a snapshot, a dump) under the message rules of SPEC §2: a size cap,
// `depth` levels, the lenient path for numbers beyond range and lone surrogates. `what` names the
// document in the error text. Empty on success: `root` is an object, to be read while `scope` lives
// (set when the text took the lenient path). `root` lives in `doc`: the parser itself (its index of
// every token, 4 bytes each, and the padded copy of unpadded text) is freed on return, before the
// caller builds a tree from the document (issue #14).
std::string parseDocument(std::string_view json, bool padded, const char *what, size_t maxBytes, size_t depth, dom::document &doc,
    dom::element &root, std::optional<LenientJson::Scope> &scope, LoadProblem &problem)
{
    dom::parser parser;
    problem = LoadProblem::TooLarge;
    if (json.size() > maxBytes || parser.allocate(std::max<size_t>(json.size(), 64), depth) != SUCCESS)
        return std::string(what) + " is too large";
    // Unpadded text is copied into a padded buffer first (the whole snapshot once more).
    const error_code err = parser.parse_into_document(doc, json.data(), json.size(), !padded).get(root);
    bool lenient = false;
    if (err != SUCCESS) {
        error_code again = err;
        std::string mended;
        if (LenientJson::isFallbackError(err) && LenientJson::rewrite(json, mended)) {
            again = parser.parse_into_document(doc, mended.data(), mended.size(), true).get(root);
            lenient = again == SUCCESS;
        }
        problem = again == DEPTH_ERROR ? LoadProblem::TooDeep : LoadProblem::NotJson;
        if (again == DEPTH_ERROR)
            return std::string(what) + " nesting deeper than " + std::to_string(depth) + " levels";
        if (again != SUCCESS)
            return std::string(what) + " is not JSON: " + error_message(err);
    }
    if (lenient)
        scope.emplace();
    problem = LoadProblem::NotObject;
    if (!root.is_object())
        return std::string(what) + " is " + RejectionText::kind(PayloadReader::kind(root)).toStdString() + ", not a JSON object";
    problem = LoadProblem::None;
    return {};
}

bool readCount(dom::element e, uint64_t &out)
{
    if (e.type() == dom::element_type::UINT64) {
        out = e.get_uint64().value_unsafe();
        return true;
    }
    if (e.type() == dom::element_type::INT64 && e.get_int64().value_unsafe() >= 0) {
        out = uint64_t(e.get_int64().value_unsafe());
        return true;
    }
    return false;
}

} // namespace

std::string ActivityState::loadSnapshot(std::string_view json, bool padded, LoadProblem *problem)
{
    // Held to the message limits: 64 levels, the same leniency (SPEC §2).
    dom::document doc;
    dom::element root;
    std::optional<LenientJson::Scope> scope;
    LoadProblem why = LoadProblem::None;
    std::string err = parseDocument(json, padded, "snapshot", m_maxMessageBytes * 64, kMaxDepth, doc, root, scope, why);
    if (problem)
        *problem = why;
    if (!err.empty())
        return err;
    // The old tree goes before the new one is built: a summary is all the comparison needs.
    if (m_keepReplaced)
        m_replaced = ActivitySummary::of(m_activity);
    m_activity.clear();
    replaceActivity(fromDom(root));
    return {};
}

JsonValue ActivityState::adopt(JsonValue activity)
{
    JsonValue replaced = std::move(m_activity); // null after
    m_replaced = ActivitySummary();
    replaceActivity(std::move(activity));
    return replaced;
}

std::string ActivityState::loadDump(std::string_view json)
{
    // One level more than a message: the dump wraps what a snapshot or a message held at level 1.
    dom::document document;
    dom::element root;
    std::optional<LenientJson::Scope> scope;
    LoadProblem problem = LoadProblem::None;
    if (std::string err = parseDocument(json, false, "dump", m_maxMessageBytes * 64, kMaxDepth + 1, document, root, scope, problem);
        !err.empty())
        return err;

    static constexpr std::string_view kKeys[] = {
        "activity_id", "activity", "deleted", "participants", "files", "hash", "applied", "rejected"};
    dom::element member[std::size(kKeys)];
    bool seen[std::size(kKeys)] = {};
    const dom::object doc = root.get_object().value_unsafe(); // parseDocument checked it
    for (dom::key_value_pair kv : doc) {
        const auto *k = std::find(std::begin(kKeys), std::end(kKeys), kv.key);
        if (k == std::end(kKeys))
            return "dump has an unknown member";
        member[k - kKeys] = kv.value; // the last duplicate wins, as everywhere
        seen[k - kKeys] = true;
    }
    for (size_t i = 0; i < std::size(kKeys); ++i) {
        if (!seen[i])
            return "dump has no " + std::string(kKeys[i]);
    }

    // Everything is read and checked before anything changes.
    std::string_view id;
    if (member[0].is_null()) {
        if (!m_activityId.empty())
            return "dump has no activity_id";
    } else if (!LenientJson::getString(member[0], id) || id.empty()) {
        return "dump activity_id is not a string";
    } else if (!isOwnActivity(id)) {
        return "dump is for another activity";
    }
    if (!member[1].is_object() && !member[1].is_null())
        return "dump activity is neither an object nor null";
    if (!member[2].is_bool())
        return "dump deleted is not a boolean";
    JsonValue participants;
    JsonValue files;
    if (std::string err = KeyedCollection::read(member[3], "dump participants", participants); !err.empty())
        return err;
    if (std::string err = KeyedCollection::read(member[4], "dump files", files); !err.empty())
        return err;
    std::string_view hash;
    if (!member[5].is_null() && !LenientJson::getString(member[5], hash))
        return "dump hash is neither a string nor null";
    uint64_t applied = 0;
    uint64_t rejected = 0;
    if (!readCount(member[6], applied))
        return "dump applied is not a non-negative integer";
    if (!readCount(member[7], rejected))
        return "dump rejected is not a non-negative integer";

    if (m_activityId.empty() && !id.empty())
        setActivityId(id);
    m_activity = fromDom(member[1]);
    m_deleted = member[2].get_bool().value_unsafe();
    m_participants = std::move(participants);
    m_files = std::move(files);
    m_hasHash = !member[5].is_null();
    m_hash.assign(hash);
    m_applied = applied;
    m_rejected = rejected;
    return {};
}

std::string ActivityState::dumpJson(size_t sizeHint) const
{
    return StateDump::json(*this, sizeHint);
}

} // namespace mirage
