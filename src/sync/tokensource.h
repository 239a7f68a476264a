// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

namespace mirage {

// Where a bearer token comes from: --token-file F, else $MIRAGEDESK_TOKEN. Never the command line.
class TokenSource
{
public:
    // Returns false with a reason (that never contains the token) when the file cannot be read.
    static bool load(const QString &tokenFile, QByteArray *token, QString *error);
};

} // namespace mirage
