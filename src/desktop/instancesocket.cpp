// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/instancesocket.h"

#include "base/logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace mirage {

namespace {
constexpr int kLockWaitMs = 25000;
constexpr int kProbeMs = 2000;
constexpr qint64 kMaxLine = 64 * 1024;
} // namespace

InstanceSocket::InstanceSocket(Handler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
    , m_handler(std::move(handler))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // One request per connection, a line of JSON; the answer is "ok" or "error <reason>".
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxLine)
                        socket->abort();
                    return;
                }
                const QString refused = m_handler(socket->readLine(kMaxLine).trimmed());
                socket->write(refused.isEmpty() ? QByteArray("ok\n") : "error " + refused.toUtf8().replace('\n', ' ') + '\n');
                socket->flush();
                socket->disconnectFromServer();
            });
        }
    });
}

InstanceSocket::~InstanceSocket() = default;

QString InstanceSocket::path()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + QStringLiteral("/miragedesk-%1.socket").arg(qEnvironmentVariable("USER", QStringLiteral("user")));
}

InstanceSocket::Claim InstanceSocket::claim(QString *error)
{
    const QString socketPath = path();
    QLockFile lock(socketPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // only a lock whose process is gone is stale, however old
    if (!lock.tryLock(kLockWaitMs)) {
        *error = QStringLiteral("cannot lock '%1' (error %2)").arg(lock.fileName()).arg(int(lock.error()));
        return Claim::Failed;
    }
    if (QFileInfo::exists(socketPath)) {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(kProbeMs)) {
            probe.abort();
            return Claim::OtherRunning;
        }
        // Only a socket that refuses connections (or is not a socket) belongs to nobody; one that
        // is merely slow to accept (a full backlog of a stopped instance) is someone's.
        const auto why = probe.error();
        if (why != QLocalSocket::ConnectionRefusedError && why != QLocalSocket::ServerNotFoundError) {
            *error = QStringLiteral("'%1' does not answer: %2").arg(socketPath, probe.errorString());
            return Claim::OtherRunning;
        }
        qCInfo(lcApp).noquote() << "removing the socket of a MirageDesk that is gone:" << socketPath;
        QLocalServer::removeServer(socketPath);
    }
    if (!m_server->listen(socketPath)) {
        *error = m_server->errorString();
        return Claim::Failed;
    }
    return Claim::Listening;
}

bool InstanceSocket::send(const QByteArray &line, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(path());
    auto fail = [&](const QString &what) {
        *error = what + QStringLiteral(": ") + socket.errorString();
        return false;
    };
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return fail(QStringLiteral("cannot connect to '%1'").arg(path()));
    socket.write(line + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return fail(QStringLiteral("cannot send the request"));
    // The running instance answers once it has the request (it may still be starting up).
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return fail(QStringLiteral("no answer"));
    }
    const QByteArray answer = socket.readLine(kMaxLine).trimmed();
    if (answer == "ok")
        return true;
    *error = answer.startsWith("error ") ? QString::fromUtf8(answer.mid(6)) : QStringLiteral("unexpected answer");
    return false;
}

} // namespace mirage
