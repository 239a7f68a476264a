// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/handoverrequest.h"

#include <QHash>
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

    // What one request, one caller and all callers together may leave waiting to be opened: a
    // request over a limit is refused whole (issue #23: one call of 5,000 links took the window down).
    static constexpr int kMaxLinksPerRequest = 20;
    static constexpr int kMaxPendingPerCaller = 20;
    static constexpr int kMaxPending = 100;

    // A request from another start: refused with the reason (a bad link, or too many: then
    // `*overLimit` is set and linksRefused emitted), or queued and delivered through
    // requestReceived once setReady() was called, one link per turn of the event loop (so the bus
    // and the window keep answering). `caller`: the D-Bus sender's unique name, or the local socket.
    QString accept(const HandOverRequest &request, const QString &caller = QString(), bool *overLimit = nullptr);
    void setReady();

Q_SIGNALS:
    // One link (or none: come forward) at a time.
    void requestReceived(const mirage::HandOverRequest &request);
    // A request of `links` links was refused for one of the limits above (`limit`).
    void linksRefused(int links, int limit);

private:
    struct Pending
    {
        HandOverRequest request;
        QString caller;
    };
    Claim claimBus(QString *error);
    QString refuse(int links, int limit, const QString &why, bool *overLimit);
    void scheduleDelivery();
    void deliver();

    bool m_bus = false;
    bool m_ready = false;
    bool m_scheduled = false;
    ApplicationService *m_service = nullptr;
    InstanceSocket *m_socket = nullptr;
    QList<Pending> m_pending;
    QHash<QString, int> m_pendingByCaller;
};

} // namespace mirage
