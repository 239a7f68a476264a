// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

#include "sync/tokenscope.h"

namespace mirage {

// Everything about a channel that is not where it points (SPEC §4). Intervals in milliseconds.
struct ChannelSettings
{
    int pingIntervalMs = 15000;
    int pongTimeoutMs = 10000; // no pong or frame this long after a ping: the connection is dead
    int handshakeTimeoutMs = 15000; // a connection attempt that hangs this long is given up
    int retryInitialMs = 500;
    int retryMaxMs = 30000;
    int stableAfterMs = 10000; // open this long: the attempt counter resets
    bool snapshot = true; // GET the snapshot on every (re)connect
    // The window (issue #14): the first open() also GETs the snapshot at once, alongside the
    // handshake, so that it downloads (on Qt's HTTP thread) while the window is still being made
    // (not when a local copy is shown: ActivitySession::start).
    // The resync after the handshake is still made; when its body is byte for byte the one
    // fetched early, it is not parsed and applied again.
    bool prefetchSnapshot = false;
    // The window: a snapshot GET given up for a reason that may pass (timeout, network, 5xx, 429) is
    // tried again with the backoff while the socket stays open (SnapshotRetry).
    bool retrySnapshot = false;
    QString snapshotTemplate = QStringLiteral("{base}/activity/get?activity_id={id}");
    int snapshotTimeoutMs = 15000; // overall deadline of one snapshot GET (0: none)
    qint64 snapshotMaxBytes = 64 * 1024 * 1024; // a bigger snapshot body is cut off (0: no cap)
    int maxHeldMessages = 100000; // events held while the snapshot GET is in flight...
    qint64 maxHeldBytes = 256 * 1024 * 1024; // ...and their bytes; past either the GET is given up
    QString origin; // empty: derived from the server URL
    TokenScope token; // the token and the server it belongs to. Never logged, never shown.
    QString tokenQueryName; // non-empty: send the token as ?NAME=… instead of a header
    qint64 maxMessageBytes = 16 * 1024 * 1024; // frames and messages above this are refused (1009)
    // In a burst the event loop wakes once per this many bytes received, or this many ms, instead of
    // once per TCP segment (ReadCoalescer; 0 ms: off). A frame waits at most that long; a lone one not.
    int coalesceReadsMs = 2;
    int coalesceReadBytes = 32 * 1024;
    // A burst is applied as soon as more than this many messages or bytes are held (issue #26): Qt hands
    // over every frame of a read that keeps finding more, so a burst written at once would
    // otherwise be held whole before the first is applied. Not while a snapshot GET holds events.
    int applyBatchMessages = 5000;
    qint64 applyBatchBytes = 2 * 1024 * 1024;
    // The certificate authorities TLS trusts (TlsTrust: the system's, SSL_CERT_FILE/SSL_CERT_DIR,
    // --ca-file); null: the system's alone.
    QSslConfiguration tls;
};

} // namespace mirage
