// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/commandline.h"

#include "cli/replaycommand.h"
#include "cli/watchcommand.h"
#include "protocol/appidentity.h"
#include "protocol/exitcode.h"
#include "protocol/output.h"

#include <QCoreApplication>
#include <cstring>

namespace mirage {

const char *CommandLine::usage()
{
    return "Usage: miragedesk [--server URL --activity UUID]    open the window on a live activity\n"
           "       miragedesk miragedesk://open?server=URL&activity=UUID | miragedesk://HOST[:PORT]/UUID\n"
           "       miragedesk replay SNAPSHOT EVENTS.ndjson [--dump-state FILE]\n"
           "       miragedesk watch --server URL --activity UUID [options]\n"
           "       miragedesk --version | --help\n"
           "\n"
           "Commands:\n"
           "  replay   apply a recorded event log to a snapshot offline (see 'miragedesk replay --help')\n"
           "  watch    follow a live activity and print one JSON line per message (see 'miragedesk watch --help')\n"
           "\n"
           "Exit codes: 0 ok, 2 bad arguments, 3 timeout, 4 refused by the server.\n";
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *a = argv[1];
    return !std::strcmp(a, "replay") || !std::strcmp(a, "watch") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v")
        || !std::strcmp(a, "--help") || !std::strcmp(a, "-h");
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        Output::line("miragedesk " MIRAGEDESK_VERSION);
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(usage(), stdout);
        return ExitOk;
    }
    if (command == QLatin1String("replay"))
        return ReplayCommand::run(args);
    if (command == QLatin1String("watch"))
        return WatchCommand::run(args);
    Output::error(QStringLiteral("unknown command '%1'").arg(command));
    Output::errorText(usage());
    return ExitBadArguments;
}

} // namespace mirage
