#include "singleinstance.h"

#include "applogging.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace mirage {

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // One request per connection, a line of JSON.
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine(64 * 1024).trimmed();
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
                Q_EMIT messageReceived(line);
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + QStringLiteral("/miragedesk-%1.socket").arg(qEnvironmentVariable("USER", QStringLiteral("user")));
}

bool SingleInstance::handOver(const QByteArray &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has the request.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    const QString path = socketPath();
    if (m_server->listen(path))
        return true;
    // A socket file left by an instance that crashed: nobody answers it, so it can go.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(path);
        if (m_server->listen(path))
            return true;
    }
    if (error)
        *error = m_server->errorString();
    return false;
}

} // namespace mirage
