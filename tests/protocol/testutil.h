// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitystate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace testutil {

// JSON text for test tables: R"({"a":1})"_j
inline QByteArray operator""_j(const char *s, size_t n)
{
    return QByteArray(s, qsizetype(n));
}

// Parses JSON text for comparisons that ignore key order (QJsonDocument compares semantically).
inline QJsonDocument json(const QByteArray &text)
{
    QJsonParseError err;
    QJsonDocument d = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning() << "bad JSON in test:" << err.errorString() << text.left(200);
    return d;
}

inline QJsonDocument json(const std::string &text)
{
    return json(QByteArray::fromStdString(text));
}

inline QJsonObject dump(const mirage::ActivityState &s)
{
    return json(s.dumpJson()).object();
}

constexpr const char *kActivity = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// A message for kActivity: `body` is the JSON text after the id and activity_id members.
inline std::string msg(int id, const QByteArray &body = {})
{
    std::string s = "{\"id\":";
    s += std::to_string(id);
    s += ",\"activity_id\":\"";
    s += kActivity;
    s += '"';
    if (!body.isEmpty())
        s += "," + body.toStdString();
    return s + "}";
}

} // namespace testutil
