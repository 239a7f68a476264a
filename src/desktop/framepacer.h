// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAnimationDriver>
#include <QBasicTimer>

#include <functional>

namespace mirage {

// The GUI thread's animation driver when the software scene graph draws the window (issue #14).
// That render loop draws a frame 5 ms after anything asks for one, and two 16 ms clocks asked, out
// of phase: the animations' (a changed step's flash) and the sessions' frame batchers (the edits).
// Under a stream of edits to the rows on screen the window drew ~72 frames a second where 60 show
// the same. At each tick the pacer first runs `beforeTick` (the window: every session applies
// what it collected, Workspace::flushPendingFrames), then advances the animations, so one frame
// shows both. While no animation runs the pacer does not tick and the batchers keep their timers.
class FramePacer : public QAnimationDriver
{
public:
    static constexpr int kTickMs = 16;

    explicit FramePacer(std::function<void()> beforeTick, QObject *parent = nullptr);

protected:
    void start() override;
    void stop() override;
    void timerEvent(QTimerEvent *event) override;

private:
    std::function<void()> m_beforeTick;
    QBasicTimer m_tick;
};

} // namespace mirage
