// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractSocket;
class QWebSocket;

namespace mirage {

// Fewer wake-ups while a burst streams in (issue #14). A server that sends each event as its own
// TCP segment wakes a fast reader once per event: a poll, an ioctl and a read each, 100,000 times
// for the benchmark's 20 MB, which cost `watch` as much CPU as applying the events. Once frames
// arrive less than `holdMs` apart, the socket's receive low-water mark (SO_RCVLOWAT) is raised to
// `lowWaterBytes` for at most `holdMs`: the event loop then wakes when that much has arrived, or
// when the hold ends and the mark is lowered again, whichever is first. So a frame waits at most
// `holdMs` longer, a lone frame (or a quiet connection, a close, a ping) not at all, and the end
// of a connection is seen at once (the kernel reports end-of-file whatever the mark).
//
// The TCP socket is the QWebSocket's child QAbstractSocket (found with findChild: QWebSocket has no
// accessor for it); when there is none, or the mark cannot be set, nothing changes.
class ReadCoalescer : public QObject
{
    Q_OBJECT
public:
    // holdMs 0: off.
    ReadCoalescer(int holdMs, int lowWaterBytes, QObject *parent = nullptr);

    int holdMs() const { return m_holdMs; }
    // A frame arrived on `socket` (a new socket is looked into once): may start a hold.
    void frameReceived(QWebSocket *socket);
    // Whether the mark is raised now (for tests).
    bool holding() const { return m_raised; }

private:
    void lower();
    bool setMark(int bytes);

    QPointer<QWebSocket> m_socket;
    QPointer<QAbstractSocket> m_tcp;
    QTimer m_hold;
    QElapsedTimer m_clock;
    qint64 m_lastFrameNs = -1;
    int m_holdMs = 0;
    int m_lowWater = 0;
    bool m_raised = false;
};

} // namespace mirage
