// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/tokensource.h"

#include <QFile>

namespace mirage {

bool TokenSource::load(const QString &tokenFile, QByteArray *token, QString *error)
{
    token->clear();
    if (!tokenFile.isEmpty()) {
        QFile f(tokenFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the token file '%1': %2").arg(tokenFile, f.errorString());
            return false;
        }
        *token = f.readAll().trimmed();
        if (token->isEmpty()) {
            *error = QStringLiteral("the token file '%1' is empty").arg(tokenFile);
            return false;
        }
        if (token->contains('\n') || token->contains('\r')) {
            token->clear();
            *error = QStringLiteral("the token file '%1' holds more than one line").arg(tokenFile);
            return false;
        }
        return true;
    }
    *token = qgetenv("MIRAGEDESK_TOKEN").trimmed();
    return true;
}

} // namespace mirage
