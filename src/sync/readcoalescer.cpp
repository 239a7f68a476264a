// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/readcoalescer.h"

#include "base/logging.h"

#include <QAbstractSocket>
#include <QWebSocket>
#include <sys/socket.h>

namespace mirage {

ReadCoalescer::ReadCoalescer(int holdMs, int lowWaterBytes, QObject *parent)
    : QObject(parent)
    , m_holdMs(std::max(0, holdMs))
    , m_lowWater(std::max(1, lowWaterBytes))
{
    m_hold.setSingleShot(true);
    m_hold.setTimerType(Qt::PreciseTimer);
    connect(&m_hold, &QTimer::timeout, this, &ReadCoalescer::lower);
    m_clock.start();
}

void ReadCoalescer::frameReceived(QWebSocket *socket)
{
    if (!m_holdMs || !socket)
        return;
    if (socket != m_socket) { // a new connection: the old one's mark went with it
        m_hold.stop();
        m_raised = false;
        m_lastFrameNs = -1;
        m_socket = socket;
        m_tcp = socket->findChild<QAbstractSocket *>();
        if (!m_tcp)
            qCDebug(lcChannel) << "no TCP socket under the WebSocket: reads are not coalesced";
    }
    if (!m_tcp)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const bool dense = m_lastFrameNs >= 0 && now - m_lastFrameNs < qint64(m_holdMs) * 1000000;
    m_lastFrameNs = now;
    if (!dense || m_raised)
        return;
    if (setMark(m_lowWater)) {
        m_raised = true;
        m_hold.start(m_holdMs);
    }
}

void ReadCoalescer::lower()
{
    m_hold.stop();
    if (!m_raised)
        return;
    m_raised = false;
    setMark(1);
}

bool ReadCoalescer::setMark(int bytes)
{
    if (!m_tcp)
        return false;
    const qintptr fd = m_tcp->socketDescriptor();
    if (fd < 0)
        return false;
    if (::setsockopt(int(fd), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) != 0) {
        qCDebug(lcChannel) << "SO_RCVLOWAT not set:" << errno;
        return false;
    }
    return true;
}

} // namespace mirage
