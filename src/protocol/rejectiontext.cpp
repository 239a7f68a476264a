// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/rejectiontext.h"

namespace mirage {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A key quoted; a path "data.hash" reads "data"."hash".
QString quoted(const std::string &key)
{
    QString out = QLatin1Char('"') + qs(key) + QLatin1Char('"');
    out.replace(QLatin1Char('.'), QLatin1String("\".\""));
    return out;
}

// "data", "activity" or "updated_fields".
QString keyList(const std::vector<std::string> &keys)
{
    if (keys.empty())
        return {};
    QString head = quoted(keys.front());
    for (size_t i = 1; i + 1 < keys.size(); ++i)
        head += QLatin1String(", ") + quoted(keys[i]);
    if (keys.size() == 1)
        return head;
    return RejectionText::tr("%1 or %2", "a list of keys: the last two").arg(head, quoted(keys.back()));
}

} // namespace

QString RejectionText::kind(JsonKind k)
{
    switch (k) {
    case JsonKind::Array:
        return tr("an array");
    case JsonKind::Object:
        return tr("an object");
    case JsonKind::Number:
        return tr("a number");
    case JsonKind::String:
        return tr("a string");
    case JsonKind::Boolean:
        return tr("a boolean");
    case JsonKind::Null:
        return tr("null");
    case JsonKind::ObjectOrArray:
        return tr("an object or array");
    case JsonKind::Other:
        break;
    }
    return tr("something else");
}

QString RejectionText::sentence(const Rejection &r)
{
    const QString actual = kind(r.actual);
    switch (r.reason) {
    case RejectReason::None:
        return {};
    case RejectReason::BinaryFrame:
        return tr("binary frame (the protocol sends JSON text frames)");
    case RejectReason::TooLarge:
        // Plain digits, in no locale: the headless lines are the same everywhere.
        return tr("message of %1 bytes is larger than the limit of %2").arg(QString::number(r.size), QString::number(r.limit));
    case RejectReason::TooDeep:
        return tr("nesting deeper than %n levels", nullptr, int(r.limit));
    case RejectReason::NotJson:
        return tr("not JSON: %1").arg(qs(r.detail));
    case RejectReason::NotAnObject:
        return tr("not a JSON object");
    case RejectReason::IdMissing:
        return tr("event \"id\" missing");
    case RejectReason::IdNotInteger:
        return tr("event \"id\" is %1, not an integer").arg(actual);
    case RejectReason::IdTooSmall:
        return tr("event id %1 is below 100").arg(qs(r.value));
    case RejectReason::ActivityIdNotString:
        return tr("\"activity_id\" is %1, not a string").arg(actual);
    case RejectReason::ActivityIdMismatch:
        return tr("\"activity_id\" names another activity (%1)").arg(qs(r.value));
    case RejectReason::ActivityIdMissing:
        return tr("\"activity_id\" missing");
    case RejectReason::PayloadMissing:
        return tr("payload missing: expected %1").arg(keyList(r.keys));
    case RejectReason::PayloadWrongType:
        return tr("payload \"%1\" is %2, not %3").arg(qs(r.key), actual, kind(r.expected));
    case RejectReason::SubjectIdMissing:
        return tr("%1 has no \"id\"").arg(qs(r.key));
    case RejectReason::SubjectIdNotString:
        return tr("%1 \"id\" is %2, not a string").arg(qs(r.key), actual);
    case RejectReason::FieldNotString:
        return tr("\"%1\" is %2, not a string").arg(qs(r.key), actual);
    }
    return tr("rejected");
}

} // namespace mirage
