// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/servertrust.h"

#include "base/logging.h"
#include "desktop/openlink.h"
#include "desktop/tokenvault.h"
#include "session/activitysession.h"
#include "session/workspace.h"
#include "sync/connectionoptions.h"
#include "sync/serverclients.h"
#include "sync/tlstrust.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace mirage {

namespace {
const QString kKey = QStringLiteral("servers/trust"); // origin -> {caFile, origin}
const QString kCaFile = QStringLiteral("caFile");
const QString kOrigin = QStringLiteral("origin");

// A path, or the file:// URL a file dialog gives.
QString localPath(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("file:")))
        return QUrl(t).toLocalFile();
    return t;
}

QString originProblem(ConnectionOptions::OriginProblem problem, const QString &text)
{
    using P = ConnectionOptions::OriginProblem;
    switch (problem) {
    case P::None:
        break;
    case P::NoScheme:
        return ServerTrust::tr("The origin needs a scheme and a host, e.g. https://%1.")
            .arg(text.isEmpty() ? QStringLiteral("example.org") : text);
    case P::NotAUrl:
        return ServerTrust::tr("The origin “%1” is not a valid URL.").arg(text);
    case P::NotHttp:
        return ServerTrust::tr("The origin “%1” does not start with http:// or https://.").arg(text);
    case P::NoHost:
        return ServerTrust::tr("The origin “%1” has no host.").arg(text);
    case P::MoreThanOrigin:
        return ServerTrust::tr("The origin “%1” has more than a scheme, a host and a port (an origin is https://host[:port]).").arg(text);
    }
    return {};
}
} // namespace

ServerTrust::ServerTrust(ServerClients *clients, Workspace *workspace, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_workspace(workspace)
    , m_settings(settings)
{
}

QVariantMap ServerTrust::all() const
{
    return m_settings->value(kKey).toMap();
}

QString ServerTrust::keyOf(const QString &server) const
{
    return TokenVault::keyOf(QUrl(server.trimmed()));
}

QVariantMap ServerTrust::entry(const QString &server) const
{
    const QString key = keyOf(server);
    return key.isEmpty() ? QVariantMap() : all().value(key).toMap();
}

QString ServerTrust::caFile(const QString &server) const
{
    return entry(server).value(kCaFile).toString();
}

QString ServerTrust::origin(const QString &server) const
{
    return entry(server).value(kOrigin).toString();
}

void ServerTrust::restore()
{
    const QVariantMap kept = all();
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        const QVariantMap e = it.value().toMap();
        QString why;
        if (!give(it.key(), e.value(kCaFile).toString(), e.value(kOrigin).toString(), &why)) {
            qCWarning(lcApp).noquote() << "the CA file kept for" << it.key() << "is left out:" << why;
            give(it.key(), QString(), e.value(kOrigin).toString(), &why);
        }
    }
}

bool ServerTrust::give(const QString &key, const QString &caFile, const QString &origin, QString *why)
{
    QList<QSslCertificate> authorities;
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (QFileInfo(caFile).isDir() || !f.open(QIODevice::ReadOnly)) {
            *why = tr("%1 cannot be read: %2").arg(caFile, QFileInfo(caFile).isDir() ? tr("it is a folder") : f.errorString());
            return false;
        }
        authorities = TlsTrust::fromFile(caFile, nullptr);
        if (authorities.isEmpty()) {
            *why = tr("%1 holds no certificate: choose a PEM file with the certificate of the authority that signed the server's.")
                       .arg(caFile);
            return false;
        }
    }
    return m_clients->setServerTrust(QUrl(key), authorities, origin);
}

QString ServerTrust::apply(const QString &server, const QString &caFileText, const QString &originText)
{
    const QString key = keyOf(server);
    if (key.isEmpty())
        return tr("“%1” names no server.").arg(server);
    QString sent;
    const QString originTyped = originText.trimmed();
    if (!originTyped.isEmpty()) {
        const auto problem = ConnectionOptions::checkOrigin(originTyped, &sent);
        if (problem != ConnectionOptions::OriginProblem::None)
            return originProblem(problem, originTyped);
    }
    const QString path = localPath(caFileText);
    const QString file = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    QString why;
    if (!give(key, file, sent, &why))
        return why;
    QVariantMap kept = all();
    if (file.isEmpty() && sent.isEmpty())
        kept.remove(key);
    else
        kept.insert(key, QVariantMap {{kCaFile, file}, {kOrigin, sent}});
    m_settings->setValue(kKey, kept);
    qCInfo(lcApp).noquote() << "settings of" << key << "- CA file:"
                            << (file.isEmpty() ? QStringLiteral("none") : file)
                                   << "origin:" << (sent.isEmpty() ? QStringLiteral("derived") : sent);
    ++m_revision;
    Q_EMIT changed();
    reconnectStopped(key);
    return {};
}

void ServerTrust::trustForLinks(const QStringList &links, const QString &caFile)
{
    if (caFile.isEmpty())
        return;
    for (const QString &link : links) {
        QString error;
        const auto request = OpenLink::parse(link, &error);
        if (!request)
            continue; // LinkRouter says why when it opens them
        const QString why = setCaFile(request->server, caFile);
        if (!why.isEmpty())
            qCWarning(lcApp).noquote() << "the CA file handed over is not used:" << why;
    }
}

void ServerTrust::reconnectStopped(const QString &key)
{
    for (int i = 0; i < m_workspace->count(); ++i) {
        ActivitySession *s = m_workspace->at(i);
        const ConnectionMirror *c = s->connection();
        if ((c->certificateRefused() || c->originRefused()) && TokenVault::keyOf(QUrl(s->server())) == key)
            s->reconnect();
    }
}

} // namespace mirage
