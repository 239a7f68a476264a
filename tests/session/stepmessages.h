// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

// Messages about numbered steps, for the tests of the rows a view sees (tst_keyedrows,
// tst_listsearchrows): one activity, step ids that sort as their numbers.
namespace stepmessages {

constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

inline QString stepId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A snapshot of steps 0..steps-1; `members(i)` is step i's JSON after its id (",\"name\":…").
template<class Members>
QByteArray snapshotOf(int steps, Members members)
{
    QByteArray s = QByteArray(R"({"id":")") + kId + R"(","name":"Rows","steps":[)";
    for (int i = 0; i < steps; ++i) {
        if (i)
            s += ',';
        s += QStringLiteral(R"({"id":"%1")").arg(stepId(i)).toUtf8() + members(i) + '}';
    }
    return s + "]}";
}

// A 102 whose steps list is `steps` (comma-separated step objects).
inline QByteArray update(const QByteArray &steps)
{
    return QByteArray(R"({"id":102,"activity_id":")") + kId + R"(","action":"updated","updated_fields":{"steps":[)" + steps + "]}}\n";
}

// The step object that deletes step `n`.
inline QByteArray removal(int n)
{
    return QStringLiteral(R"({"id":"%1","$patch":"delete"})").arg(stepId(n)).toUtf8();
}

} // namespace stepmessages
