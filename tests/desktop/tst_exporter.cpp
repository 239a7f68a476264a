// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_exporter.h"

#include "../session/offlinesession.h"
#include "desktop/exporter.h"
#include "protocol/activitystate.h"
#include "protocol/jsonvalue.h"
#include "session/eventlogmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mirage;

namespace {

constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// Escapes, non-ASCII text, empty containers, a number a double cannot hold and nesting.
const QByteArray kActivity = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Pump \"A\" – Prüfung, {x}: [y]",)"
                             R"("big":12345678901234567890123,"empty":{},"none":[],"steps":[)"
                             R"({"id":"s1","name":"Close\\the valve","contents":[]},{"id":"s2","name":"Two","description":"a\nb"}]})";

QByteArray stepEdit(const char *name)
{
    return QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"steps":[{"id":"s2","name":")" + name + R"("}]}})" + '\n';
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text without the whitespace outside strings.
QByteArray squeezed(const QByteArray &json)
{
    QByteArray out;
    bool inString = false;
    bool escaped = false;
    for (char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\n') {
            continue;
        }
        out += c;
    }
    return out;
}

struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId, {[](ActivitySession *s) -> QAbstractItemModel * { return s->eventLog(); }})
    {
    }
};

} // namespace

void TestExporter::savesTheActivityAsIndentedJson()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->flushNow();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.json"));
    Exporter exporter;
    QVERIFY(exporter.saveActivity(s.session.get(), QUrl::fromLocalFile(path)));
    QCOMPARE(exporter.error(), QString());

    const QByteArray written = readAll(path);
    const QByteArray compact = QByteArray::fromStdString(s->state().activity().toJson());
    // The same JSON, byte for byte, once the indentation is taken out…
    QCOMPARE(squeezed(written), compact);
    // …indented four spaces a level, one member a line, empty containers kept on their line.
    QVERIFY2(written.startsWith("{\n    \"id\": \"63b76319"), written.constData());
    QVERIFY2(written.contains("\n    \"big\": 12345678901234567890123,\n"), written.constData());
    QVERIFY2(written.contains("\n    \"empty\": {},\n    \"none\": [],\n"), written.constData());
    QVERIFY2(written.contains("\"name\": \"Pump \\\"A\\\" – Prüfung, {x}: [y]\",\n"), written.constData());
    QVERIFY2(written.contains("\n            \"name\": \"Close\\\\the valve\",\n"), written.constData());
    QVERIFY(written.endsWith("}\n"));
}

void TestExporter::exportsTheLogLines()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->feedText(stepEdit("Renamed"));
    s->feedText(QByteArrayLiteral("not json\n"));
    s->feedText(QByteArrayLiteral("not json\n")); // folded into the row before: "×2"
    s->flushNow();
    const EventLogModel &log = *s->eventLog();
    QVERIFY(log.rowCount() >= 3);

    QByteArray expected;
    bool folded = false;
    for (int row = 0; row < log.rowCount(); ++row) {
        const QModelIndex i = log.index(row, 0);
        const int repeats = i.data(EventLogModel::RepeatsRole).toInt();
        folded = folded || repeats == 2;
        QString text = i.data(EventLogModel::SummaryRole).toString();
        if (repeats > 1)
            text += QStringLiteral(" ×%1").arg(repeats);
        expected += i.data(EventLogModel::TimeRole).toDateTime().toString(Qt::ISODateWithMs).toUtf8() + "  " + text.toUtf8() + '\n';
    }
    QVERIFY(folded);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    Exporter exporter;
    QVERIFY(exporter.exportLog(s.session.get(), QUrl::fromLocalFile(path)));
    const QByteArray written = readAll(path);
    QCOMPARE(written, expected);
    QVERIFY2(written.contains(" ×2\n"), written.constData());
}

void TestExporter::unwritablePlaceIsReported()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kActivity), QString());
    s->flushNow();
    QTemporaryDir dir;
    // A "directory" that is a file: no one (not even root) can write under it.
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString path = blocker + QStringLiteral("/activity.json");
    Exporter exporter;
    QSignalSpy errors(&exporter, &Exporter::errorChanged);
    QVERIFY(!exporter.saveActivity(s.session.get(), QUrl::fromLocalFile(path)));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(exporter.error().contains(path), qPrintable(exporter.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!exporter.exportLog(s.session.get(), QUrl::fromLocalFile(path)));
    QVERIFY(!exporter.error().isEmpty());

    // Not a file of this computer, or a path relative to wherever the app runs: refused.
    for (const QUrl &url : {QUrl(QStringLiteral(".json")), QUrl(QStringLiteral("https://example.org/a.json")), QUrl()}) {
        exporter.dismissError();
        QVERIFY(!exporter.saveActivity(s.session.get(), url));
        QVERIFY2(!exporter.error().isEmpty(), qPrintable(url.toString()));
    }
    QVERIFY(!QFile::exists(QStringLiteral(".json")));

    // A bare absolute path (what Qt 6.4's own file dialog hands back) is a file of this computer.
    QVERIFY(exporter.exportLog(s.session.get(), QUrl(dir.filePath(QStringLiteral("bare.txt")))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bare.txt"))));

    // A success afterwards clears it; dismissError() too.
    QVERIFY(exporter.saveActivity(s.session.get(), QUrl::fromLocalFile(dir.filePath(QStringLiteral("ok.json")))));
    QCOMPARE(exporter.error(), QString());
    QVERIFY(!exporter.saveActivity(s.session.get(), QUrl::fromLocalFile(path)));
    exporter.dismissError();
    QCOMPARE(exporter.error(), QString());
}

void TestExporter::nothingToSaveIsReported()
{
    Session s; // no snapshot yet
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.json"));
    Exporter exporter;
    QVERIFY(!exporter.saveActivity(s.session.get(), QUrl::fromLocalFile(path)));
    QVERIFY(!exporter.error().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!exporter.saveActivity(nullptr, QUrl::fromLocalFile(path)));
    QVERIFY(!exporter.exportLog(nullptr, QUrl::fromLocalFile(path)));
}

QTEST_GUILESS_MAIN(TestExporter)

#include "moc_tst_exporter.cpp"
