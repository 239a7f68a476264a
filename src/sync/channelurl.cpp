// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/channelurl.h"

#include "protocol/idkey.h"

#include <QRegularExpression>

namespace mirage {

std::optional<QString> ChannelUrl::activityId(const QString &text, QString *error, UrlProblem *problem)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (error)
            *error = QStringLiteral("no activity UUID given");
        if (problem)
            *problem = {UrlProblem::NoActivity, {}, {}};
        return std::nullopt;
    }
    const std::string canonical = canonicalUuid(t.toStdString());
    if (canonical.empty()) {
        if (problem)
            *problem = {UrlProblem::NotUuid, t.left(80), {}};
        if (error)
            *error = QStringLiteral("'%1' is not an activity UUID (expected 32 hexadecimal digits in groups 8-4-4-4-12, "
                                    "e.g. 63b76319-68ef-4412-9dd4-bb2a13315ee2)")
                    .arg(t.left(80));
        return std::nullopt;
    }
    return QString::fromStdString(canonical);
}

std::optional<ChannelEndpoint> ChannelUrl::resolve(
    const QString &serverText, const QString &activityText, QString *error, UrlProblem *problem)
{
    UrlProblem ignored;
    UrlProblem &p = problem ? *problem : ignored;
    auto fail = [error, &p](
                    const QString &why, UrlProblem::Kind kind = UrlProblem::None, const QString &value = {}, const QString &other = {}) {
        if (error)
            *error = why;
        if (kind != UrlProblem::None)
            p = {kind, value, other};
        return std::nullopt;
    };
    const QString server = serverText.trimmed();
    if (server.isEmpty())
        return fail(QStringLiteral("no server given (e.g. ws://localhost:8000 or https://mirage.example.org)"), UrlProblem::NoServer);
    if (!server.contains(QLatin1String("://")))
        return fail(
            QStringLiteral("server '%1' has no scheme: write ws://, wss://, http:// or https:// before the host").arg(server.left(80)),
                UrlProblem::NoScheme, server.left(80));
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("server URL is not valid: %1").arg(url.errorString()), UrlProblem::InvalidUrl, url.errorString());
    const QString scheme = url.scheme().toLower();
    bool secure;
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("http"))
        secure = false;
    else if (scheme == QLatin1String("wss") || scheme == QLatin1String("https"))
        secure = true;
    else
        return fail(QStringLiteral("unsupported scheme '%1' in the server URL: use ws://, wss://, http:// or https://").arg(url.scheme()),
            UrlProblem::BadScheme, url.scheme());
    if (url.host().isEmpty())
        return fail(QStringLiteral("the server URL has no host"), UrlProblem::NoHost);
    if (!url.userInfo().isEmpty())
        return fail(QStringLiteral("the server URL carries user credentials; give a token with --token-file or MIRAGEDESK_TOKEN instead"),
            UrlProblem::Credentials);
    if (url.hasQuery())
        return fail(
            QStringLiteral("the server URL has a query ('?%1'); give just the server, e.g. ws://host:8000").arg(url.query().left(40)),
                UrlProblem::Query, url.query().left(40));
    if (url.hasFragment())
        return fail(QStringLiteral("the server URL has a fragment ('#%1')").arg(url.fragment().left(40)), UrlProblem::Fragment,
            url.fragment().left(40));

    QString fromPath;
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/")) {
        static const QRegularExpression channelPath(QStringLiteral("^/ws/activities/([^/]+)/?$"));
        const auto m = channelPath.match(path);
        if (!m.hasMatch())
            return fail(QStringLiteral("unexpected path '%1' in the server URL: give the server (ws://host:8000) or a full "
                                       "channel URL (ws://host:8000/ws/activities/<uuid>/)")
                                           .arg(path.left(80)),
                UrlProblem::BadPath, path.left(80));
        fromPath = m.captured(1);
    }

    QString why;
    std::optional<QString> id;
    if (!fromPath.isEmpty()) {
        id = activityId(fromPath, &why);
        if (!id)
            return fail(QStringLiteral("in the channel URL: ") + why, UrlProblem::ChannelPathNotUuid, fromPath.left(80));
        if (!activityText.trimmed().isEmpty()) {
            const auto other = activityId(activityText, &why, &p);
            if (!other)
                return fail(why);
            if (*other != *id)
                return fail(QStringLiteral("the channel URL names activity %1 but --activity names %2").arg(*id, *other),
                    UrlProblem::Mismatch, *id, *other);
        }
    } else {
        id = activityId(activityText, &why, &p);
        if (!id)
            return fail(why);
    }

    ChannelEndpoint ep;
    ep.activityId = *id;
    QUrl base;
    base.setScheme(secure ? QStringLiteral("https") : QStringLiteral("http"));
    base.setHost(url.host());
    base.setPort(url.port());
    ep.httpBase = base;
    ep.origin = base.toString(QUrl::FullyEncoded);
    QUrl ws = base;
    ws.setScheme(secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws/activities/%1/").arg(*id));
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
