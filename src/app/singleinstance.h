#pragma once

#include <QByteArray>
#include <QObject>

class QLocalServer;

namespace mirage {

// One MirageDesk per user session: the first instance listens on a local socket in the runtime
// directory; a later one hands its request over (and exits 0) instead of opening a second window.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString socketPath();
    // Gives `message` to the running instance; false when none answers.
    static bool handOver(const QByteArray &message, int timeoutMs = 2000);
    // Becomes the running instance. False (with a reason) when the socket cannot be made.
    bool listen(QString *error);

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    QLocalServer *m_server;
};

} // namespace mirage
