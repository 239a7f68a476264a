// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/earlysnapshot.h"

#include "base/logging.h"
#include "sync/serverclient.h"
#include "sync/snapshotfetch.h"
#include "sync/snapshotloader.h"

#include <QHash>
#include <utility>

namespace mirage {

EarlySnapshot::EarlySnapshot(SnapshotLoader *loader, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
{
}

EarlySnapshot::~EarlySnapshot()
{
    cancel();
}

void EarlySnapshot::startOnce(ServerClient &client, const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    if (std::exchange(m_started, true))
        return;
    auto *fetch = client.fetchSnapshot(url, timeoutMs, maxBytes, this);
    m_fetch = fetch;
    connect(fetch, &SnapshotFetch::finished, this, [this, fetch] { onFinished(fetch); });
}

void EarlySnapshot::cancel()
{
    m_loading = Digest(); // a load under way is the loader's to forget (the channel's next one does)
    if (SnapshotFetch *f = m_fetch) {
        m_fetch = nullptr;
        f->cancel();
        f->deleteLater();
    }
}

EarlySnapshot::Digest EarlySnapshot::digestOf(const QByteArray &body)
{
    Digest d;
    d.size = body.size();
    d.a = qHash(QByteArrayView(body), size_t(0x9e3779b97f4a7c15ULL));
    d.b = qHash(QByteArrayView(body), size_t(0xc2b2ae3d27d4eb4fULL));
    return d;
}

bool EarlySnapshot::takeLoaded(const SnapshotFailure &failure)
{
    const Digest loading = std::exchange(m_loading, Digest());
    if (loading.size < 0)
        return false;
    if (failure.failed()) {
        qCDebug(lcChannel) << "the early snapshot was not applied:" << failure.detail;
        return true;
    }
    m_digest = loading;
    qCDebug(lcChannel) << "early snapshot shown";
    Q_EMIT applied();
    return true;
}

bool EarlySnapshot::takeUnchanged(const QByteArray &body)
{
    const Digest early = std::exchange(m_digest, Digest());
    return early.size >= 0 && digestOf(body) == early;
}

void EarlySnapshot::onFinished(SnapshotFetch *fetch)
{
    fetch->deleteLater();
    if (fetch != m_fetch)
        return;
    m_fetch = nullptr;
    if (fetch->outcome() != SnapshotFetch::Outcome::Ok) {
        qCDebug(lcChannel) << "the early snapshot GET failed:" << fetch->failure().reason << fetch->failure().httpStatus;
        return;
    }
    m_loading = digestOf(fetch->body());
    m_loader->load(fetch->body());
}

} // namespace mirage
