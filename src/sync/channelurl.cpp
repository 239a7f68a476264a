// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/channelurl.h"

#include "protocol/idkey.h"
#include "sync/urlproblemtext.h"

#include <QStringList>

namespace mirage {

namespace {
// Fills what the caller asked for: the code, and its command-line words.
std::nullopt_t failed(UrlProblem problem, QString *error, UrlProblem *out)
{
    if (error)
        *error = UrlProblemText::line(problem);
    if (out)
        *out = std::move(problem);
    return std::nullopt;
}
} // namespace

std::optional<QString> ChannelUrl::activityId(const QString &text, QString *error, UrlProblem *problem)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return failed({UrlProblem::NoActivity, {}, {}}, error, problem);
    const std::string canonical = canonicalUuid(t.toStdString());
    if (canonical.empty())
        return failed({UrlProblem::NotUuid, t.left(80), {}}, error, problem);
    return QString::fromStdString(canonical);
}

std::optional<ChannelEndpoint> ChannelUrl::resolve(
    const QString &serverText, const QString &activityText, QString *error, UrlProblem *problem)
{
    auto fail = [error, problem](UrlProblem::Kind kind, const QString &value = {}, const QString &other = {}) {
        return failed({kind, value, other}, error, problem);
    };
    const QString server = serverText.trimmed();
    if (server.isEmpty())
        return fail(UrlProblem::NoServer);
    if (!server.contains(QLatin1String("://")))
        return fail(UrlProblem::NoScheme, server.left(80));
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid())
        return fail(UrlProblem::InvalidUrl, url.errorString());
    const QString scheme = url.scheme().toLower();
    bool secure;
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("http"))
        secure = false;
    else if (scheme == QLatin1String("wss") || scheme == QLatin1String("https"))
        secure = true;
    else
        return fail(UrlProblem::BadScheme, url.scheme());
    if (url.host().isEmpty())
        return fail(UrlProblem::NoHost);
    if (!url.userInfo().isEmpty())
        return fail(UrlProblem::Credentials);
    if (url.hasQuery())
        return fail(UrlProblem::Query, url.query().left(40));
    if (url.hasFragment())
        return fail(UrlProblem::Fragment, url.fragment().left(40));

    // The path is the server's base (a reverse proxy's prefix, issue #25), or a channel URL's
    // …/ws/activities/<uuid>/ under that base.
    QString prefix;
    QString fromPath;
    QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.constFirst().isEmpty())
        parts.removeFirst();
    if (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    for (const QString &part : std::as_const(parts)) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return fail(UrlProblem::BadPath, url.path().left(80));
    }
    const qsizetype n = parts.size();
    if (n >= 3 && parts.at(n - 3) == QLatin1String("ws") && parts.at(n - 2) == QLatin1String("activities")) {
        fromPath = QUrl::fromPercentEncoding(parts.at(n - 1).toUtf8());
        parts.resize(n - 3);
    } else if (n >= 2 && parts.at(n - 2) == QLatin1String("ws") && parts.at(n - 1) == QLatin1String("activities")) {
        return fail(UrlProblem::BadPath, url.path().left(80)); // a channel URL without its UUID
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) { // a channel path inside the base: a typo
        if (parts.at(i) == QLatin1String("ws") && parts.at(i + 1) == QLatin1String("activities"))
            return fail(UrlProblem::BadPath, url.path().left(80));
    }
    if (!parts.isEmpty())
        prefix = QLatin1Char('/') + parts.join(QLatin1Char('/'));

    std::optional<QString> id;
    if (!fromPath.isEmpty()) {
        id = activityId(fromPath, nullptr);
        if (!id)
            return fail(UrlProblem::ChannelPathNotUuid, fromPath.left(80));
        if (!activityText.trimmed().isEmpty()) {
            const auto other = activityId(activityText, error, problem);
            if (!other)
                return std::nullopt;
            if (*other != *id)
                return fail(UrlProblem::Mismatch, *id, *other);
        }
    } else {
        id = activityId(activityText, error, problem);
        if (!id)
            return std::nullopt;
    }

    ChannelEndpoint ep;
    ep.activityId = *id;
    QUrl base;
    base.setScheme(secure ? QStringLiteral("https") : QStringLiteral("http"));
    base.setHost(url.host());
    base.setPort(url.port());
    ep.origin = base.toString(QUrl::FullyEncoded); // an origin has no path
    base.setPath(prefix, QUrl::StrictMode); // still percent-encoded
    ep.httpBase = base;
    QUrl ws = base;
    ws.setScheme(secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    ws.setPath(prefix + QStringLiteral("/ws/activities/%1/").arg(*id), QUrl::StrictMode);
    ep.socketUrl = ws;
    return ep;
}

std::optional<ChannelEndpoint> ChannelUrl::resolveTyped(const QString &server, const QString &activity, QString *error, UrlProblem *problem)
{
    return isChannelUrl(activity) ? resolve(activity, QString(), error, problem) : resolve(server, activity, error, problem);
}

QUrl ChannelUrl::serverBase(const QString &server)
{
    const auto ep = resolve(server, QStringLiteral("00000000-0000-0000-0000-000000000000"), nullptr);
    return ep ? ep->httpBase : QUrl();
}

QUrl ChannelUrl::snapshotUrl(const QString &templ, const ChannelEndpoint &ep)
{
    QString t = templ;
    t.replace(QLatin1String("{base}"), ep.httpBase.toString(QUrl::FullyEncoded));
    t.replace(QLatin1String("{id}"), ep.activityId);
    return QUrl(t);
}

QString ChannelUrl::display(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::EncodeUnicode);
}

QString ChannelUrl::asciiHost(const QString &server)
{
    QUrl url(server.trimmed(), QUrl::StrictMode);
    const QString ace = url.host(QUrl::EncodeUnicode);
    if (!url.isValid() || server.contains(ace, Qt::CaseInsensitive))
        return server;
    url.setHost(ace);
    return url.toString(QUrl::EncodeUnicode);
}

} // namespace mirage
