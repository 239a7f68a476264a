// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/rejectiontext.h"

#include <QLocale>
#include <QStringList>

namespace mirage {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// "data", "activity" or "updated_fields": the keys quoted, in the language's list style.
QString keyList(const std::vector<std::string> &keys)
{
    QStringList quoted;
    for (const std::string &k : keys)
        quoted << QStringLiteral("“%1”").arg(qs(k));
    return QLocale().createSeparatedList(quoted);
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
        return tr("a binary frame (the protocol sends JSON text frames)");
    case RejectReason::TooLarge:
        return tr("the message of %1 is larger than the limit of %2")
            .arg(QLocale().formattedDataSize(qint64(r.size)), QLocale().formattedDataSize(qint64(r.limit)));
    case RejectReason::TooDeep:
        return tr("nested deeper than %n levels", nullptr, int(r.limit));
    case RejectReason::NotJson:
        return tr("not JSON: %1").arg(qs(r.detail));
    case RejectReason::NotAnObject:
        return tr("not a JSON object");
    case RejectReason::IdMissing:
        return tr("the event “id” is missing");
    case RejectReason::IdNotInteger:
        return tr("the event “id” is %1, not an integer").arg(actual);
    case RejectReason::IdTooSmall:
        return tr("the event id %1 is below 100").arg(qs(r.value));
    case RejectReason::ActivityIdNotString:
        return tr("“activity_id” is %1, not a string").arg(actual);
    case RejectReason::ActivityIdMismatch:
        return tr("“activity_id” names another activity (%1)").arg(qs(r.value));
    case RejectReason::ActivityIdMissing:
        return tr("“activity_id” is missing");
    case RejectReason::PayloadMissing:
        return tr("the payload is missing: expected %1").arg(keyList(r.keys));
    case RejectReason::PayloadWrongType:
        return tr("the payload “%1” is %2, not %3").arg(qs(r.key), actual, kind(r.expected));
    case RejectReason::SubjectIdMissing:
        return tr("“%1” has no “id”").arg(qs(r.key));
    case RejectReason::SubjectIdNotString:
        return tr("the “id” of “%1” is %2, not a string").arg(qs(r.key), actual);
    case RejectReason::FieldNotString:
        return tr("“%1” is %2, not a string").arg(qs(r.key), actual);
    }
    return tr("rejected");
}

} // namespace mirage
