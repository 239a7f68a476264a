// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The session's models under bursts (issue #14), without a window: what the views wait for between
// the messages' arrival and the frame that shows them. Each scenario runs on a fresh session with
// the window's proxies on it (ListSearch over the steps, EventLogFilter over the log) and prints
// the median of `rounds` runs:
//  - deletes: 1,000 messages each deleting one step (random, spread out) of a 100,000-step activity:
//    applying and describing them (feed), then the frame that replays them on the models (flush);
//    also how many rowsRemoved signals the steps' proxy saw. Through the proxy with no search on
//    (the common case), with a search on that every step matches ("marker": each delete reaches
//    the view) and one that a ninth of them match ("step 1"), and on the StepModel alone (no proxy).
//  - burst: 10,000 events in the seed's mix (70% step edits, 10% activity fields, 10% people,
//    10% files) on a 10,000-step activity: feed and flush, with no search on and with "step 1" on
//    (renames make steps start and stop matching).
//  - log: for the same burst, the state's applying alone, against what the session does per
//    message for the log (EventDescriber::logEntry); the words of a screenful of log rows; a search
//    of the log (EventLogFilter) through its 10,000 rows.
// Usage: modelbench [rounds [deletes|burst|log]]   (default 5 rounds of all three)

#include "protocol/replaysource.h"
#include "session/activitysession.h"
#include "session/eventdescriber.h"
#include "session/eventlogfilter.h"
#include "session/eventlogmodel.h"
#include "session/listsearch.h"
#include "session/stepmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace mirage;

namespace {

constexpr const char *kActivity = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

std::string uuid(uint32_t n, uint32_t salt = 0)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-68ef-4412-9dd4-%012x", n, n * 7919u + salt);
    return buf;
}

std::string snapshot(uint32_t steps)
{
    std::string s = std::string(R"({"id":")") + kActivity + R"(","name":"Bench activity","description":"For modelbench.","steps":[)";
    s.reserve(size_t(steps) * 240);
    for (uint32_t i = 0; i < steps; ++i) {
        if (i)
            s += ',';
        s += R"({"id":")" + uuid(i) + R"(","name":"Step )" + std::to_string(i + 1)
            + R"(","description":"Align the marker with the panel, then tighten each bolt.","contents":[{"id":")" + uuid(i, 1)
            + R"(","type":"label","text":"Check the torque gauge"}]})";
    }
    s += "]}";
    return s;
}

std::string line(int id, const char *action, const std::string &body)
{
    return std::string(R"({"id":)") + std::to_string(id) + R"(,"activity_id":")" + kActivity + R"(","action":")" + action + "\"," + body
        + "}\n";
}

std::string deletes(uint32_t steps, uint32_t n)
{
    std::mt19937 rng(14);
    std::vector<uint32_t> pick(steps);
    for (uint32_t i = 0; i < steps; ++i)
        pick[i] = i;
    std::shuffle(pick.begin(), pick.end(), rng);
    std::string out;
    for (uint32_t k = 0; k < n; ++k)
        out += line(102, "updated", R"("updated_fields":{"steps":[{"id":")" + uuid(pick[k]) + R"(","$patch":"delete"}]})");
    return out;
}

std::string burst(uint32_t steps, uint32_t n)
{
    std::mt19937 rng(7);
    std::string out;
    for (uint32_t k = 0; k < n; ++k) {
        const uint32_t r = rng() % 100, step = rng() % steps, who = rng() % 200, file = rng() % 500;
        if (r < 35)
            out += line(102, "updated",
                R"("updated_fields":{"steps":[{"id":")" + uuid(step) + R"(","description":"Edited )" + std::to_string(k) + "\"}]}");
        else if (r < 70)
            out += line(
                102, "updated", R"("updated_fields":{"steps":[{"id":")" + uuid(step) + R"(","name":"Step )" + std::to_string(k) + "\"}]}");
        else if (r < 80)
            out += line(102, "updated", R"("updated_fields":{"description":"Activity text )" + std::to_string(k) + "\"}");
        else if (r < 85)
            out += line(201, "joined",
                R"("user":{"id":")" + uuid(who, 2) + R"(","name":"Author )" + std::to_string(who) + R"(","status":"online"})");
        else if (r < 88)
            out += line(202, "left", R"("user":{"id":")" + uuid(who, 2) + "\"}");
        else if (r < 90)
            out += line(203, "status_updated", R"("user":{"id":")" + uuid(who, 2) + R"(","status":"editing"})");
        else if (r < 97)
            out += line(401, "uploaded",
                R"("file":{"id":")" + uuid(file, 3) + R"(","name":"asset-)" + std::to_string(file)
                    + R"(.png","size":123456,"mime_type":"image/png","uploaded_by":")" + uuid(who, 2) + "\"}");
        else
            out += line(402, "deleted", R"("file":{"id":")" + uuid(file, 3) + "\"}");
    }
    return out;
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

ChannelEndpoint endpoint()
{
    ChannelEndpoint e;
    e.activityId = QString::fromLatin1(kActivity);
    return e;
}

struct Session
{
    ActivitySession session {endpoint(), ChannelSettings {}};
    ListSearch steps;
    int removedSignals = 0;
    // proxy false: the StepModel alone, no ListSearch on it. find: the search's text (the find
    // bar opens, prepare(), and the text is typed before the events arrive).
    explicit Session(const std::string &json, bool proxy = true, const QString &find = QString())
    {
        steps.setRoles({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("contentText")});
        if (proxy)
            steps.setSourceModel(session.stepModel());
        QObject::connect(&steps, &QAbstractItemModel::rowsRemoved, &steps, [this] { ++removedSignals; });
        session.loadSnapshot(QByteArrayView(json.data(), qsizetype(json.size())));
        session.flushNow();
        if (proxy) {
            steps.index(0, 0).data(); // a view asks: the proxy maps its rows from now on
            if (!find.isEmpty()) {
                steps.prepare();
                steps.setText(find);
            }
            removedSignals = 0;
        }
    }
};

void feedAndFlush(
    const char *title, uint32_t steps, const std::string &events, int rounds, bool proxy = true, const QString &find = QString())
{
    const std::string json = snapshot(steps);
    std::vector<double> feed, flush;
    int removedSignals = 0, rows = 0;
    for (int r = 0; r < rounds; ++r) {
        Session s(json, proxy, find);
        auto t0 = std::chrono::steady_clock::now();
        s.session.feedText(QByteArrayView(events.data(), qsizetype(events.size())));
        feed.push_back(msSince(t0));
        t0 = std::chrono::steady_clock::now();
        s.session.flushNow();
        flush.push_back(msSince(t0));
        removedSignals = s.removedSignals;
        rows = proxy ? s.steps.rowCount() : s.session.stepModel()->rowCount();
    }
    std::printf("%-34s feed %8.1f ms  flush %8.1f ms  shown after %8.1f ms  (%d rows, %d rowsRemoved)\n", title, median(feed),
        median(flush), median(feed) + median(flush), rows, removedSignals);
}

void logCost(uint32_t steps, const std::string &events, int rounds)
{
    const std::string json = snapshot(steps);
    std::vector<double> apply, describe, shown, search;
    for (int r = 0; r < rounds; ++r) {
        Session s(json);
        ReplaySource source(s.session.state());
        source.setText(events);
        MessageBatch batch;
        ReplaySource::Message m;
        auto t0 = std::chrono::steady_clock::now();
        while (source.next(m)) {
            ReceivedMessage rm;
            rm.seq = batch.size() + 1;
            rm.text = QByteArray(m.text.data(), qsizetype(m.text.size()));
            rm.result = std::move(m.result);
            batch.push_back(std::move(rm));
        }
        apply.push_back(msSince(t0));
        const EventDescriber describer(s.session.state(), s.session.people(), *s.session.stepModel());
        std::vector<EventLogModel::Entry> entries;
        entries.reserve(batch.size());
        t0 = std::chrono::steady_clock::now();
        for (const ReceivedMessage &rm : batch)
            entries.push_back(describer.logEntry(rm));
        describe.push_back(msSince(t0));
        // What the view asks of a screenful of rows (40) once the frame is shown.
        s.session.feed(batch);
        s.session.flushNow();
        EventLogModel *log = s.session.eventLog();
        t0 = std::chrono::steady_clock::now();
        qsizetype chars = 0;
        for (int row = std::max(0, log->rowCount() - 40); row < log->rowCount(); ++row)
            chars += log->index(row).data(EventLogModel::SummaryRole).toString().size();
        shown.push_back(msSince(t0));
        // The log's search reads every row's words (10,000 rows: the log's capacity).
        t0 = std::chrono::steady_clock::now();
        s.session.eventLogFilter()->setText(QStringLiteral("renamed"));
        search.push_back(msSince(t0));
        if (chars == 0)
            std::fprintf(stderr, "modelbench: the log's rows have no sentences\n");
    }
    std::printf("%-34s apply %7.1f ms  log entries %7.1f ms  (%.0f%% of applying)\n", "log of the 10,000-event burst", median(apply),
        median(describe), 100 * median(describe) / median(apply));
    std::printf("%-34s a screenful's words %.2f ms  a search through the 10,000 rows %.1f ms\n", "", median(shown), median(search));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    if (rounds < 1 || rounds > 100) {
        std::fprintf(stderr, "modelbench: '%s' is not a number of rounds (1..100)\n", argv[1]);
        return 2;
    }
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (only.isEmpty() || only == QLatin1String("deletes")) {
        const std::string gone = deletes(100000, 1000);
        feedAndFlush("1,000 deletes on 100,000 steps", 100000, gone, rounds);
        feedAndFlush("  the same, \"marker\" (all) found", 100000, gone, rounds, true, QStringLiteral("marker"));
        feedAndFlush("  the same, \"step 1\" (1/9) found", 100000, gone, rounds, true, QStringLiteral("step 1"));
        feedAndFlush("  the same, StepModel alone", 100000, gone, rounds, false);
    }
    const std::string events = burst(10000, 10000);
    if (only.isEmpty() || only == QLatin1String("burst")) {
        feedAndFlush("10,000-event burst on 10,000 steps", 10000, events, rounds);
        feedAndFlush("  the same, \"step 1\" found", 10000, events, rounds, true, QStringLiteral("step 1"));
    }
    if (only.isEmpty() || only == QLatin1String("log"))
        logCost(10000, events, rounds);
    return 0;
}
