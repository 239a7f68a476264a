// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitysummary.h"
#include "protocol/applyresult.h"
#include "protocol/idkey.h"
#include "protocol/jsonvalue.h"
#include "protocol/loadproblem.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mirage {

class EventApplier;
class MessageParser;

// The local copy of one activity (SPEC §2, §6): the merged activity document, its deleted flag,
// participants and files keyed by id, the last hash, and the applied / rejected counts.
// Every message is parsed once, validated completely, and only then applied: a rejected message
// changes nothing but the rejected count.
class ActivityState
{
public:
    static constexpr size_t kDefaultMaxMessageBytes = 16u * 1024u * 1024u;
    static constexpr size_t kMaxDepth = 64;
    // The readable bytes `applyPadded` needs after a message (the parser's padding).
    static constexpr size_t kReadPadding = 64;

    ActivityState();
    ~ActivityState();
    ActivityState(const ActivityState &) = delete;
    ActivityState &operator=(const ActivityState &) = delete;

    // The activity this state follows. A UUID is kept in lowercase canonical form. Until it is
    // set, the first accepted message's activity_id sets it.
    void setActivityId(std::string_view id);
    const std::string &activityId() const { return m_activityId; }
    bool isOwnActivity(std::string_view id) const;

    void setMaxMessageBytes(size_t n) { m_maxMessageBytes = n; }
    // Collect per-message details (step deltas, subjects, notification texts) for views.
    void setCollectDetails(bool on) { m_collect = on; }

    // Applies one text message. `applyPadded` needs kReadPadding readable bytes after `len`
    // (true of a slice of a larger padded buffer); `apply` copies when needed.
    ApplyResult apply(std::string_view text);
    ApplyResult applyPadded(const char *data, size_t len);
    // The same into `out`, which is reset first: a caller applying message after message saves a
    // result's construction and teardown each time.
    void apply(std::string_view text, ApplyResult &out);
    void applyPadded(const char *data, size_t len, ApplyResult &out);
    // Counts a message that could not be read at all (a binary frame, an unreadable line).
    ApplyResult reject(Rejection why);
    // The rejection of a binary frame (SPEC §1), the same live and in a replay.
    ApplyResult rejectBinaryFrame();
    void rejectBinaryFrame(ApplyResult &out);

    // Replaces the activity (a snapshot from the server or a file); participants and files stay.
    void replaceActivity(JsonValue activity);
    // Parses and sets a snapshot; returns an error text, empty on success, and sets `problem` (if
    // given) to its code. `padded`: kReadPadding readable bytes follow `json`, so the parser reads
    // it in place instead of copying it.
    std::string loadSnapshot(std::string_view json, bool padded = false, LoadProblem *problem = nullptr);
    // Sets an activity parsed elsewhere (ParsedSnapshot) in O(1) and hands the replaced tree back,
    // for the caller to compare or free where it likes (issue #26); takeReplaced() is then empty.
    JsonValue adopt(JsonValue activity);
    // With keepReplaced on, a snapshot that replaces the activity keeps a summary of the one it
    // replaced until takeReplaced(): what "since you last looked" compares the snapshot with. The
    // replaced tree itself is freed before the new one is built (issue #14: the two trees and the
    // parser's document at once were the peak of a window started from its copy).
    void setKeepReplaced(bool on) { m_keepReplaced = on; }
    ActivitySummary takeReplaced() { return std::exchange(m_replaced, ActivitySummary()); }
    // The inverse of dumpJson(): parses a state dump (SPEC §6) under the snapshot's limits (one
    // level deeper, as the dump wraps the activity) and checks its whole shape first. On success
    // it sets the activity, deleted flag, participants and files (keyed by id), hash and counts,
    // adopting the dump's activity_id when none is set, so that dumpJson() gives the same bytes
    // back; the last 105's activity list stays. On error it returns a short reason, empty on
    // success, and changes nothing.
    std::string loadDump(std::string_view dumpJson);

    const JsonValue &activity() const { return m_activity; }
    bool deleted() const { return m_deleted; }
    const JsonValue &participants() const { return m_participants; } // array of user objects
    const JsonValue &files() const { return m_files; } // array of file objects
    const JsonValue &activityList() const { return m_activityList; } // from the last 105
    const std::string &hash() const { return m_hash; }
    bool hasHash() const { return m_hasHash; }
    uint64_t appliedCount() const { return m_applied; }
    uint64_t rejectedCount() const { return m_rejected; }
    // The key of the activity's step list: "steps", or "actions" for a legacy ARLEM document.
    std::string_view stepsKey() const;
    // The activity's step list, nullptr when it has none (read-only: for prefetch hints).
    const JsonArray *stepList() const;

    // The state dump of SPEC §6 (one line of JSON, no newline); `sizeHint`: see StateDump::json.
    std::string dumpJson(size_t sizeHint = 0) const;

private:
    friend class EventApplier; // applies a parsed message's event to the fields below

    void parseAndApply(const char *data, size_t len, bool padded, ApplyResult &r);
    void count(ApplyResult &r); // sets `applied` and counts the result

    std::unique_ptr<MessageParser> m_parser; // keeps simdjson out of this header
    std::string m_activityId;
    std::optional<UuidBits> m_activityUuid; // parsed once: every message is checked against it
    JsonValue m_activity; // null until a snapshot or a 101/104 arrives
    ActivitySummary m_replaced; // the activity the last snapshot replaced (keepReplaced only)
    bool m_deleted = false;
    JsonValue m_participants;
    JsonValue m_files;
    JsonValue m_activityList;
    std::string m_hash;
    bool m_hasHash = false;
    uint64_t m_applied = 0;
    uint64_t m_rejected = 0;
    size_t m_maxMessageBytes = kDefaultMaxMessageBytes;
    bool m_collect = false;
    bool m_keepReplaced = false;
};

} // namespace mirage
