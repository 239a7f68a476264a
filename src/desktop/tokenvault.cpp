// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/tokenvault.h"

#include "base/logging.h"
#include "sync/tokenscope.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace mirage {

namespace {

TokenVault::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenVault::Status::Done;
    case QKeychain::EntryNotFound:
        return TokenVault::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenVault::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return TokenVault::Status::Error;
}

// Whether the session bus has a Secret Service or can start one. The Secret Service backend
// reports a missing service as OtherError, so that case is told apart here: no service is
// Unavailable, a service that fails is Error.
bool secretServiceReachable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name).value())
        return true;
    return bus.interface()->activatableServiceNames().value().contains(name);
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent)
{
}

QString TokenVault::keyOf(const QUrl &server)
{
    const QUrl origin = TokenScope::originOf(server);
    return origin.isEmpty() ? QString() : origin.toString();
}

void TokenVault::read(const QUrl &server)
{
    const QString key = keyOf(server);
    const Finish finish = [this, server](QKeychain::Job *job, Status status) {
        QString token;
        if (status == Status::Done) {
            token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            status = token.isEmpty() ? Status::NotFound : Status::Found;
        }
        emit tokenRead(server, token, status);
        return status;
    };
    if (key.isEmpty())
        return failLater("read", finish);
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(serviceName));
    job->setKey(key);
    run(job, "read", finish);
}

void TokenVault::write(const QUrl &server, const QString &token)
{
    const QString key = keyOf(server);
    const Finish finish = [this, server](QKeychain::Job *, Status status) {
        emit written(server, status);
        return status;
    };
    if (key.isEmpty() || token.isEmpty())
        return failLater("write", finish);
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(serviceName));
    job->setKey(key);
    job->setTextData(token);
    run(job, "write", finish);
}

void TokenVault::forget(const QUrl &server)
{
    const QString key = keyOf(server);
    const Finish finish = [this, server](QKeychain::Job *, Status status) {
        emit forgotten(server, status);
        return status;
    };
    if (key.isEmpty())
        return failLater("forget", finish);
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(serviceName));
    job->setKey(key);
    run(job, "forget", finish);
}

// The job has no parent and deletes itself when it finishes, also after this vault is gone (the
// secret store's callbacks still point at it); a job that never finishes is answered by the timer.
void TokenVault::run(QKeychain::Job *job, const char *what, Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QString key = job->key();
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=, this] {
        timer->deleteLater();
        if (std::exchange(*settled, true))
            return;
        qCWarning(lcApp) << "token" << what << "for" << key << ": the secret store did not answer";
        finish(nullptr, Status::Unavailable);
    });
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *done) {
        timer->deleteLater();
        if (std::exchange(*settled, true))
            return;
        Status status = statusOf(done->error());
        if (status == Status::Error && done->error() == QKeychain::OtherError && !secretServiceReachable())
            status = Status::Unavailable;
        const QKeychain::Error code = done->error();
        status = finish(done, status);
        qCDebug(lcApp) << "token" << what << "for" << key << ":" << status << "(keychain code" << code << ")";
    });
    timer->start(m_timeout);
    job->start();
}

void TokenVault::failLater(const char *what, Finish finish)
{
    qCWarning(lcApp) << "token" << what << ": not a server URL with a host, or an empty token";
    QTimer::singleShot(0, this, [finish] { finish(nullptr, Status::Error); });
}

} // namespace mirage
