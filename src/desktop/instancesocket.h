// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QObject>
#include <functional>

class QLocalServer;

namespace mirage {

// The single-instance fallback where there is no session bus: a local socket in the runtime
// directory. Whether to listen is decided under a lock file next to it, so two starts cannot both
// remove and listen; a socket that still accepts a connection is never deleted.
class InstanceSocket : public QObject
{
    Q_OBJECT
public:
    enum class Claim { Listening, OtherRunning, Failed };
    // Answers a request line: empty when taken, else the reason it is refused.
    using Handler = std::function<QString(const QByteArray &line)>;

    explicit InstanceSocket(Handler handler, QObject *parent = nullptr);
    ~InstanceSocket() override;

    static QString path();
    Claim claim(QString *error);
    // Sends one request line to the running instance and waits for its answer.
    static bool send(const QByteArray &line, int timeoutMs, QString *error);

private:
    QLocalServer *m_server;
    Handler m_handler;
};

} // namespace mirage
