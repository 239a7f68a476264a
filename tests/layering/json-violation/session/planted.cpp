// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted for check-json-keys_catches_violations: each line below reads a JSON field by a literal.
#include "protocol/jsonvalue.h"

void planted(const mirage::JsonValue &step, const QJsonObject &o, QSettings &settings)
{
    const mirage::JsonValue *name = step.find("name");
    const QString title = o.value(QStringLiteral("title")).toString();
    const QString url = JsonText::firstField(&step, {"url", "imageUrl"});
    // step.find("a comment is not a lookup")
    const QString ignored = settings.value(QStringLiteral("window/geometry")).toString(); // a settings key in a JSON file is caught too
}
