// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <vector>

class QQuickWindow;

namespace mirage {

class AppController;
class StepModel;

// What bench/window_bench.py reads from the window (issue #14). Off unless MIRAGEDESK_PROBE names
// a file; then it appends one line per observation, every time in CLOCK_REALTIME microseconds
// (so that a sender on the same machine can compare its own clock):
//   probe T pid PID             when attached (after the QML loaded)
//   lag T US CPU                the event-loop lag seen by a 5 ms precise timer (how late it fired),
//                               and the GUI thread's CPU time (µs) since the tick before: a stall
//                               with little CPU waited for a core (issue #26: a shared machine)
//   sync T US                   the GUI thread blocked while the scene graph synchronised
//   frame T GUI                 a frame swapped (GUI = 1 when that signal came on the GUI thread)
//   steps T N CPU               the first frame swapped while the selected activity had N > 0 steps,
//                               and the GUI thread's CPU time (µs) by then
//   edit SENT T ROW             a step row's dataChanged, whose name ends in "@SENT" (the sender's
//                               time in µs), reached the model's listeners at T
//   shown SENT T ROW            the first frame swapped after that edit
// Lines are buffered and written once a second and at exit, so the probe costs the GUI thread
// little more than the timer.
class WindowProbe : public QObject
{
    Q_OBJECT
public:
    // nullptr when MIRAGEDESK_PROBE is not set or its file cannot be opened (said on stderr).
    static WindowProbe *fromEnvironment(AppController *controller, QObject *parent);
    ~WindowProbe() override;

    // The window whose frames are timed; the controller's selected session is followed.
    void attach(QQuickWindow *window);

    static int64_t nowUs(); // CLOCK_REALTIME
    static int64_t threadCpuUs(); // the calling thread's CPU time

private:
    WindowProbe(AppController *controller, const QString &path, QObject *parent);
    void line(const char *kind, int64_t a, int64_t b = -1, int64_t c = -1);
    void renderLine(const char *kind, int64_t a, int64_t b = -1, int64_t c = -1);
    void followSession();
    void onStepsChanged(int first, int last, const QList<int> &roles);
    void onStepsRows();
    void onFrame(int64_t syncStartUs, int64_t swappedUs); // on the GUI thread, queued from the render thread
    void flush();

    AppController *m_controller;
    QFile m_file;
    QByteArray m_buffer;
    QTimer m_lagTimer;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceTick;
    int64_t m_tickCpuUs = 0; // the GUI thread's CPU time at the last tick
    QPointer<StepModel> m_steps;
    QMetaObject::Connection m_stepsConnection;
    int64_t m_stepsSinceUs = 0; // when the selected activity first had steps (0: not yet)
    bool m_stepsShown = false;
    struct PendingEdit
    {
        int64_t sent;
        int64_t seen;
        int row;
    };
    std::vector<PendingEdit> m_pending; // edits seen by the model, not yet on a swapped frame
    QMutex m_renderMutex; // frameSwapped and the sync signals may come on the render thread
    QByteArray m_renderBuffer;
    int64_t m_syncStartUs = 0; // render thread only
};

} // namespace mirage
