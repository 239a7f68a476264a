// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "watchprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

WatchProcess::WatchProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { m_out += m_process.readAllStandardOutput(); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { m_err += m_process.readAllStandardError(); });
}

WatchProcess::~WatchProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void WatchProcess::start(const QStringList &args, const QProcessEnvironment &env)
{
    m_process.setProcessEnvironment(env);
    m_process.start(QStringLiteral(MIRAGEDESK_BINARY), QStringList {QStringLiteral("watch")} + args);
    m_process.waitForStarted(10000);
}

bool WatchProcess::finish(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
}
