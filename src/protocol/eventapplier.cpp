// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/eventapplier.h"

#include "protocol/activitystate.h"
#include "protocol/domconvert.h"
#include "protocol/fileview.h"
#include "protocol/jsonobject.h"
#include "protocol/keyedcollection.h"
#include "protocol/lenientjson.h"
#include "protocol/mergepatch.h"
#include "protocol/payloadreader.h"

#include <algorithm>

namespace mirage {

using namespace simdjson;

namespace {

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

} // namespace

void EventApplier::apply(ActivityState &state, dom::element root, ApplyResult &r)
{
    EventApplier a(state, r);
    dom::object msg;
    if (root.get_object().get(msg) != SUCCESS) {
        a.fail(RejectReason::NotAnObject);
        return;
    }
    const Common common = readCommon(msg);
    std::string_view aid;
    bool hasAid = false;
    if (!a.readId(common) || !a.readActivityId(common, aid, hasAid))
        return;

    // Validate the payload completely, then apply: nothing may fail after a change.
    bool ok = true;
    switch (r.id) {
    case EventId::ActivityCreated:
    case EventId::ActivityRetrieved:
    case EventId::ActivityUpdated:
    case EventId::ActivityDeleted:
    case EventId::AllActivitiesRetrieved:
        ok = a.applyActivityEvent(msg, common);
        break;
    case EventId::ActivityConfigUpdated:
    case EventId::ActivityConfigRetrieved:
        ok = a.applyConfigEvent(msg);
        break;
    case EventId::ActivityHashRetrieved:
    case EventId::AllActivityHashesRetrieved:
        ok = a.applyHashEvent(msg);
        break;
    case EventId::UserJoined:
    case EventId::UserLeft:
    case EventId::UserStatusUpdated:
        ok = a.applyUserEvent(msg);
        break;
    case EventId::SystemAlert:
    case EventId::NotificationSent:
        ok = a.applyNotification(msg);
        break;
    case EventId::FileUploaded:
    case EventId::FileDeleted:
    case EventId::FileDownloaded:
        ok = a.applyFileEvent(msg);
        break;
    default:
        break; // accepted, logged by the caller, no state change
    }
    if (ok && state.m_activityId.empty() && hasAid)
        state.setActivityId(aid);
}

bool EventApplier::fail(RejectReason reason)
{
    m_r.rejection.reason = reason;
    return false;
}

EventApplier::Common EventApplier::readCommon(dom::object msg)
{
    Common c;
    for (dom::key_value_pair kv : msg) { // a later member of a key replaces an earlier one (SPEC §2)
        const auto take = [&](std::string_view key, dom::element &slot, uint8_t bit) {
            if (kv.key == key) {
                slot = kv.value;
                c.found |= bit;
            }
        };
        switch (kv.key.size()) { // one comparison at most per member
        case 2:
            take("id", c.id, Common::Id);
            break;
        case 4:
            take("data", c.data, Common::Data);
            break;
        case 11:
            take("activity_id", c.activityId, Common::ActivityId);
            break;
        case 14:
            take("updated_fields", c.updatedFields, Common::UpdatedFields);
            break;
        default:
            break;
        }
    }
    return c;
}

bool EventApplier::updatedFields(const Common &c, dom::object &out)
{
    if (c.found & Common::UpdatedFields)
        return PayloadReader::asObject(c.updatedFields, "updated_fields", out, m_r.rejection);
    if (c.found & Common::Data)
        return PayloadReader::asObject(c.data, "data", out, m_r.rejection);
    PayloadReader::missing(m_r.rejection, {"updated_fields", "data"});
    return false;
}

bool EventApplier::readId(const Common &c)
{
    if (!(c.found & Common::Id))
        return fail(RejectReason::IdMissing);
    const dom::element idEl = c.id;
    switch (idEl.type()) {
    case dom::element_type::INT64:
        m_r.id = idEl.get_int64().value_unsafe();
        break;
    case dom::element_type::UINT64:
        m_r.id = INT64_MAX; // an integer, far in the future-expansion range
        break;
    case dom::element_type::STRING: {
        std::string_view raw; // a number beyond 64 bits or beyond the double range (SPEC §2)
        if (LenientJson::getRawNumber(idEl, raw) && LenientJson::isIntegerText(raw)) {
            if (raw[0] == '-') {
                m_r.rejection.value.assign(raw.substr(0, 64));
                return fail(RejectReason::IdTooSmall);
            }
            m_r.id = INT64_MAX;
            break;
        }
        PayloadReader::wrongType(m_r.rejection, RejectReason::IdNotInteger, "id", idEl);
        return false;
    }
    default:
        PayloadReader::wrongType(m_r.rejection, RejectReason::IdNotInteger, "id", idEl);
        return false;
    }
    m_r.hasId = true;
    if (m_r.id < 100) {
        m_r.rejection.value = std::to_string(m_r.id);
        return fail(RejectReason::IdTooSmall);
    }
    return true;
}

bool EventApplier::readActivityId(const Common &c, std::string_view &aid, bool &hasAid)
{
    const dom::element aidEl = c.activityId;
    hasAid = (c.found & Common::ActivityId) && !aidEl.is_null();
    if (hasAid) {
        if (!LenientJson::getString(aidEl, aid)) {
            PayloadReader::wrongType(m_r.rejection, RejectReason::ActivityIdNotString, "activity_id", aidEl);
            return false;
        }
        if (!m_state.isOwnActivity(aid)) {
            m_r.rejection.value.assign(utf8Prefix(aid, 64));
            return fail(RejectReason::ActivityIdMismatch);
        }
    } else if (EventCatalogue::needsActivityId(m_r.id)) {
        return fail(RejectReason::ActivityIdMissing);
    }
    return true;
}

bool EventApplier::applyActivityEvent(dom::object msg, const Common &c)
{
    ActivityState &s = m_state;
    dom::object obj;
    switch (m_r.id) {
    case EventId::ActivityCreated:
    case EventId::ActivityRetrieved:
        if (!PayloadReader::object(msg, {"data", "activity", "updated_fields"}, obj, m_r.rejection))
            return false;
        s.m_activity = fromDomObjectWithout(obj, {});
        s.m_deleted = false;
        m_r.changes = ApplyResult::ActivityReplaced;
        break;
    case EventId::ActivityUpdated:
        if (!updatedFields(c, obj))
            return false;
        MergePatch::applyWatching(s.m_activity, obj, s.stepsKey(), s.m_collect ? &m_r.steps : nullptr);
        m_r.changes = ApplyResult::ActivityMerged;
        if (s.m_collect) {
            for (auto field : obj) {
                if (std::find(m_r.fields.begin(), m_r.fields.end(), field.key) == m_r.fields.end())
                    m_r.fields.emplace_back(field.key);
            }
        }
        break;
    case EventId::ActivityDeleted:
        s.m_deleted = true;
        m_r.changes = ApplyResult::ActivityDeleted;
        break;
    case EventId::AllActivitiesRetrieved: {
        dom::element data;
        dom::array list;
        if (!lastMember(msg, "data", data)) {
            PayloadReader::missing(m_r.rejection, {"data"});
            return false;
        }
        if (data.get_array().get(list) != SUCCESS) {
            PayloadReader::wrongType(m_r.rejection, RejectReason::PayloadWrongType, "data", data, JsonKind::Array);
            return false;
        }
        s.m_activityList = fromDom(data);
        m_r.changes = ApplyResult::ActivityListChanged;
        break;
    }
    default:
        break;
    }
    return true;
}

bool EventApplier::applyConfigEvent(dom::object msg)
{
    ActivityState &s = m_state;
    dom::object obj;
    const bool merge = m_r.id == EventId::ActivityConfigUpdated;
    const bool ok = merge ? PayloadReader::object(msg, {"updated_fields", "data"}, obj, m_r.rejection)
                          : PayloadReader::object(msg, {"data", "config", "updated_fields"}, obj, m_r.rejection);
    if (!ok)
        return false;
    if (!s.m_activity.isObject())
        s.m_activity = JsonValue::object();
    JsonValue &config = s.m_activity.asObject()["config"];
    if (merge)
        MergePatch::applyObject(config, obj);
    else
        config = fromDomObjectWithout(obj, {});
    m_r.changes = ApplyResult::ActivityMerged;
    if (s.m_collect)
        m_r.fields.emplace_back("config");
    return true;
}

bool EventApplier::applyHashEvent(dom::object msg)
{
    dom::element data;
    if (m_r.id == EventId::AllActivityHashesRetrieved) {
        if (!lastMember(msg, "data", data)) {
            PayloadReader::missing(m_r.rejection, {"data"});
            return false;
        }
        if (!data.is_object() && !data.is_array()) {
            PayloadReader::wrongType(m_r.rejection, RejectReason::PayloadWrongType, "data", data, JsonKind::ObjectOrArray);
            return false;
        }
        return true;
    }
    dom::element h;
    bool found = lastMember(msg, "hash", h);
    if (!found) {
        dom::object dataObj;
        if (lastMember(msg, "data", data) && data.get_object().get(dataObj) == SUCCESS)
            found = lastMember(dataObj, "hash", h);
    }
    std::string_view hash;
    if (!found) {
        PayloadReader::missing(m_r.rejection, {"hash", "data.hash"});
        return false;
    }
    if (!LenientJson::getString(h, hash)) {
        PayloadReader::wrongType(m_r.rejection, RejectReason::FieldNotString, "hash", h, JsonKind::String);
        return false;
    }
    m_state.m_hash.assign(hash);
    m_state.m_hasHash = true;
    m_r.changes = ApplyResult::HashChanged;
    return true;
}

bool EventApplier::applyUserEvent(dom::object msg)
{
    dom::object obj;
    std::string_view subject;
    if (!PayloadReader::keyed(msg, {"user", "data", "updated_fields"}, "user", obj, subject, m_r.rejection))
        return false;
    // With details, the user as this message leaves them; for a leave, what it says of them.
    if (m_r.id == EventId::UserLeft) {
        KeyedCollection::remove(m_state.m_participants, subject);
        m_r.subjectRemoved = true;
        if (m_state.m_collect)
            m_r.subject = std::make_shared<const JsonValue>(fromDomObjectWithout(obj, "$patch"));
    } else {
        const JsonValue &user = KeyedCollection::upsert(m_state.m_participants, obj, subject);
        if (m_state.m_collect)
            m_r.subject = std::make_shared<const JsonValue>(user.clone());
    }
    m_r.changes = ApplyResult::ParticipantsChanged;
    if (m_state.m_collect)
        m_r.subjectId.assign(subject);
    return true;
}

bool EventApplier::applyNotification(dom::object msg)
{
    bool hasLevel = false, hasTitle = false, hasMessage = false;
    std::string level, title, message;
    Rejection ignored;
    if (m_r.id == EventId::SystemAlert && !PayloadReader::text(msg, "level", level, hasLevel, ignored))
        level.clear(); // a level of another type is read as "info"
    if (!PayloadReader::text(msg, "title", title, hasTitle, m_r.rejection)
        || !PayloadReader::text(msg, "message", message, hasMessage, m_r.rejection))
        return false;
    if (!hasTitle && !hasMessage) {
        PayloadReader::missing(m_r.rejection, {"title", "message"});
        return false;
    }
    m_r.changes = ApplyResult::Notification;
    if (m_state.m_collect) {
        m_r.level = std::move(level);
        m_r.title = std::move(title);
        m_r.message = std::move(message);
    }
    return true;
}

bool EventApplier::applyFileEvent(dom::object msg)
{
    dom::object obj;
    std::string_view subject;
    if (!PayloadReader::keyed(msg, {"file", "data", "updated_fields"}, "file", obj, subject, m_r.rejection))
        return false;
    // With details, the file as this message leaves it (a 402: as it was): the log and the popups
    // read it there, not back from the tree.
    const bool collect = m_state.m_collect;
    JsonValue &files = m_state.m_files;
    if (m_r.id == EventId::FileUploaded) {
        const JsonValue &file = KeyedCollection::upsert(files, obj, subject);
        if (collect)
            m_r.subject = std::make_shared<const JsonValue>(file.clone());
    } else if (m_r.id == EventId::FileDeleted) {
        KeyedCollection::remove(files, subject, collect ? &m_r.subject : nullptr);
        m_r.subjectRemoved = true;
    } else if (JsonValue *file = KeyedCollection::find(files, subject)) {
        KeyedCollection::countOne(file->asObject()[FileView::downloadsKey()]);
        if (collect)
            m_r.subject = std::make_shared<const JsonValue>(file->clone());
    }
    m_r.changes = ApplyResult::FilesChanged;
    if (m_state.m_collect)
        m_r.subjectId.assign(subject);
    return true;
}

} // namespace mirage
