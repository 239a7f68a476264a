#include "protocol/activitystate.h"

#include "protocol/domconvert.h"
#include "protocol/idkey.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonobject.h"
#include "protocol/lenientjson.h"
#include "protocol/mergepatch.h"

#include <QtGlobal>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>

namespace mirage {

using namespace simdjson;

namespace {

// The first of `keys` that the message has (SPEC §2: "first found wins").
bool findPayload(dom::object msg, std::initializer_list<std::string_view> keys, dom::element &out,
                 std::string_view &found)
{
    for (std::string_view k : keys) {
        if (lastMember(msg, k, out)) {
            found = k;
            return true;
        }
    }
    return false;
}

std::string describeKeys(std::initializer_list<std::string_view> keys)
{
    std::string s;
    for (std::string_view k : keys) {
        if (!s.empty())
            s += keys.size() > 1 && k == *(keys.end() - 1) ? " or " : ", ";
        s += '"';
        s += k;
        s += '"';
    }
    return s;
}

std::string_view typeName(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY: return "an array";
    case dom::element_type::OBJECT: return "an object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return "a number";
    case dom::element_type::STRING: {
        std::string_view s;
        return LenientJson::getString(e, s) ? "a string" : "a number";
    }
    case dom::element_type::BOOL: return "a boolean";
    case dom::element_type::NULL_VALUE: return "null";
    }
    return "something else";
}

// Finds the object payload under the first present key; on failure fills `error`.
bool objectPayload(dom::object msg, std::initializer_list<std::string_view> keys, dom::object &out, std::string &error)
{
    dom::element e;
    std::string_view found;
    if (!findPayload(msg, keys, e, found)) {
        error = "payload missing: expected " + describeKeys(keys);
        return false;
    }
    if (e.get_object().get(out) != SUCCESS) {
        error = std::string("payload \"") + std::string(found) + "\" is " + std::string(typeName(e)) + ", not an object";
        return false;
    }
    return true;
}

// An object payload that also carries a string "id" (users and files).
bool keyedPayload(dom::object msg, std::initializer_list<std::string_view> keys, std::string_view what,
                  dom::object &out, std::string_view &id, std::string &error)
{
    if (!objectPayload(msg, keys, out, error))
        return false;
    dom::element idEl;
    if (!lastMember(out, "id", idEl)) {
        error = std::string(what) + " has no \"id\"";
        return false;
    }
    if (!LenientJson::getString(idEl, id)) {
        error = std::string(what) + " \"id\" is " + std::string(typeName(idEl)) + ", not a string";
        return false;
    }
    return true;
}

// A notification text field, at top level or inside "data". Returns false on a wrong type.
bool textField(dom::object msg, std::string_view key, std::string &out, bool &found, std::string &error)
{
    dom::element e;
    found = lastMember(msg, key, e);
    if (!found) {
        dom::element data;
        dom::object dataObj;
        if (lastMember(msg, "data", data) && data.get_object().get(dataObj) == SUCCESS)
            found = lastMember(dataObj, key, e);
    }
    if (!found || e.is_null()) {
        found = false;
        return true;
    }
    std::string_view s;
    if (!LenientJson::getString(e, s)) {
        error = "\"" + std::string(key) + "\" is " + std::string(typeName(e)) + ", not a string";
        return false;
    }
    out.assign(s);
    return true;
}

// At most `max` bytes of the UTF-8 text `s`, cut before a character that would not fit.
std::string_view utf8Prefix(std::string_view s, size_t max)
{
    if (s.size() <= max)
        return s;
    size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n; // s[n] continues a character: cut before the character's first byte
    return s.substr(0, n);
}

// A 403 counts one download. The count saturates (SPEC §2, docs/design.md): an int64 stops at
// INT64_MAX; a double goes up only while +1 is exact, else it stays; a number kept as its text
// (beyond 64 bits or the double range) stays; anything else (absent, null, a string) becomes 1.
void countDownload(JsonValue &count)
{
    if (count.isInt()) {
        const int64_t n = count.toInt();
        if (n < INT64_MAX)
            count = JsonValue(n + 1);
    } else if (count.isDouble()) {
        const double d = count.toDouble();
        const double next = d + 1.0;
        if (std::isfinite(next) && next != d && next - 1.0 == d)
            count = JsonValue(next);
    } else if (!count.isRawNumber()) {
        count = JsonValue(int64_t(1));
    }
}

void upsertKeyed(JsonValue &collection, dom::object obj, std::string_view id)
{
    if (!collection.isArray())
        collection = JsonValue::array();
    JsonArray &arr = collection.asArray();
    const uint32_t slot = arr.findById(id);
    if (slot != JsonArray::npos) {
        MergePatch::mergeElement(arr.slot(slot), obj);
    } else {
        JsonValue v;
        MergePatch::applyObject(v, obj);
        if (!v.isObject())
            v = JsonValue::object();
        v.asObject().set("id", JsonValue(id)); // a "$patch": "replace" user still keeps its key
        arr.appendKeyed(std::move(v));
    }
}

bool removeKeyed(JsonValue &collection, std::string_view id)
{
    if (!collection.isArray())
        return false;
    JsonArray &arr = collection.asArray();
    const uint32_t slot = arr.findById(id);
    if (slot == JsonArray::npos)
        return false;
    arr.removeSlot(slot);
    arr.settle();
    return true;
}

void appendSortedById(std::string &out, const JsonValue &collection)
{
    std::vector<const JsonValue *> items;
    if (collection.isArray()) {
        items.reserve(collection.asArray().size());
        for (const JsonValue &e : collection.asArray().items()) {
            if (!e.isHole())
                items.push_back(&e);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const JsonValue *a, const JsonValue *b) {
        const JsonValue *ia = a->find("id");
        const JsonValue *ib = b->find("id");
        return (ia ? ia->stringView() : std::string_view()) < (ib ? ib->stringView() : std::string_view());
    });
    out.push_back('[');
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out.push_back(',');
        items[i]->appendJson(out);
    }
    out.push_back(']');
}

} // namespace

ActivityState::ActivityState() : m_participants(JsonValue::array()), m_files(JsonValue::array())
{
    // Depth is enforced by the parser itself: the message object is level 1, level 65 fails.
    if (m_parser.allocate(64 * 1024, kMaxDepth) != simdjson::SUCCESS)
        qFatal("out of memory for the JSON parser");
}

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

ApplyResult ActivityState::rejected(ApplyResult r, std::string reason)
{
    r.applied = false;
    r.error = std::move(reason);
    r.changes = ApplyResult::NoChange;
    ++m_rejected;
    return r;
}

ApplyResult ActivityState::reject(std::string reason)
{
    return rejected(ApplyResult(), std::move(reason));
}

ApplyResult ActivityState::rejectBinaryFrame()
{
    return reject("binary frame (the protocol sends JSON text frames)");
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
    if (len > m_maxMessageBytes)
        return reject("message of " + std::to_string(len) + " bytes is larger than the limit of "
                      + std::to_string(m_maxMessageBytes));
    dom::element root;
    const error_code err = m_parser.parse(data, len, /*realloc_if_needed=*/!padded).get(root);
    if (err == SUCCESS)
        return applyElement(root);
    if (err == DEPTH_ERROR)
        return reject("nesting deeper than 64 levels");
    if (LenientJson::isFallbackError(err)) {
        // The slow path (SPEC §2 leniency): numbers beyond range, lone surrogates.
        std::string mended;
        if (LenientJson::rewrite(std::string_view(data, len), mended)) {
            const error_code again = m_parser.parse(mended.data(), mended.size(), true).get(root);
            if (again == SUCCESS) {
                const LenientJson::Scope scope;
                return applyElement(root);
            }
            if (again == DEPTH_ERROR)
                return reject("nesting deeper than 64 levels");
        }
    }
    return reject(std::string("not JSON: ") + error_message(err));
}

ApplyResult ActivityState::applyElement(dom::element root)
{
    ApplyResult r;
    dom::object msg;
    if (root.get_object().get(msg) != SUCCESS)
        return rejected(std::move(r), "not a JSON object");

    // --- the event id
    dom::element idEl;
    if (!lastMember(msg, "id", idEl))
        return rejected(std::move(r), "event \"id\" missing");
    switch (idEl.type()) {
    case dom::element_type::INT64:
        r.id = idEl.get_int64().value_unsafe();
        break;
    case dom::element_type::UINT64:
        r.id = INT64_MAX; // an integer, far in the future-expansion range
        break;
    case dom::element_type::STRING: {
        std::string_view raw; // a number beyond 64 bits or beyond the double range (SPEC §2)
        if (LenientJson::getRawNumber(idEl, raw) && LenientJson::isIntegerText(raw)) {
            if (raw[0] == '-')
                return rejected(std::move(r), "event id " + std::string(raw.substr(0, 64)) + " is below 100");
            r.id = INT64_MAX;
            break;
        }
        return rejected(std::move(r), "event \"id\" is " + std::string(typeName(idEl)) + ", not an integer");
    }
    default:
        return rejected(std::move(r), "event \"id\" is " + std::string(typeName(idEl)) + ", not an integer");
    }
    r.hasId = true;
    if (r.id < 100)
        return rejected(std::move(r), "event id " + std::to_string(r.id) + " is below 100");

    // --- the activity it is about
    dom::element aidEl;
    std::string_view aid;
    bool hasAid = lastMember(msg, "activity_id", aidEl) && !aidEl.is_null();
    if (hasAid) {
        if (!LenientJson::getString(aidEl, aid))
            return rejected(std::move(r), "\"activity_id\" is " + std::string(typeName(aidEl)) + ", not a string");
        if (!isOwnActivity(aid))
            return rejected(std::move(r), "\"activity_id\" names another activity (" + std::string(utf8Prefix(aid, 64)) + ")");
    } else if (EventCatalogue::needsActivityId(r.id)) {
        return rejected(std::move(r), "\"activity_id\" missing");
    }

    // --- validate the payload completely, then apply: nothing below may fail after a change
    std::string error;
    dom::object obj;
    std::string_view subject;
    switch (r.id) {
    case EventId::ActivityCreated:
    case EventId::ActivityRetrieved:
        if (!objectPayload(msg, {"data", "activity", "updated_fields"}, obj, error))
            return rejected(std::move(r), error);
        m_activity = fromDomObjectWithout(obj, {});
        m_deleted = false;
        r.changes = ApplyResult::ActivityReplaced;
        break;
    case EventId::ActivityUpdated:
        if (!objectPayload(msg, {"updated_fields", "data"}, obj, error))
            return rejected(std::move(r), error);
        MergePatch::applyWatching(m_activity, obj, stepsKey(), m_collect ? &r.steps : nullptr);
        r.changes = ApplyResult::ActivityMerged;
        if (m_collect) {
            for (auto field : obj) {
                if (std::find(r.fields.begin(), r.fields.end(), field.key) == r.fields.end())
                    r.fields.emplace_back(field.key);
            }
        }
        break;
    case EventId::ActivityDeleted:
        m_deleted = true;
        r.changes = ApplyResult::ActivityDeleted;
        break;
    case EventId::AllActivitiesRetrieved: {
        dom::element data;
        dom::array list;
        if (!lastMember(msg, "data", data))
            return rejected(std::move(r), "payload missing: expected \"data\"");
        if (data.get_array().get(list) != SUCCESS)
            return rejected(std::move(r), "payload \"data\" is " + std::string(typeName(data)) + ", not an array");
        m_activityList = fromDom(data);
        r.changes = ApplyResult::ActivityListChanged;
        break;
    }
    case EventId::ActivityConfigUpdated:
    case EventId::ActivityConfigRetrieved: {
        const bool merge = r.id == EventId::ActivityConfigUpdated;
        const bool ok = merge ? objectPayload(msg, {"updated_fields", "data"}, obj, error)
                              : objectPayload(msg, {"data", "config", "updated_fields"}, obj, error);
        if (!ok)
            return rejected(std::move(r), error);
        if (!m_activity.isObject())
            m_activity = JsonValue::object();
        JsonValue &config = m_activity.asObject()["config"];
        if (merge)
            MergePatch::applyObject(config, obj);
        else
            config = fromDomObjectWithout(obj, {});
        r.changes = ApplyResult::ActivityMerged;
        if (m_collect)
            r.fields.emplace_back("config");
        break;
    }
    case EventId::ActivityHashRetrieved: {
        dom::element h;
        bool found = lastMember(msg, "hash", h);
        if (!found) {
            dom::element data;
            dom::object dataObj;
            if (lastMember(msg, "data", data) && data.get_object().get(dataObj) == SUCCESS)
                found = lastMember(dataObj, "hash", h);
        }
        std::string_view hash;
        if (!found)
            return rejected(std::move(r), "payload missing: expected \"hash\" or \"data\".\"hash\"");
        if (!LenientJson::getString(h, hash))
            return rejected(std::move(r), "\"hash\" is " + std::string(typeName(h)) + ", not a string");
        m_hash.assign(hash);
        m_hasHash = true;
        r.changes = ApplyResult::HashChanged;
        break;
    }
    case EventId::AllActivityHashesRetrieved: {
        dom::element data;
        if (!lastMember(msg, "data", data))
            return rejected(std::move(r), "payload missing: expected \"data\"");
        if (!data.is_object() && !data.is_array())
            return rejected(std::move(r), "payload \"data\" is " + std::string(typeName(data)) + ", not an object or array");
        break;
    }
    case EventId::UserJoined:
    case EventId::UserLeft:
    case EventId::UserStatusUpdated:
        if (!keyedPayload(msg, {"user", "data", "updated_fields"}, "user", obj, subject, error))
            return rejected(std::move(r), error);
        if (r.id == EventId::UserLeft) {
            removeKeyed(m_participants, subject);
            r.subjectRemoved = true;
        } else {
            upsertKeyed(m_participants, obj, subject);
        }
        r.changes = ApplyResult::ParticipantsChanged;
        if (m_collect)
            r.subjectId.assign(subject);
        break;
    case EventId::SystemAlert:
    case EventId::NotificationSent: {
        bool hasLevel = false, hasTitle = false, hasMessage = false;
        std::string level, title, message, ignored;
        if (r.id == EventId::SystemAlert && !textField(msg, "level", level, hasLevel, ignored))
            level.clear(); // a level of another type is read as "info"
        if (!textField(msg, "title", title, hasTitle, error) || !textField(msg, "message", message, hasMessage, error))
            return rejected(std::move(r), error);
        if (!hasTitle && !hasMessage)
            return rejected(std::move(r), "payload missing: expected \"title\" or \"message\"");
        r.changes = ApplyResult::Notification;
        if (m_collect) {
            r.level = std::move(level);
            r.title = std::move(title);
            r.message = std::move(message);
        }
        break;
    }
    case EventId::FileUploaded:
    case EventId::FileDeleted:
    case EventId::FileDownloaded:
        if (!keyedPayload(msg, {"file", "data", "updated_fields"}, "file", obj, subject, error))
            return rejected(std::move(r), error);
        if (r.id == EventId::FileUploaded) {
            upsertKeyed(m_files, obj, subject);
        } else if (r.id == EventId::FileDeleted) {
            removeKeyed(m_files, subject);
            r.subjectRemoved = true;
        } else if (m_files.isArray()) {
            JsonArray &files = m_files.asArray();
            const uint32_t slot = files.findById(subject);
            if (slot != JsonArray::npos) {
                countDownload(files.slot(slot).asObject()["download_count"]);
            }
        }
        r.changes = ApplyResult::FilesChanged;
        if (m_collect)
            r.subjectId.assign(subject);
        break;
    default:
        break; // accepted, logged by the caller, no state change
    }

    if (m_activityId.empty() && hasAid)
        setActivityId(aid);
    r.applied = true;
    ++m_applied;
    return r;
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
        return "snapshot is " + std::string(typeName(root)) + ", not a JSON object";
    replaceActivity(fromDom(root));
    return {};
}

std::string ActivityState::dumpJson() const
{
    std::string out;
    out.reserve(1024);
    out += "{\"activity_id\":";
    if (m_activityId.empty())
        out += "null";
    else
        appendJsonString(out, m_activityId);
    out += ",\"activity\":";
    m_activity.appendJson(out);
    out += m_deleted ? ",\"deleted\":true" : ",\"deleted\":false";
    out += ",\"participants\":";
    appendSortedById(out, m_participants);
    out += ",\"files\":";
    appendSortedById(out, m_files);
    out += ",\"hash\":";
    if (m_hasHash)
        appendJsonString(out, m_hash);
    else
        out += "null";
    char buf[24];
    out += ",\"applied\":";
    out.append(buf, std::to_chars(buf, buf + sizeof buf, m_applied).ptr);
    out += ",\"rejected\":";
    out.append(buf, std::to_chars(buf, buf + sizeof buf, m_rejected).ptr);
    out += '}';
    return out;
}

} // namespace mirage
