// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/applyresult.h"

#include "protocol/jsonvalue.h"
#include "protocol/rejectiontext.h"

#include <charconv>

namespace mirage {

void ApplyResult::reset()
{
    applied = false;
    hasId = false;
    id = 0;
    rejection.reset();
    changes = NoChange;
    steps.clear();
    fields.clear();
    subjectId.clear();
    subjectRemoved = false;
    subject.reset();
    level.clear();
    title.clear();
    message.clear();
}

std::string ApplyResult::errorText() const
{
    return RejectionText::english(rejection);
}

std::string ApplyResult::toWatchLine(uint64_t seq, std::string_view activityId) const
{
    std::string out;
    out.reserve(128);
    char buf[24];
    out += "{\"seq\":";
    out.append(buf, std::to_chars(buf, buf + sizeof buf, seq).ptr);
    out += ",\"id\":";
    if (hasId)
        out.append(buf, std::to_chars(buf, buf + sizeof buf, id).ptr);
    else
        out += "null";
    out += ",\"event\":";
    if (hasId)
        appendJsonString(out, name());
    else
        out += "null";
    out += ",\"activity_id\":";
    if (activityId.empty())
        out += "null";
    else
        appendJsonString(out, activityId);
    out += applied ? ",\"applied\":true" : ",\"applied\":false";
    if (!applied) {
        out += ",\"error\":";
        appendJsonString(out, errorText());
    }
    out += '}';
    return out;
}

} // namespace mirage
