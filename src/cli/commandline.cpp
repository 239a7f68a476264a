// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/commandline.h"

#include "base/appidentity.h"
#include "base/exitcode.h"
#include "base/helpoption.h"
#include "base/output.h"
#include "base/windowoptions.h"
#include "cli/replaycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace mirage {

namespace {
bool is(const char *a, const char *b)
{
    return !std::strcmp(a, b);
}
bool isHelp(const char *a)
{
    return is(a, "--help") || is(a, "-h");
}
} // namespace

QString CommandLine::help()
{
    QCommandLineParser parser;
    WindowOptions().addTo(parser);
    parser.addOption(HelpOption::make());
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Print the version and exit.")));
    // Qt's text from "Options:" on; our usage lines name the commands.
    QString options = parser.helpText();
    options.remove(0, options.indexOf(QLatin1String("\nOptions:")) + 1);
    return QStringLiteral("Usage: miragedesk [options] [link]                    open the window (options below)\n"
                          "       miragedesk replay SNAPSHOT EVENTS.ndjson [--dump-state FILE] [options]\n"
                          "       miragedesk watch --server URL --activity UUID [options]\n"
                          "       miragedesk --version | --help\n"
                          "\n")
        + WindowOptions::description()
        + QStringLiteral(" The commands serve scripts, logs and tests.\n"
                         "\n"
                         "Commands:\n"
                         "  replay   apply a recorded event log to a snapshot offline (see 'miragedesk replay --help')\n"
                         "  watch    follow a live activity and print one JSON line per message (see 'miragedesk watch --help')\n"
                         "\n")
            + options + QStringLiteral("\nExit codes: 0 ok, 1 failure, 2 bad arguments, 3 timeout, 4 refused by the server.");
}

CommandLine::Route CommandLine::route(int argc, char **argv)
{
    if (argc < 2)
        return Route::Window;
    const char *command = argv[1];
    if (is(command, "watch"))
        return Route::Watch;
    if (is(command, "replay") || is(command, "--version") || is(command, "-v"))
        return Route::Here;
    // `miragedesk --server URL --help` asks for the help, not a window.
    for (int i = 1; i < argc && !is(argv[i], "--"); ++i) {
        if (isHelp(argv[i]))
            return Route::Here;
    }
    return Route::Window;
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
    if (command == QLatin1String("replay"))
        return ReplayCommand::run(args);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        Output::line(help().toStdString());
        return ExitOk;
    }
    Output::error(QStringLiteral("unknown command '%1' (see miragedesk --help)").arg(command));
    return ExitBadArguments;
}

} // namespace mirage
