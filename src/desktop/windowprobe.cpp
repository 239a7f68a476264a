// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/windowprobe.h"

#include "base/output.h"
#include "desktop/appcontroller.h"
#include "session/stepmodel.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QThread>

#include <chrono>
#include <ctime>

namespace mirage {

namespace {
constexpr int kLagIntervalMs = 5;
constexpr int kFlushIntervalMs = 1000;
constexpr size_t kMaxPending = 100000;

// The sender's time at the end of a step's name: "… @1733070000123456".
int64_t sentTime(const QString &name)
{
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || at + 1 >= name.size())
        return -1;
    bool ok = false;
    const qint64 t = QStringView(name).mid(at + 1).toLongLong(&ok);
    return ok ? t : -1;
}

void append(QByteArray *out, const char *kind, int64_t a, int64_t b, int64_t c)
{
    out->append(kind);
    for (int64_t v : {a, b, c}) {
        if (v < 0)
            break;
        out->append(' ');
        out->append(QByteArray::number(qint64(v)));
    }
    out->append('\n');
}
} // namespace

int64_t WindowProbe::threadCpuUs()
{
    timespec cpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    return int64_t(cpu.tv_sec) * 1000000 + cpu.tv_nsec / 1000;
}

int64_t WindowProbe::nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

WindowProbe *WindowProbe::fromEnvironment(AppController *controller, QObject *parent)
{
    const QString path = qEnvironmentVariable("MIRAGEDESK_PROBE");
    if (path.isEmpty())
        return nullptr;
    auto *probe = new WindowProbe(controller, path, parent);
    if (!probe->m_file.isOpen()) {
        Output::error(QStringLiteral("MIRAGEDESK_PROBE: cannot write %1: %2").arg(path, probe->m_file.errorString()));
        delete probe;
        return nullptr;
    }
    return probe;
}

WindowProbe::WindowProbe(AppController *controller, const QString &path, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    line("probe", nowUs(), QCoreApplication::applicationPid());
    m_lagTimer.setTimerType(Qt::PreciseTimer);
    m_lagTimer.setInterval(kLagIntervalMs);
    connect(&m_lagTimer, &QTimer::timeout, this, [this] {
        const qint64 elapsedUs = m_sinceTick.nsecsElapsed() / 1000;
        m_sinceTick.restart();
        const int64_t cpu = threadCpuUs();
        line("lag", nowUs(), std::max<qint64>(0, elapsedUs - kLagIntervalMs * 1000), cpu - std::exchange(m_tickCpuUs, cpu));
    });
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &WindowProbe::flush);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowProbe::flush);
    connect(controller, &AppController::sessionChanged, this, &WindowProbe::followSession);
    followSession();
}

WindowProbe::~WindowProbe()
{
    flush();
}

void WindowProbe::attach(QQuickWindow *window)
{
    if (!window)
        return;
    // In the threaded render loop these come on the render thread while the GUI thread waits
    // (synchronising) or goes on (rendering, swapping).
    connect(
        window, &QQuickWindow::beforeSynchronizing, this,
        [this] {
            const QMutexLocker lock(&m_renderMutex);
            m_syncStartUs = nowUs();
        },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::afterSynchronizing, this,
        [this] {
            const QMutexLocker lock(&m_renderMutex);
            append(&m_renderBuffer, "sync", nowUs(), nowUs() - m_syncStartUs, -1);
        },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            const int64_t t = nowUs();
            const bool gui = QThread::currentThread() == thread();
            int64_t syncStart;
            {
                const QMutexLocker lock(&m_renderMutex);
                append(&m_renderBuffer, "frame", t, gui ? 1 : 0, -1);
                syncStart = m_syncStartUs;
            }
            QMetaObject::invokeMethod(
                this, [this, syncStart, t] { onFrame(syncStart, t); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_sinceTick.start();
    m_tickCpuUs = threadCpuUs();
    m_lagTimer.start();
    m_flushTimer.start();
}

void WindowProbe::followSession()
{
    disconnect(m_stepsConnection);
    ActivitySession *s = m_controller->session();
    m_steps = s ? s->stepModel() : nullptr;
    if (!m_steps)
        return;
    m_stepsConnection = connect(m_steps, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            onStepsChanged(topLeft.row(), bottomRight.row(), roles);
        });
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, &WindowProbe::onStepsRows, Qt::UniqueConnection);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &WindowProbe::onStepsRows, Qt::UniqueConnection);
    onStepsRows();
}

void WindowProbe::onStepsRows()
{
    if (!m_stepsSinceUs && m_steps && m_steps->rowCount() > 0)
        m_stepsSinceUs = nowUs();
}

void WindowProbe::onStepsChanged(int first, int last, const QList<int> &roles)
{
    if (!roles.isEmpty() && !roles.contains(StepModel::NameRole))
        return;
    const int64_t t = nowUs();
    for (int row = first; row <= last && row - first < 64; ++row) {
        const int64_t sent = sentTime(m_steps->index(row).data(StepModel::NameRole).toString());
        if (sent < 0)
            continue;
        line("edit", sent, t, row);
        if (m_pending.size() < kMaxPending) // no frames (a hidden window): not kept for ever
            m_pending.push_back({sent, t, row});
    }
}

void WindowProbe::onFrame(int64_t syncStartUs, int64_t swappedUs)
{
    if (!m_stepsShown && m_stepsSinceUs && syncStartUs >= m_stepsSinceUs && m_steps) {
        m_stepsShown = true;
        line("steps", swappedUs, m_steps->rowCount(), threadCpuUs()); // the GUI thread's CPU time since exec
    }
    // The frame shows what the model held when it was synchronised.
    auto kept = m_pending.begin();
    for (const PendingEdit &e : m_pending) {
        if (e.seen <= syncStartUs)
            line("shown", e.sent, swappedUs, e.row);
        else
            *kept++ = e;
    }
    m_pending.erase(kept, m_pending.end());
}

void WindowProbe::line(const char *kind, int64_t a, int64_t b, int64_t c)
{
    append(&m_buffer, kind, a, b, c);
}

void WindowProbe::flush()
{
    {
        const QMutexLocker lock(&m_renderMutex);
        m_buffer.append(m_renderBuffer);
        m_renderBuffer.clear();
    }
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    m_file.write(m_buffer);
    m_file.flush();
    m_buffer.clear();
}

} // namespace mirage
