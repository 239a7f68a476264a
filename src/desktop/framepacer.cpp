// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/framepacer.h"

#include <QTimerEvent>

namespace mirage {

FramePacer::FramePacer(std::function<void()> beforeTick, QObject *parent)
    : QAnimationDriver(parent)
    , m_beforeTick(std::move(beforeTick))
{
}

void FramePacer::start()
{
    QAnimationDriver::start();
    m_tick.start(kTickMs, Qt::PreciseTimer, this);
}

void FramePacer::stop()
{
    m_tick.stop();
    QAnimationDriver::stop();
}

void FramePacer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_tick.timerId()) {
        QAnimationDriver::timerEvent(event);
        return;
    }
    if (m_beforeTick)
        m_beforeTick();
    advance();
}

} // namespace mirage
