// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/connectionflags.h"

#include <QCommandLineParser>

namespace mirage {

ConnectionFlags::ConnectionFlags()
    : server(QStringLiteral("server"),
        QStringLiteral("Server: ws://host:8000, wss://host, http(s)://host, or a full channel URL."), QStringLiteral("URL"))
        , activity(QStringLiteral("activity"), QStringLiteral("The activity's UUID."), QStringLiteral("UUID"))
              , tokenFile(QStringLiteral("token-file"),
                    QStringLiteral("Read the bearer token from FILE (else $MIRAGEDESK_TOKEN)."), QStringLiteral("FILE"))
                    , tokenQuery(QStringLiteral("token-query"),
                          QStringLiteral("Send the token as the query parameter NAME instead of an Authorization header."),
                              QStringLiteral("NAME"))
                          , origin(QStringLiteral("origin"),
                                QStringLiteral("The Origin header (default: from the server URL)."), QStringLiteral("ORIGIN"))
                                , caFile(QStringLiteral("ca-file"),
                                      QStringLiteral("Also trust the certificate authorities in FILE (PEM), beside the system's and SSL_CERT_FILE/SSL_CERT_DIR."),
                                          QStringLiteral("FILE"))
{
}

void ConnectionFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(all());
}

QList<QCommandLineOption> ConnectionFlags::all() const
{
    return {server, activity, tokenFile, tokenQuery, origin, caFile};
}

} // namespace mirage
