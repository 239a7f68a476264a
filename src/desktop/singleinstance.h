// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/handoverrequest.h"

#include <QList>
#include <QObject>

namespace mirage {

class ApplicationService;
class InstanceSocket;

// One MirageDesk per user session. The first start owns the bus name io.github.miragedesk.miragedesk
// (org.freedesktop.Application at /io/github/miragedesk/miragedesk); the bus gives it to exactly one
// of any number of simultaneous starts. A later start hands its request over (Open or Activate)
// and exits instead of opening a second window. Without a session bus, a local socket does the same.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Claim { Won, OtherRunning, Failed };
    static constexpr int kHandOverTimeoutMs = 25000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString busName();
    static QString objectPath();
    static QString socketPath();

    // Call once, early (as soon as the application object exists). Failed comes with the reason.
    Claim claim(QString *error);
    bool usesBus() const { return m_bus; }
    // After OtherRunning: gives the request to the running instance and waits for its answer.
    bool handOver(const HandOverRequest &request, QString *error, int timeoutMs = kHandOverTimeoutMs);

    // A request from another start: refused with the reason (a bad link), or queued and delivered
    // through requestReceived once setReady() was called.
    QString accept(const HandOverRequest &request);
    void setReady();

Q_SIGNALS:
    void requestReceived(const mirage::HandOverRequest &request);

private:
    Claim claimBus(QString *error);
    void deliver();

    bool m_bus = false;
    bool m_ready = false;
    ApplicationService *m_service = nullptr;
    InstanceSocket *m_socket = nullptr;
    QList<HandOverRequest> m_pending;
};

} // namespace mirage
