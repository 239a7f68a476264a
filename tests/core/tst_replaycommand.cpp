// `miragedesk replay`, --version and --help, run as a user runs them: the real binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReplayCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MIRAGEDESK_BINARY), args);
        if (!p.waitForFinished(60000))
            qWarning() << "did not finish";
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString data(const char *name) { return QStringLiteral(MIRAGEDESK_TEST_DATA "/") + QLatin1String(name); }
    QTemporaryDir m_tmp;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_tmp.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void replaysSampleToStdout()
    {
        const Run r = run({"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--dump-state", "-"});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject d = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(d.value("activity_id").toString(), QString("63b76319-68ef-4412-9dd4-bb2a13315ee2"));
        QCOMPARE(d.value("activity").toObject().value("name").toString(), QString("Replace the P-101 coolant pump seal"));
        const QJsonArray steps = d.value("activity").toObject().value("steps").toArray();
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).toObject().value("description").toString(), QString("Close valves V-12 and V-13, then lock out breaker B-4."));
        QCOMPARE(steps.at(4).toObject().value("name").toString(), QString("Refill and test"));
        QCOMPARE(d.value("participants").toArray().size(), 1);
        QCOMPARE(d.value("participants").toArray().at(0).toObject().value("status").toString(), QString("editing"));
        QCOMPARE(d.value("files").toArray().at(0).toObject().value("download_count").toInt(), 1);
        QCOMPARE(d.value("hash").toString(), QString("9f86d081884c7d659a2feaa0c55ad015"));
        QCOMPARE(d.value("applied").toInt(), 12);
        QCOMPARE(d.value("rejected").toInt(), 1);
        // The unreadable line is named, with its line number, and is not fatal.
        QVERIFY2(r.err.contains("sample-events.ndjson:9: rejected: not JSON"), r.err);
    }

    void dumpToFileAndPrintEvents()
    {
        const QString out = m_tmp.filePath("state.json");
        const Run r = run({"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--dump-state", out, "--print-events"});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(),
                 QJsonDocument::fromJson(R"({"seq":1,"id":201,"event":"user_joined","activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","applied":true})").object());
        const QJsonObject bad = QJsonDocument::fromJson(lines.at(8)).object();
        QCOMPARE(bad.value("applied").toBool(true), false);
        QVERIFY(bad.value("error").toString().startsWith("not JSON"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value("applied").toInt(), 12);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no files") << QStringList{"replay"} << "expected SNAPSHOT and EVENTS";
        QTest::newRow("one file") << QStringList{"replay", data("sample-activity.json")} << "expected SNAPSHOT and EVENTS";
        QTest::newRow("missing snapshot") << QStringList{"replay", "/nonexistent/snap.json", data("sample-events.ndjson")} << "cannot read snapshot '/nonexistent/snap.json': No such file or directory";
        QTest::newRow("missing events") << QStringList{"replay", data("sample-activity.json"), "/nonexistent/ev.ndjson"} << "cannot read events '/nonexistent/ev.ndjson'";
        QTest::newRow("unknown option") << QStringList{"replay", "--frobnicate"} << "Unknown option 'frobnicate'";
        QTest::newRow("bad --activity") << QStringList{"replay", data("sample-activity.json"), data("sample-events.ndjson"), "--activity", "nope"} << "is not a UUID";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void snapshotMustBeAnObject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("broken") << QByteArray("{\"id\":") << "not JSON";
        QTest::newRow("empty") << QByteArray("") << "not JSON";
    }
    void snapshotMustBeAnObject()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Run r = run({"replay", write("snap.json", content), data("sample-events.ndjson")});
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err);
    }

    void emptyAndCrlfLogs()
    {
        const QString empty = write("empty.ndjson", "");
        Run r = run({"replay", data("sample-activity.json"), empty, "--dump-state", "-"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("applied").toInt(-1), 0);
        const QString crlf = write("crlf.ndjson", "\r\n{\"id\":103,\"activity_id\":\"63b76319-68ef-4412-9dd4-bb2a13315ee2\"}\r\n\r\n");
        r = run({"replay", data("sample-activity.json"), crlf, "--dump-state", "-"});
        QCOMPARE(r.code, 0);
        const QJsonObject d = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(d.value("deleted").toBool(), true);
        QCOMPARE(d.value("rejected").toInt(), 0);
    }

    void versionAndHelp()
    {
        Run r = run({"--version"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("miragedesk " MIRAGEDESK_VERSION));
        r = run({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("miragedesk replay SNAPSHOT EVENTS.ndjson"));
        r = run({"replay", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--dump-state"));
    }
};

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"
