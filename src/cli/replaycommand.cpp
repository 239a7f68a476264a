// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/replaycommand.h"

#include "cli/hugeheap.h"

#include "base/exitcode.h"
#include "base/helpoption.h"
#include "base/logging.h"
#include "base/logsanitizer.h"
#include "base/output.h"
#include "protocol/activitystate.h"
#include "protocol/idkey.h"
#include "protocol/mappedfile.h"
#include "protocol/replayer.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace mirage {

int ReplayCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Applies a recorded event log (one JSON message per line) to an activity snapshot, "
        "exactly as a live channel would, and reports the resulting state."));
    parser.addPositionalArgument(QStringLiteral("replay"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"), QStringLiteral("The activity JSON to start from."));
    parser.addPositionalArgument(QStringLiteral("EVENTS"), QStringLiteral("The NDJSON log, e.g. from watch --record."));
    const QCommandLineOption dumpOpt(QStringLiteral("dump-state"),
        QStringLiteral("Write the final state (SPEC §6) to FILE ('-' = stdout, last line)."), QStringLiteral("FILE"));
    const QCommandLineOption activityOpt(
        QStringLiteral("activity"), QStringLiteral("The activity UUID (default: the snapshot's \"id\")."), QStringLiteral("UUID"));
    const QCommandLineOption printOpt(QStringLiteral("print-events"), QStringLiteral("Print one JSON line per message, as watch does."));
    parser.addOptions({dumpOpt, activityOpt, printOpt});
    parser.addOption(HelpOption::make());

    if (!parser.parse(arguments)) {
        Output::error(QStringLiteral("replay: %1 (see miragedesk replay --help)").arg(parser.errorText()));
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Output::line(parser.helpText().toStdString());
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3) {
        Output::error(QStringLiteral("replay: expected SNAPSHOT and EVENTS files, got %1 argument(s) "
                                     "(usage: miragedesk replay SNAPSHOT EVENTS.ndjson [--dump-state FILE])")
                .arg(pos.size() - 1));
        return ExitBadArguments;
    }
    const QString snapshotPath = pos.at(1);
    const QString eventsPath = pos.at(2);

    // The state is left to the system at exit: freeing a 10,000-step tree node by node costs more
    // than the OS takes to drop the pages (issue #14). Early returns before the replay free it.
    auto owned = std::make_unique<ActivityState>();
    ActivityState &state = *owned;
    if (parser.isSet(activityOpt)) {
        const QString id = parser.value(activityOpt);
        if (canonicalUuid(id.toStdString()).empty()) {
            Output::error(QStringLiteral("replay: --activity '%1' is not a UUID").arg(id));
            return ExitBadArguments;
        }
        state.setActivityId(id.toStdString());
    }

    HugeHeap heap;
    // The tree and the parser's document take ~6 times the snapshot's JSON; the heap grows by 8.
    const size_t snapshotBytes = size_t(std::max<qint64>(0, QFileInfo(snapshotPath).size()));
    heap.enableFor(snapshotBytes + size_t(std::max<qint64>(0, QFileInfo(eventsPath).size())), 8 * snapshotBytes);
    std::string error;
    {
        MappedFile snapshot;
        if (!snapshot.open(snapshotPath.toStdString(), error)) {
            Output::error(QStringLiteral("replay: cannot read snapshot '%1': %2").arg(snapshotPath, QString::fromStdString(error)));
            return ExitBadArguments;
        }
        error = state.loadSnapshot(std::string_view(snapshot.data(), snapshot.size()));
        if (!error.empty()) {
            Output::error(QStringLiteral("replay: '%1': %2").arg(snapshotPath, QString::fromStdString(error)));
            return ExitBadArguments;
        }
    }
    heap.follow();
    MappedFile events;
    if (!events.open(eventsPath.toStdString(), error)) {
        Output::error(QStringLiteral("replay: cannot read events '%1': %2").arg(eventsPath, QString::fromStdString(error)));
        return ExitBadArguments;
    }

    const bool print = parser.isSet(printOpt);
    const std::string eventsName = QFileInfo(eventsPath).fileName().toStdString();
    Replayer replayer(state);
    replayer.setObserver([&](uint64_t seq, uint64_t line, const ApplyResult &r) {
        heap.follow();
        if (print)
            Output::line(r.toWatchLine(seq, state.activityId()));
        if (!r.applied)
            qCWarning(lcReplay).noquote() << LogSanitizer::clean(QString::fromStdString(eventsName) + QLatin1Char(':')
                + QString::number(line) + QStringLiteral(": rejected: ") + QString::fromStdString(r.errorText()));
    });
    const uint64_t messages = replayer.run(events.data(), events.size());
    qCInfo(lcReplay).noquote() << QStringLiteral("%1 messages: %2 applied, %3 rejected") .arg(messages).arg(state.appliedCount()).arg(state.rejectedCount());

    if (parser.isSet(dumpOpt)) {
        const QString err = Output::writeTextFile(parser.value(dumpOpt), state.dumpJson());
        if (!err.isEmpty()) {
            Output::error(QStringLiteral("replay: ") + err);
            return ExitFailure;
        }
    }
    Output::flush();
    (void)owned.release(); // see above: no teardown of the tree
    return ExitOk;
}

} // namespace mirage
