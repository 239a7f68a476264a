// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The launcher `miragedesk` as a user runs it (the real binary): its --help lists the commands and
// the window's options (read here from protocol/WindowOptions, the window's own definitions), never
// offers --help-all, loads no GUI or network library for --help, --version and replay, and hands
// `watch` and the window to their programs in the same process.
#include "../common/binaryrun.h"
#include "base/helpoption.h"
#include "base/windowoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace mirage;

namespace {

const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");

// "--server <URL>", "-h, --help": how QCommandLineParser writes an option's names.
QString namesOf(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

// The libraries a run loaded, from the dynamic linker's own account (LD_DEBUG=libs).
QStringList loadedLibraries(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MIRAGEDESK_BINARY), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    QStringList libs;
    for (const QByteArray &line : p.readAllStandardError().split('\n')) {
        const int at = line.indexOf("calling init: ");
        if (at >= 0)
            libs << QFileInfo(QString::fromLocal8Bit(line.mid(at + 14).trimmed())).fileName();
    }
    return libs;
}

const QStringList kGuiAndNetwork = {QStringLiteral("libQt6Gui.so.6"),
    QStringLiteral("libQt6Widgets.so.6"),
        QStringLiteral("libQt6Quick.so.6"),
            QStringLiteral("libQt6Qml.so.6"),
                QStringLiteral("libQt6DBus.so.6"),
                    QStringLiteral("libqt6keychain.so.1"), QStringLiteral("libQt6Network.so.6"), QStringLiteral("libQt6WebSockets.so.6")};

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_tmp.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void helpListsTheCommandsAndTheWindowsOptions()
    {
        const BinaryRun r = BinaryRun::of({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        const QString help = QString::fromUtf8(r.out).simplified();
        for (const char *text : {"miragedesk replay SNAPSHOT EVENTS.ndjson", "miragedesk watch --server URL --activity UUID",
                 "replay apply a recorded event log", "watch follow a live activity"})
            QVERIFY2(help.contains(QLatin1String(text)), text);
        const WindowOptions window;
        QVERIFY(window.options().size() >= 6); // the five connection options and --gapplication-service
        QList<QCommandLineOption> options = window.options();
        options.append(HelpOption::make());
        for (const QCommandLineOption &option : std::as_const(options)) {
            QVERIFY2(help.contains(namesOf(option)), qPrintable(namesOf(option) + QStringLiteral(" missing from:\n") + r.out));
            QVERIFY2(help.contains(option.description().simplified()), qPrintable(option.description()));
        }
        QVERIFY(help.contains(WindowOptions::linkName() + QLatin1Char(' ') + WindowOptions::linkDescription()));
    }

    // `miragedesk --server URL --help` asks for the help, and gets the same one.
    void helpAmongTheWindowsArguments()
    {
        const BinaryRun top = BinaryRun::of({QStringLiteral("--help")});
        const BinaryRun r = BinaryRun::of({QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("-h")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, top.out);
    }

    // --help-all (Qt's GUI options) would need the GUI libraries; no help offers it, and asking for
    // it is refused with a pointer to --help.
    void helpAllIsNotOffered_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("miragedesk") << QStringList {"--help"};
        QTest::newRow("replay") << QStringList {"replay", "--help"};
        QTest::newRow("watch") << QStringList {"watch", "--help"};
    }
    void helpAllIsNotOffered()
    {
        QFETCH(QStringList, args);
        const BinaryRun r = BinaryRun::of(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("-h, --help"));
        QVERIFY2(!r.out.contains("help-all"), r.out);
        QVERIFY2(!r.out.contains("-?"), r.out);
    }
    void helpAllIsRefused()
    {
        const BinaryRun r = BinaryRun::of({QStringLiteral("--help-all")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("help-all") && r.err.contains("(see miragedesk --help)"), r.err);
    }

    // What the headless commands start with: QtCore (and simdjson), none of the GUI, D-Bus or
    // network libraries.
    void headlessStartLoadsNoGuiOrNetwork_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList {"--help"};
        QTest::newRow("--version") << QStringList {"--version"};
        const QString snapshot =
            write(QStringLiteral("snapshot.json"), QStringLiteral(R"({"id":"%1","name":"A","steps":[]})").arg(kId).toUtf8());
        const QString events = write(QStringLiteral("empty.ndjson"), {});
        QTest::newRow("replay") << QStringList {"replay", snapshot, events};
    }
    void headlessStartLoadsNoGuiOrNetwork()
    {
        QFETCH(QStringList, args);
        int code = -1;
        const QStringList libs = loadedLibraries(args, &code);
        QCOMPARE(code, 0);
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(libs.join(QLatin1Char(' '))));
        for (const QString &lib : kGuiAndNetwork)
            QVERIFY2(!libs.contains(lib), qPrintable(lib + QStringLiteral(" loaded: ") + libs.join(QLatin1Char(' '))));
    }

    // `watch` runs in miragedesk-watch (the network, no GUI), the window in miragedesk-window.
    void watchAndWindowRunTheirPrograms()
    {
        int code = -1;
        QStringList libs = loadedLibraries({QStringLiteral("watch"), QStringLiteral("--help")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(libs.contains(QStringLiteral("libQt6WebSockets.so.6")));
        QVERIFY(!libs.contains(QStringLiteral("libQt6Gui.so.6")));
        const BinaryRun watch = BinaryRun::of({QStringLiteral("watch"), QStringLiteral("--help")});
        QVERIFY(watch.out.contains("--snapshot-max-bytes"));

        libs = loadedLibraries({QStringLiteral("--activity"), QStringLiteral("not-a-uuid")}, &code);
        QCOMPARE(code, 2);
        QVERIFY(libs.contains(QStringLiteral("libQt6Quick.so.6")));
        const BinaryRun window = BinaryRun::of({QStringLiteral("--activity"), QStringLiteral("not-a-uuid")});
        QCOMPARE(window.code, 2);
        QVERIFY2(window.err.contains("--activity: 'not-a-uuid' is not an activity UUID"), window.err);
    }

    // exec keeps the process: the pid QProcess knows is the watch program's, and SIGTERM to it
    // stops watch as it always did.
    void theProgramKeepsThePid()
    {
        QProcess p;
        p.start(QStringLiteral(MIRAGEDESK_BINARY),
            {QStringLiteral("watch"),
                QStringLiteral("--server"),
                    QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("--activity"), kId, QStringLiteral("--no-snapshot")});
        QVERIFY(p.waitForStarted());
        const QString exe = QStringLiteral("/proc/%1/exe").arg(p.processId());
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(QFile::symLinkTarget(exe)).fileName(), QStringLiteral("miragedesk-watch"), 10000);
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Connection refused"), err, 10000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2((err += p.readAllStandardError()).endsWith("miragedesk: stopped\n"), err);
    }

    // A launcher without its programs says which one it could not start and where it looked.
    void aMissingProgramIsNamed()
    {
        const QString alone = m_tmp.filePath(QStringLiteral("alone/miragedesk"));
        QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
        QVERIFY(QFile::copy(QStringLiteral(MIRAGEDESK_BINARY), alone));
        QProcess p;
        p.start(alone, {QStringLiteral("--activity"), kId});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cannot start miragedesk-window (looked in " + QFileInfo(alone).path().toUtf8()), err);
        QVERIFY2(err.contains("libexec/miragedesk"), err);
        p.start(alone, {QStringLiteral("--version")}); // what it does itself still works
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
