// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace mirage {

class ServerClient;
class SnapshotFetch;
class SnapshotLoader;
struct SnapshotFailure;

// The window's early snapshot GET (ChannelSettings::prefetchSnapshot, issue #14), made by the
// channel's first open() beside the handshake: Qt downloads it on its HTTP thread while the window
// is still being made, and it is applied to the state as soon as the event loop runs. It remembers
// the body it applied (two seeded 64-bit hashes and the length, not the bytes) for as long as the
// state is that body's, so that a resync with the same body need not be parsed and applied again.
// A failed early GET says nothing: the resync after the handshake reports its own.
class EarlySnapshot : public QObject
{
    Q_OBJECT
public:
    explicit EarlySnapshot(SnapshotLoader *loader, QObject *parent = nullptr);
    ~EarlySnapshot() override;

    // The GET, on the first call only (a reconnect resyncs as usual).
    void startOnce(ServerClient &client, const QUrl &url, int timeoutMs, qint64 maxBytes);
    void cancel(); // the GET in flight, if any: a resync made it stale
    // Whether the state is still what `body` gives (the early body, applied, nothing since);
    // forgotten either way.
    bool takeUnchanged(const QByteArray &body);
    void forget() { m_digest = Digest(); } // something else changed the state
    // Whether the loader's load that ended was this one's (then it is taken: applied() when set).
    bool takeLoaded(const SnapshotFailure &failure);

Q_SIGNALS:
    void applied();

private:
    struct Digest
    {
        qsizetype size = -1; // -1: none
        size_t a = 0, b = 0;
        bool operator==(const Digest &) const = default;
    };
    static Digest digestOf(const QByteArray &body);
    void onFinished(SnapshotFetch *fetch);

    SnapshotLoader *m_loader;
    QPointer<SnapshotFetch> m_fetch;
    Digest m_digest;
    Digest m_loading; // the body being loaded (size -1: none)
    bool m_started = false;
};

} // namespace mirage
