// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/snapshotretry.h"

#include "base/logging.h"

namespace mirage {

SnapshotRetry::SnapshotRetry(int initialMs, int maxMs, QObject *parent)
    : QObject(parent)
    , m_policy(initialMs, maxMs)
{
    connect(&m_timer, &ClockTimer::timeout, this, &SnapshotRetry::due);
}

bool SnapshotRetry::mayPass(const SnapshotFailure &failure)
{
    switch (failure.reason) {
    case SnapshotFailure::Reason::Timeout:
    case SnapshotFailure::Reason::NetworkError:
        return true;
    case SnapshotFailure::Reason::HttpError:
        return failure.httpStatus >= 500 || failure.httpStatus == 429;
    default:
        return false;
    }
}

bool SnapshotRetry::schedule(const SnapshotFailure &failure)
{
    if (!mayPass(failure))
        return false;
    const int delay = m_policy.nextDelayMs();
    qCDebug(lcChannel) << "snapshot GET tried again in" << delay << "ms";
    m_timer.start(delay);
    return true;
}

void SnapshotRetry::reset()
{
    m_timer.stop();
    m_policy.reset();
}

} // namespace mirage
