// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/clock.h"

#include <QElapsedTimer>

namespace mirage {

qint64 Clock::now() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace mirage
