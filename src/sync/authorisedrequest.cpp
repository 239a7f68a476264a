// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/authorisedrequest.h"

#include "sync/tokenscope.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace mirage {

QNetworkRequest AuthorisedRequest::make(const TokenScope &token, const QString &queryName, QUrl url)
{
    QNetworkRequest request;
    if (token.allows(url)) {
        if (!queryName.isEmpty()) {
            QUrlQuery q(url);
            q.removeAllQueryItems(queryName);
            q.addQueryItem(queryName, QString::fromUtf8(token.token));
            url.setQuery(q);
        } else {
            request.setRawHeader("Authorization", "Bearer " + token.token);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    request.setUrl(url);
    return request;
}

bool AuthorisedRequest::carriesToken(const QNetworkRequest &request, const QString &queryName)
{
    if (request.hasRawHeader("Authorization"))
        return true;
    return !queryName.isEmpty() && QUrlQuery(request.url()).hasQueryItem(queryName);
}

QString AuthorisedRequest::withoutQueries(QString text)
{
    static const QRegularExpression query(QStringLiteral("\\?\\S*"));
    return text.remove(query);
}

} // namespace mirage
