// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace mirage {

struct TokenScope;

// The one place that puts a token on a request (SPEC §4): as a bearer header, or as the query
// parameter `queryName` when one is configured, and only when the token's scope allows `url`.
// A request that carries the token follows redirects only within the token's origin; one without
// it follows no redirect to a less safe scheme.
class AuthorisedRequest
{
public:
    static QNetworkRequest make(const TokenScope &token, const QString &queryName, QUrl url);
    // Whether `request` carries a token (header or query parameter).
    static bool carriesToken(const QNetworkRequest &request, const QString &queryName);
    // Qt's error strings may quote a URL, and a URL's query may carry the token: drop queries.
    static QString withoutQueries(QString text);
};

} // namespace mirage
