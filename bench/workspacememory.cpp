// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The memory of the workspace at scale (issue #12: 50 open activities of 1,000 steps under 400 MB),
// without a window: what bench-workspace measures minus Qt Quick. Creates `count` ActivitySessions,
// restores a local copy of the activity (the JSON file given, e.g. make_activity.py --steps 1000)
// into each as Workspace::restore() does at start, then applies the activity as a fresh snapshot
// to each as a reconnection does; prints VmHWM (peak) and VmRSS (current) after each phase.
// Usage: workspacememory ACTIVITY.json [count]   (default count: 50)

#include "session/activitysession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <malloc.h>
#include <memory>
#include <vector>

using namespace mirage;

namespace {

// A /proc/self/status field in kB ("VmHWM", "VmRSS").
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void report(const char *phase)
{
    std::printf("%-44s VmHWM %4ld MB  VmRSS %4ld MB\n", phase, statusKb("VmHWM") / 1024, statusKb("VmRSS") / 1024);
    std::fflush(stdout);
}

void settle(std::vector<std::unique_ptr<ActivitySession>> &sessions)
{
    for (auto &s : sessions)
        s->flushNow();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: workspacememory ACTIVITY.json [count]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QByteArray activity = file.readAll();
    const int count = argc > 2 ? std::atoi(argv[2]) : 50;
    report("start");

    // The copy every session restores, as CopyStore would read it from disk.
    ActivityCopy copy;
    {
        ChannelEndpoint endpoint;
        endpoint.activityId = QJsonDocument::fromJson(activity).object().value(QLatin1String("id")).toString();
        ActivitySession maker(endpoint, ChannelSettings {});
        if (const QString error = maker.loadSnapshot(activity); !error.isEmpty()) {
            std::fprintf(stderr, "not an activity: %s\n", qPrintable(error));
            return 2;
        }
        copy = maker.makeCopy();
    }
    std::printf("activity %.2f MB, copy %.2f MB, %d sessions\n", activity.size() / 1e6, copy.stateDump.size() / 1e6, count);
    report("copy made");

    const QString id = QJsonDocument::fromJson(activity).object().value(QLatin1String("id")).toString();
    std::vector<std::unique_ptr<ActivitySession>> sessions;
    for (int i = 0; i < count; ++i) {
        ChannelEndpoint endpoint;
        endpoint.activityId = id; // the same activity 50 times: the copy names it
        sessions.push_back(std::make_unique<ActivitySession>(endpoint, ChannelSettings {}));
        // Each copy is read from its own file: a buffer of its own, dropped once restored.
        ActivityCopy own = copy;
        own.stateDump = QByteArray(copy.stateDump.constData(), copy.stateDump.size());
        QString error;
        if (!sessions.back()->restoreCopy(own, &error)) {
            std::fprintf(stderr, "restore failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    report("copies loaded, models not filled yet");
    settle(sessions);
    report("copies restored (servers down)");
    malloc_trim(0);
    report("  trimmed");

    for (auto &s : sessions) {
        const QByteArray snapshot(activity.constData(), activity.size()); // as received
        if (const QString error = s->loadSnapshot(snapshot); !error.isEmpty()) {
            std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    settle(sessions);
    report("snapshots applied (servers up)");
    malloc_trim(0);
    report("  trimmed");
    return 0;
}
