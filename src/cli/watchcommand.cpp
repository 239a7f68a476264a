// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/watchcommand.h"

#include "base/appidentity.h"
#include "base/exitcode.h"
#include "base/helpoption.h"
#include "base/output.h"
#include "base/unixsignals.h"
#include "cli/hugeheap.h"
#include "protocol/activitystate.h"
#include "protocol/mappedfile.h"
#include "protocol/replayer.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/connectionoptions.h"
#include "sync/connectiontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

namespace mirage {

namespace {
// Parses a duration in seconds ("0.5", "30") into milliseconds; false when it is not one.
bool parseSeconds(const QString &text, int *ms)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || s < 0 || s > 86400 * 7)
        return false;
    *ms = int(s * 1000.0 + 0.5);
    return true;
}

// Parses a positive byte count up to `most`; a clear reason when it is not one.
bool parseBytes(const QString &text, quint64 most, qint64 *bytes, QString *why)
{
    bool ok = false;
    const quint64 n = text.toULongLong(&ok);
    if (!ok || n == 0) {
        *why = QStringLiteral("is not a positive whole number");
        return false;
    }
    if (n > most) {
        *why = QStringLiteral("is too large (at most %1)").arg(most);
        return false;
    }
    *bytes = qint64(n);
    return true;
}
} // namespace

int WatchCommand::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) != QLatin1String("watch")) {
        Output::error(QStringLiteral("this program runs `miragedesk watch`; start it as miragedesk watch --server URL --activity UUID"));
        return ExitBadArguments;
    }
    return run(arguments);
}

int WatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
        "Follows a live MIRAGE-XR activity and prints one JSON line per received message:\n"
        "{\"seq\":N,\"id\":102,\"event\":\"activity_updated\",\"activity_id\":\"…\",\"applied\":true}\n"
        "Exit codes: 0 ok, 2 bad arguments, 3 timeout, 4 refused by the server, 5 the server's certificate refused."));
    parser.addPositionalArgument(QStringLiteral("watch"), QStringLiteral("The command."));
    const ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption &serverOpt = connection.server;
    const QCommandLineOption &activityOpt = connection.activity;
    const QCommandLineOption snapshotFileOpt(
        QStringLiteral("snapshot"), QStringLiteral("Start from this activity JSON."), QStringLiteral("FILE"));
    const QCommandLineOption countOpt(QStringLiteral("count"), QStringLiteral("Exit 0 after N messages."), QStringLiteral("N"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"), QStringLiteral("Exit 3 if not done within SEC seconds."), QStringLiteral("SEC"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), QStringLiteral("Print no per-message lines."));
    const QCommandLineOption dumpOpt(QStringLiteral("dump-state"),
        QStringLiteral("Write the state (SPEC §6) at exit to FILE ('-' = stdout, last line)."), QStringLiteral("FILE"));
    const QCommandLineOption recordOpt(QStringLiteral("record"),
        QStringLiteral("Append every received text frame to FILE, one per line (for replay)."), QStringLiteral("FILE"));
    const QCommandLineOption noSnapshotOpt(QStringLiteral("no-snapshot"), QStringLiteral("Do not GET the snapshot on (re)connect."));
    const QCommandLineOption snapshotUrlOpt(QStringLiteral("snapshot-url"),
        QStringLiteral("Snapshot URL template with {base} and {id} (default {base}/activity/get?activity_id={id})."),
            QStringLiteral("TEMPLATE"));
    const QCommandLineOption pingOpt(
        QStringLiteral("ping-interval"), QStringLiteral("Seconds between pings (default 15)."), QStringLiteral("SEC"));
    const QCommandLineOption pongOpt(
        QStringLiteral("pong-timeout"), QStringLiteral("Seconds to wait for a pong or any frame (default 10)."), QStringLiteral("SEC"));
    const QCommandLineOption retryInitialOpt(
        QStringLiteral("retry-initial"), QStringLiteral("First reconnect delay ceiling in seconds (default 0.5)."), QStringLiteral("SEC"));
    const QCommandLineOption retryMaxOpt(
        QStringLiteral("retry-max"), QStringLiteral("Reconnect delay cap in seconds (default 30)."), QStringLiteral("SEC"));
    const QCommandLineOption stableOpt(QStringLiteral("stable-after"),
        QStringLiteral("Seconds open before the retry counter resets (default 10)."), QStringLiteral("SEC"));
    const QCommandLineOption insecureTokenOpt(
        QStringLiteral("insecure-token"), QStringLiteral("Send the token over plain ws:// or http:// to a host that is not loopback."));
    const QCommandLineOption snapshotTimeoutOpt(QStringLiteral("snapshot-timeout"),
        QStringLiteral("Give up a snapshot GET after SEC seconds in all (default 15)."), QStringLiteral("SEC"));
    const QCommandLineOption snapshotMaxOpt(QStringLiteral("snapshot-max-bytes"),
        QStringLiteral("Give up a snapshot larger than N bytes (default 67108864)."), QStringLiteral("N"));
    const QCommandLineOption maxBytesOpt(QStringLiteral("max-message-bytes"),
        QStringLiteral("Refuse frames and messages larger than N bytes (default 16777216, at most %1).").arg(QWebSocket::maxIncomingMessageSize()),
            QStringLiteral("N"));
    parser.addOptions({snapshotFileOpt, countOpt, timeoutOpt, quietOpt, dumpOpt, recordOpt, noSnapshotOpt, snapshotUrlOpt,
        snapshotTimeoutOpt, snapshotMaxOpt, insecureTokenOpt, pingOpt, pongOpt, retryInitialOpt, retryMaxOpt, stableOpt, maxBytesOpt});
    parser.addOption(HelpOption::make());

    auto bad = [](const QString &why) {
        Output::error(QStringLiteral("watch: ") + why);
        return int(ExitBadArguments);
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText() + QStringLiteral(" (see miragedesk watch --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        Output::line(parser.helpText().toStdString());
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return bad(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(serverOpt))
        return bad(QStringLiteral("--server URL is required (e.g. --server ws://localhost:8000)"));

    QString error;
    const auto endpoint = ChannelUrl::resolve(parser.value(serverOpt), parser.value(activityOpt), &error);
    if (!endpoint)
        return bad(error);

    ChannelSettings settings;
    struct Interval
    {
        const QCommandLineOption &opt;
        int *ms;
    };
    for (const Interval &i : {Interval {pingOpt, &settings.pingIntervalMs}, Interval {pongOpt, &settings.pongTimeoutMs},
             Interval {retryInitialOpt, &settings.retryInitialMs}, Interval {retryMaxOpt, &settings.retryMaxMs},
             Interval {stableOpt, &settings.stableAfterMs}, Interval {snapshotTimeoutOpt, &settings.snapshotTimeoutMs}}) {
        if (parser.isSet(i.opt) && (!parseSeconds(parser.value(i.opt), i.ms) || *i.ms <= 0))
            return bad(QStringLiteral("--%1 '%2' is not a positive number of seconds").arg(i.opt.names().first(), parser.value(i.opt)));
    }
    quint64 count = 0;
    if (parser.isSet(countOpt)) {
        bool ok = false;
        count = parser.value(countOpt).toULongLong(&ok);
        if (!ok || count == 0)
            return bad(QStringLiteral("--count '%1' is not a positive whole number").arg(parser.value(countOpt)));
    }
    int timeoutMs = 0;
    if (parser.isSet(timeoutOpt) && (!parseSeconds(parser.value(timeoutOpt), &timeoutMs) || timeoutMs <= 0))
        return bad(QStringLiteral("--timeout '%1' is not a positive number of seconds").arg(parser.value(timeoutOpt)));
    struct ByteCount
    {
        const QCommandLineOption &opt;
        qint64 *bytes;
        quint64 most;
    };
    for (const ByteCount &b : {ByteCount {maxBytesOpt, &settings.maxMessageBytes, QWebSocket::maxIncomingMessageSize()},
             ByteCount {snapshotMaxOpt, &settings.snapshotMaxBytes, quint64(std::numeric_limits<qint64>::max())}}) {
        QString why;
        if (parser.isSet(b.opt) && !parseBytes(parser.value(b.opt), b.most, b.bytes, &why))
            return bad(QStringLiteral("--%1 '%2' %3").arg(b.opt.names().first(), parser.value(b.opt), why));
    }
    settings.snapshot = !parser.isSet(noSnapshotOpt);
    if (parser.isSet(snapshotUrlOpt)) {
        settings.snapshotTemplate = parser.value(snapshotUrlOpt);
        const QUrl probe = ChannelUrl::snapshotUrl(settings.snapshotTemplate, *endpoint);
        if (!probe.isValid() || (probe.scheme() != QLatin1String("http") && probe.scheme() != QLatin1String("https")))
            return bad(QStringLiteral("--snapshot-url '%1' does not make an http(s) URL").arg(settings.snapshotTemplate));
    }
    if (!connection.read(parser, &settings, &error))
        return bad(error);
    ConnectionOptions::bindToken(&settings, *endpoint); // the token is given for this server only
    settings.token.insecureAllowed = parser.isSet(insecureTokenOpt);
    if (settings.token.verdict(endpoint->socketUrl) == TokenScope::Verdict::Insecure)
        Output::error(QStringLiteral("warning: a token was given but will not be sent: %1 is plain ws/http and not loopback "
                                     "(use wss:// or https://, or --insecure-token to send it anyway)")
                .arg(ChannelUrl::display(endpoint->httpBase)));

    // The state is left to the system at exit, as in replay (issue #14): freeing the tree node by
    // node costs more than the OS takes to drop its pages. Early returns free it.
    auto owned = std::make_unique<ActivityState>();
    ActivityState &state = *owned;
    state.setActivityId(endpoint->activityId.toStdString());
    // The tree in huge pages, as in replay (issue #26): watch's input is a stream of unknown length,
    // so it always counts as big. A burst of 100,000 events on 10,000 steps took 0.43 s of CPU
    // with the usual heap and 0.29 s with this one (a paced sender 0.55 and 0.44 s): page faults
    // of the snapshot's tree and of the events' values were a third of watch's time.
    HugeHeap heap;
    const qint64 snapshotBytes = parser.isSet(snapshotFileOpt) ? std::max<qint64>(0, QFileInfo(parser.value(snapshotFileOpt)).size()) : 0;
    heap.enableFor(std::numeric_limits<size_t>::max(), 8 * size_t(snapshotBytes));
    if (parser.isSet(snapshotFileOpt)) {
        MappedFile f;
        const QString path = parser.value(snapshotFileOpt);
        std::string err;
        if (!f.open(path.toStdString(), err))
            return bad(QStringLiteral("cannot read snapshot '%1': %2").arg(path, QString::fromStdString(err)));
        err = state.loadSnapshot(std::string_view(f.data(), f.size()));
        if (!err.empty())
            return bad(QStringLiteral("'%1': %2").arg(path, QString::fromStdString(err)));
    }
    QFile record;
    if (parser.isSet(recordOpt)) {
        record.setFileName(parser.value(recordOpt));
        if (!record.open(QIODevice::WriteOnly | QIODevice::Append))
            return bad(QStringLiteral("cannot write '%1': %2").arg(record.fileName(), record.errorString()));
    }

    const bool quiet = parser.isSet(quietOpt);
    const QString dumpPath = parser.value(dumpOpt);
    ActivityChannel channel(*endpoint, settings, &state);
    channel.setMessageLimit(count);
    int exitCode = ExitOk;
    bool finished = false;
    auto finish = [&](int code, const QString &message) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        if (!message.isEmpty())
            Output::error(message);
        channel.close();
        QCoreApplication::exit(code);
    };

    std::string out;
    QObject::connect(&channel, &ActivityChannel::messagesApplied, [&](const MessageBatch &batch) {
        heap.follow();
        // One write per burst, not per message.
        if (record.isOpen()) {
            QByteArray lines;
            for (const ReceivedMessage &m : batch) { // one line per frame, binary ones too (replay numbers them alike)
                lines +=
                    QByteArray::fromStdString(Replayer::recordLine(std::string_view(m.text.constData(), size_t(m.text.size())), m.binary));
                lines += '\n';
            }
            record.write(lines);
            record.flush();
        }
        if (!quiet) {
            out.clear();
            for (const ReceivedMessage &m : batch) {
                out += m.result.toWatchLine(m.seq, state.activityId());
                out += '\n';
            }
            std::fwrite(out.data(), 1, out.size(), stdout);
            std::fflush(stdout);
        }
        for (const ReceivedMessage &m : batch) {
            if (!m.result.applied)
                Output::error(
                    QStringLiteral("warning: message %1 rejected: %2").arg(m.seq).arg(QString::fromStdString(m.result.errorText())));
        }
    });
    QObject::connect(&channel, &ActivityChannel::stateChanged, [&](ActivityChannel::State s, const ChannelStatus &status) {
        if (!finished && s != ActivityChannel::State::Closed) // a refusal is said once, by finish()
            Output::error(ConnectionText::status(status));
    });
    QObject::connect(&channel, &ActivityChannel::snapshotApplied, [] { Output::error(QStringLiteral("snapshot applied")); });
    QObject::connect(&channel, &ActivityChannel::snapshotFailed,
        [&](const SnapshotFailure &failure) { Output::error(ConnectionText::snapshotWarning(failure)); });
    QObject::connect(&channel, &ActivityChannel::limitReached, [&] { finish(ExitOk, QString()); });
    QObject::connect(&channel, &ActivityChannel::refused, [&](const ChannelStatus &status) {
        finish(status.reason == ChannelStatus::Reason::Certificate ? ExitCertificate : ExitRefused, ConnectionText::status(status));
    });
    QObject::connect(&channel, &ActivityChannel::redirected,
        [](const QString &from, const QString &to) { Output::error(QStringLiteral("notice: ") + ConnectionText::redirect(from, to)); });
    QTimer timeout;
    if (timeoutMs > 0) {
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, [&] {
            finish(ExitTimeout,
                QStringLiteral("timed out after %1 s with %2 message(s) received").arg(timeoutMs / 1000.0).arg(channel.received()));
        });
        timeout.start(timeoutMs);
    }
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::terminationRequested, [&](int) { finish(ExitOk, QStringLiteral("stopped")); });

    channel.open();
    QCoreApplication::exec();

    if (!dumpPath.isEmpty()) {
        const QString err = Output::writeTextFile(dumpPath, state.dumpJson());
        if (!err.isEmpty()) {
            Output::error(QStringLiteral("watch: ") + err);
            return exitCode == ExitOk ? int(ExitFailure) : exitCode;
        }
    }
    Output::flush();
    (void)owned.release(); // see above: no teardown of the tree
    return exitCode;
}

} // namespace mirage
