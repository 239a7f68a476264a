// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// `miragedesk watch` run as a user runs it, with its output collected as it comes.
class WatchProcess : public QObject
{
    Q_OBJECT
public:
    explicit WatchProcess(QObject *parent = nullptr);
    ~WatchProcess() override;
    void start(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // How many times stderr has said "connected to" so far.
    int connections() const { return int(m_err.count("miragedesk: connected to")); }
    bool finish(int timeoutMs); // waits for the exit
    int exitCode() const { return m_process.exitCode(); }
    const QByteArray &out() const { return m_out; }
    const QByteArray &err() const { return m_err; }
    QList<QByteArray> lines() const { return m_out.trimmed().split('\n'); }

private:
    QProcess m_process;
    QByteArray m_out, m_err;
};
