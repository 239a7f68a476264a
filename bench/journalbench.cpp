// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
//
// The journal (issue #27) at scale: `ninja bench-journal` writes 100,000 entries as fast as the
// writer takes them, then 2,000 a second for 5 s (the window's hardest stream), and times what the
// log asks of a 100,000-entry history: its newest page, a page deep in it, and searches (a word
// found once, one found everywhere, a 2-letter one that reads the rows, one found nowhere). It
// prints wall and CPU times (user + system of the process: the writer's thread is most of it),
// the GUI thread's share (the time spent queueing), the file's size, and the load average.

#include "store/journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace mirage;

namespace {
const QString kServer = QStringLiteral("https://mirage.example/");
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");

double cpuSeconds()
{
    rusage u = {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

// A message as the server sends it (a step edit, ~250 bytes) and its line.
JournalEntry entry(int n)
{
    JournalEntry e;
    e.server = kServer;
    e.activityId = kId;
    e.seq = quint64(n);
    e.eventId = 102;
    e.eventName = QStringLiteral("activity_updated");
    e.category = QStringLiteral("activity");
    e.subjectKind = JournalSubject::Step;
    e.subjectId = QStringLiteral("step-%1").arg(n % 10000);
    e.subjectName = QStringLiteral("Check valve %1").arg(n % 10000);
    e.section = QStringLiteral("steps");
    e.itemId = e.subjectId;
    e.details = QStringLiteral("102 activity_updated");
    e.message = QStringLiteral(R"({"id":102,"activity_id":"%1","action":"updated","updated_fields":{"steps":[{"id":"step-%2",)"
                               R"("description":"Torque the flange bolts to 45 Nm in a star pattern, revision %3."}]}})")
            .arg(kId)
            .arg(n % 10000)
            .arg(n)
            .toUtf8();
    const int kind = n % 4;
    if (n == 1)
        e.summary = QStringLiteral("Ana Lima uploaded “Pumpenhandbuch.pdf” (2.4 MB)");
    else if (kind == 0)
        e.summary = QStringLiteral("Person %1 joined").arg(n % 500);
    else if (kind == 1)
        e.summary = QStringLiteral("File “wiring-%1.pdf” uploaded (2.0 kB)").arg(n);
    else
        e.summary = QStringLiteral("Step %1 “Check valve %1” edited").arg(n % 10000);
    return e;
}

double threadCpuMs()
{
    timespec t = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double medianMs(const std::function<size_t()> &run, size_t *found)
{
    std::vector<double> ms;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        *found = run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int total = 100000;
    std::printf("journal bench (issue #27), load average before: %s\n", qPrintable(loadAverage()));
    {
        // 1. As fast as it goes: frames of 33 entries (2,000 a second at 60 frames a second).
        Journal journal(dir.path());
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        double queueMs = 0;
        for (int n = 1; n <= total; n += 33) {
            std::vector<JournalEntry> frame;
            for (int i = n; i < n + 33 && i <= total; ++i)
                frame.push_back(entry(i));
            const double before = threadCpuMs();
            journal.append(std::move(frame));
            queueMs += threadCpuMs() - before;
        }
        journal.flush();
        const double s = double(wall.nsecsElapsed()) / 1e9, cpu = cpuSeconds() - cpu0;
        std::printf("write %d entries: %.2f s wall, %.0f entries/s, CPU %.2f s (%.1f µs an entry), queueing on the caller's thread "
                    "%.1f ms CPU (%.2f µs an entry), %d transactions\n",
            total, s, total / s, cpu, cpu * 1e6 / total, queueMs, queueMs * 1e3 / total, journal.transactions());
    }
    {
        // 2. The window's hardest stream: 2,000 entries a second for 5 s, a frame every 16.7 ms.
        Journal journal(dir.path());
        const double cpu0 = cpuSeconds(), main0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        int n = total + 1;
        for (int frame = 0; frame < 300; ++frame) {
            std::vector<JournalEntry> batch;
            for (int i = 0; i < 33 + (frame % 3 == 0 ? 1 : 0); ++i)
                batch.push_back(entry(n++));
            journal.append(std::move(batch));
            const qint64 due = qint64(frame + 1) * 50 / 3; // ms
            if (const qint64 wait = due - wall.elapsed(); wait > 0)
                QThread::msleep(ulong(wait));
        }
        journal.flush();
        const double s = double(wall.nsecsElapsed()) / 1e9, cpu = cpuSeconds() - cpu0, main = (threadCpuMs() - main0) / 1e3;
        std::printf("2,000 entries/s for %.1f s (%d entries): process CPU %.3f s = %.1f %% of one core; the caller's thread %.3f s "
                    "(building the entries and queueing them), so the writer's %.3f s = %.1f %% of one core; %d transactions\n",
            s, n - total - 1, cpu, 100 * cpu / s, main, cpu - main, 100 * (cpu - main) / s, journal.transactions());
    }
    // 3. Reading a 100,000-entry history (110,000 kept now).
    QElapsedTimer opening;
    opening.start();
    Journal journal(dir.path());
    const double openMs = double(opening.nsecsElapsed()) / 1e6;
    journal.flush(); // the writer counts what is kept after the start
    const QString path = journal.path();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("open: %.1f ms; %d entries kept; file %.1f MB (%.0f bytes an entry); counted %.1f MB\n", openMs,
        journal.count(kServer, kId), double(bytes) / 1e6, double(bytes) / journal.count(kServer, kId), double(journal.storedBytes()) / 1e6);
    const qint64 middle = journal.lastId(kServer, kId) / 2;
    size_t found = 0;
    double ms = medianMs([&] { return journal.page(kServer, kId, 0, 100).size(); }, &found);
    std::printf("newest page of 100: %.2f ms\n", ms);
    ms = medianMs([&] { return journal.page(kServer, kId, middle, 100).size(); }, &found);
    std::printf("a page of 100 in the middle: %.2f ms\n", ms);
    const struct
    {
        const char *what;
        QString text;
    } searches[] = {{"a word in one entry, the oldest", QStringLiteral("pumpenhand")},
        {"a word in a quarter of them (the newest 100)", QStringLiteral("person 4")},
            {"a word found nowhere", QStringLiteral("nowhere to be found")},
                {"2 letters (read from the rows)", QStringLiteral("Zq")}, {"2 letters found often (the newest 100)", QStringLiteral("ed")}};
    for (const auto &s : searches) {
        ms = medianMs([&] { return journal.page(kServer, kId, 0, 100, s.text).size(); }, &found);
        std::printf("search %-46s %8.2f ms (%zu found)\n", s.what, ms, found);
    }
    std::printf("process CPU %.2f s; load average after: %s\n", cpuSeconds(), qPrintable(loadAverage()));
    return 0;
}
