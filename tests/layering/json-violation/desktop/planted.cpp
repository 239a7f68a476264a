// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted for check-json-keys_catches_violations: a subscript and a QLatin1String key.
#include <QJsonObject>

void planted(QJsonObject &o)
{
    o["status"] = 1;
    const bool has = o.contains(QLatin1String("uploaded_by"));
}
