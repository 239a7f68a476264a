// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/openlink.h"

#include "sync/channelurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace mirage {

bool OpenLink::looksLikeLink(const QString &text)
{
    return text.startsWith(QLatin1String("miragedesk:"), Qt::CaseInsensitive);
}

std::optional<OpenRequest> OpenLink::parse(const QString &link, QString *error)
{
    QString shown = link; // the link as the reason quotes it
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("bad link '%1': %2").arg(shown.left(200), why);
        return std::nullopt;
    };
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(url.errorString());
    if (url.scheme().compare(QLatin1String("miragedesk"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("it is not a miragedesk:// link"));
    if (url.host().isEmpty())
        return fail(QStringLiteral("it names no server (expected miragedesk://open?server=…&activity=… or miragedesk://host:port/<uuid>)"));
    // miragedesk://A@B/… opens B while the reader sees A: a link never names a user or password.
    // The password is not repeated.
    if (url.authority().contains(QLatin1Char('@'))) {
        shown = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::EncodeUnicode);
        const QString user = url.userName(QUrl::FullyDecoded).left(40);
        const QString host = url.host(QUrl::EncodeUnicode);
        return fail(
            user.isEmpty() ? QStringLiteral("it has '@' before the server %1; a link may not hold a user name or password").arg(host)
                           : QStringLiteral("'%1@' before the server makes it look like a link to %1, but it would open %2; "
                                                    "a link may not hold a user name or password")
                                   .arg(user, host));
    }

    OpenRequest request;
    if (url.host() == QLatin1String("open") && url.port() < 0) {
        const QUrlQuery query(url);
        request.server = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded);
        request.activity = query.queryItemValue(QStringLiteral("activity"), QUrl::FullyDecoded);
        if (request.server.isEmpty())
            return fail(QStringLiteral("the parameter 'server' is missing"));
        if (request.activity.isEmpty())
            return fail(QStringLiteral("the parameter 'activity' is missing"));
        request.step = query.queryItemValue(QStringLiteral("step"), QUrl::FullyDecoded).trimmed();
        if (request.step.size() > 200)
            return fail(QStringLiteral("the parameter 'step' is too long"));
    } else {
        // miragedesk://host:port[/base/…]/<uuid>: the UUID is the last part, what comes before it
        // the server's base path (issue #25); ChannelUrl::resolve checks the base as it checks a URL's.
        QString path = url.path(QUrl::FullyEncoded);
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const qsizetype last = path.lastIndexOf(QLatin1Char('/'));
        if (!path.startsWith(QLatin1Char('/')) || last + 1 >= path.size())
            return fail(QStringLiteral("expected an activity UUID after the server, as in miragedesk://host:8000/<uuid> "
                                       "or miragedesk://host:8000/base/path/<uuid>"));
        if (url.hasQuery())
            return fail(QStringLiteral("unexpected query '?%1'").arg(url.query().left(40)));
        QUrl server;
        server.setScheme(url.port() == 443 ? QStringLiteral("https") : QStringLiteral("http"));
        server.setHost(url.host(QUrl::EncodeUnicode));
        if (url.port() != 443)
            server.setPort(url.port());
        if (last > 0)
            server.setPath(path.left(last + 1), QUrl::StrictMode); // still percent-encoded
        request.server = server.toString(QUrl::EncodeUnicode);
        request.activity = QUrl::fromPercentEncoding(path.mid(last + 1).toUtf8());
    }
    request.server = ChannelUrl::asciiHost(request.server);
    QString why;
    if (!ChannelUrl::resolve(request.server, request.activity, &why))
        return fail(why);
    return request;
}

QString OpenLink::linkTo(const QString &server, const QString &activity, const QString &step)
{
    const QUrl base = QUrl(server.trimmed()).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QByteArray link =
        "miragedesk://open?server=" + QUrl::toPercentEncoding(base.toString()) + "&activity=" + QUrl::toPercentEncoding(activity);
    if (!step.isEmpty())
        link += "&step=" + QUrl::toPercentEncoding(step);
    return QString::fromLatin1(link);
}

} // namespace mirage
