// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_sessionfixtures.h"

#include "offlinesession.h"
#include "session/activitysession.h"
#include "session/stepcontentsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture's frames: a "# name: what" line starts one; its messages follow, one a line.
QList<std::pair<QString, QByteArray>> frames(const QByteArray &ndjson)
{
    QList<std::pair<QString, QByteArray>> out;
    for (const QByteArray &line : ndjson.split('\n')) {
        if (line.startsWith("# "))
            out.append({QString::fromUtf8(line.mid(2, line.indexOf(':') - 2)), {}});
        else if (!line.trimmed().isEmpty() && !out.isEmpty())
            out.last().second += line + '\n';
    }
    return out;
}

// Every row signal of a model, written out: "inserted 0-1", "removed 2-2", "changed 1-1 [258,257]",
// "layout", "reset".
struct Recorder
{
    QStringList seen;
    explicit Recorder(QAbstractItemModel *m)
    {
        QObject::connect(m, &QAbstractItemModel::rowsInserted,
            [this](const QModelIndex &, int a, int b) { seen << QStringLiteral("inserted %1-%2").arg(a).arg(b); });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved,
            [this](const QModelIndex &, int a, int b) { seen << QStringLiteral("removed %1-%2").arg(a).arg(b); });
        QObject::connect(m, &QAbstractItemModel::dataChanged, [this](const QModelIndex &a, const QModelIndex &b, const QList<int> &roles) {
            QStringList r;
            for (int role : roles)
                r << QString::number(role);
            seen << QStringLiteral("changed %1-%2 [%3]").arg(a.row()).arg(b.row()).arg(r.join(QLatin1Char(',')));
        });
        QObject::connect(m, &QAbstractItemModel::layoutChanged, [this] { seen << QStringLiteral("layout"); });
        QObject::connect(m, &QAbstractItemModel::modelReset, [this] { seen << QStringLiteral("reset"); });
    }
    QStringList take() { return std::exchange(seen, {}); }
};

QString roles(std::initializer_list<int> rs)
{
    QStringList out;
    for (int r : rs)
        out << QString::number(r);
    return out.join(QLatin1Char(','));
}

// A session with no channel opened: fed from the fixtures only.
struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId,
            {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->participantModel(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->fileModel(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->eventLog(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->stepContents(); }})
    {
    }
    QStringList stepNames() const
    {
        QStringList names;
        for (int i = 0; i < session->stepModel()->rowCount(); ++i)
            names << session->stepModel()->index(i).data(StepModel::NameRole).toString();
        return names;
    }
    QStringList logSince(int first) const
    {
        QStringList out;
        EventLogModel *log = session->eventLog();
        for (int i = first; i < log->rowCount(); ++i)
            out << log->index(i).data(EventLogModel::SummaryRole).toString();
        return out;
    }
};
} // namespace

void TestSessionFixtures::snapshotLoadsStepsAndContents()
{
    Session s;
    Recorder steps(s.session->stepModel());
    StepContentsModel *contents = s.session->stepContents();
    contents->setStepId(QStringLiteral("s1"));
    QCOMPARE(s.session->loadSnapshot(fixture("pump-snapshot.json")), QString());
    s.session->flushNow();
    QCOMPARE(steps.take(), QStringList {QStringLiteral("reset")});
    QCOMPARE(s.stepNames(), (QStringList {QStringLiteral("Isolate the pump"), QStringLiteral("Drain"), QStringLiteral("Remove the seal")}));
    QCOMPARE(s.session->stepModel()->index(0).data(StepModel::ContentCountRole).toInt(), 2);
    QCOMPARE(s.session->name(), QStringLiteral("Replace the coolant pump seal"));
    QCOMPARE(s.logSince(0), QStringList {QStringLiteral("Activity loaded from the server (3 steps)")});

    QVERIFY(contents->hasStep());
    QCOMPARE(contents->name(), QStringLiteral("Isolate the pump"));
    QCOMPARE(contents->rowCount(), 2);
    QCOMPARE(contents->index(0).data(StepContentsModel::TitleRole).toString(), QStringLiteral("Label — Valve tags"));
    QCOMPARE(contents->index(0).data(StepContentsModel::DetailRole).toString(), QStringLiteral("V-12, V-13"));
    QCOMPARE(contents->index(1).data(StepContentsModel::ContentTypeRole).toString(), QStringLiteral("image"));
    QCOMPARE(contents->index(1).data(StepContentsModel::TitleRole).toString(), QStringLiteral("Image — seal.png"));
    QCOMPARE(contents->index(1).data(StepContentsModel::LinkRole).toString(), QStringLiteral("https://example.org/seal.png"));
    contents->setStepId(QStringLiteral("s3"));
    QCOMPARE(contents->stepType(), QStringLiteral("manual"));
    QCOMPARE(contents->rowCount(), 1);
}

void TestSessionFixtures::fixtureFramesSignalPrecisely()
{
    Session s;
    // The user looks on: no unread markers (their own dataChanged is tst_sessioncopy's).
    s.session->catchUp()->setUserIsLooking(true);
    QCOMPARE(s.session->loadSnapshot(fixture("pump-snapshot.json")), QString());
    s.session->flushNow();
    Recorder steps(s.session->stepModel()), people(s.session->participantModel()), files(s.session->fileModel());
    QSignalSpy popups(s.session.get(), &ActivitySession::notificationRequested);
    const auto all = frames(fixture("pump-session.ndjson"));
    QCOMPARE(all.size(), 9);

    const int changedAt = KeyedListModel::ChangedAtRole;
    struct Expect
    {
        QStringList steps, people, files, log, popups;
    };
    const QList<std::pair<QString, Expect>> expected = {
        {QStringLiteral("join"),
            {{},
                {QStringLiteral("inserted 0-0"), QStringLiteral("inserted 1-1")}, {},
                    {QStringLiteral("Anna Lindqvist joined"), QStringLiteral("Omar Haddad joined")},
                        {QStringLiteral("Anna Lindqvist joined"), QStringLiteral("Omar Haddad joined")}}},
                {QStringLiteral("edit"),
                    {{QStringLiteral("changed 1-1 [%1]").arg(roles({StepModel::DescriptionRole, changedAt}))}, {}, {},
                         {QStringLiteral("Step 2 “Drain” edited")}, {}}},
                    {QStringLiteral("rename"),
                        {{QStringLiteral("changed 0-0 [%1]").arg(roles({StepModel::NameRole, changedAt}))},
                            {QStringLiteral("changed 1-1 [%1]").arg(roles({ParticipantModel::NameRole, changedAt}))}, {},
                                {QStringLiteral("Step 1 “Isolate the pump” renamed to “Isolate and lock out”"),
                                    QStringLiteral("Omar Haddad is now called Omar H.")},
                                    {}}},
                            {QStringLiteral("raw number"),
                                {{QStringLiteral("changed 2-2 [%1]").arg(roles({StepModel::TypeRole, changedAt}))}, {}, {},
                                     {QStringLiteral("Step 3 “Remove the seal” edited")}, {}}},
                                {QStringLiteral("upload"),
                                    {{}, {},
                                        {QStringLiteral("inserted 0-0"), QStringLiteral("inserted 1-1")},
                                            {QStringLiteral("Omar H. uploaded “seal.glb” (1.5 kB)"),
                                                QStringLiteral("Anna Lindqvist uploaded “notes.txt”")},
                                                {QStringLiteral("File uploaded: seal.glb"), QStringLiteral("File uploaded: notes.txt")}}},
                                        {QStringLiteral("leave"),
                                            {{},
                                                {QStringLiteral("removed 1-1")}, {},
                                                    {QStringLiteral("Omar H. left")}, {QStringLiteral("Omar H. left")}}},
                                                {QStringLiteral("reorder"),
                                                    // The full list names every step, so each counts as changed (by someone else) too.
                                                    {{QStringLiteral("layout"), QStringLiteral("changed 0-2 [%1]").arg(changedAt)}, {}, {},
                                                        {QStringLiteral("Steps reordered")}, {}}},
                                                    {QStringLiteral("delete"),
                                                        {{QStringLiteral("removed 1-1")}, {},
                                                            {QStringLiteral("removed 0-0")},
                                                                {QStringLiteral("Step 2 “Isolate and lock out” deleted"),
                                                                     QStringLiteral("File “seal.glb” deleted")},
                                                                    {QStringLiteral("File deleted: seal.glb")}}},
                                                            {QStringLiteral("rejected"), {{}, {}, {}, {}, {}}},
                                                        };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto &[name, lines] = all[i];
        const Expect &want = expected[i].second;
        QCOMPARE(name, expected[i].first);
        const int logBefore = s.session->eventLog()->rowCount();
        popups.clear();
        // The three steps are on screen: a view has read their rows (issue #26: a row nobody has
        // read is read when asked, and a change to it names every role).
        for (int row = 0; row < s.session->stepModel()->rowCount(); ++row)
            s.session->stepModel()->index(row).data(StepModel::TypeRole);
        s.session->feedText(lines);
        s.session->flushNow();
        QCOMPARE(steps.take(), want.steps);
        QCOMPARE(people.take(), want.people);
        QCOMPARE(files.take(), want.files);
        QStringList shown;
        for (const QList<QVariant> &args : popups)
            shown << args.at(0).value<NotificationRequest>().summary;
        QCOMPARE(shown, want.popups);
        if (name == QLatin1String("rejected")) {
            QCOMPARE(s.session->eventLog()->rowCount(), logBefore + 1);
            QVERIFY(!s.session->eventLog()->index(logBefore).data(EventLogModel::AppliedRole).toBool());
            QCOMPARE(s.session->rejectedCount(), 1u);
        } else {
            QCOMPARE(s.logSince(logBefore), want.log);
        }
        if (name == QLatin1String("raw number"))
            QCOMPARE(
                s.session->stepModel()->index(2).data(StepModel::TypeRole).toString(), QStringLiteral("123456789012345678901234567890"));
        if (name == QLatin1String("upload")) {
            FileModel *f = s.session->fileModel();
            QCOMPARE(f->index(0).data(FileModel::DownloadsRole).value<qint64>(), std::numeric_limits<qint64>::max());
            QCOMPARE(f->index(0).data(FileModel::DownloadsRole).typeId(), QMetaType::LongLong);
            QCOMPARE(f->index(1).data(FileModel::DownloadsTextRole).toString(), QStringLiteral("2 downloads"));
        }
    }
    QCOMPARE(s.stepNames(), (QStringList {QStringLiteral("Remove the seal"), QStringLiteral("Drain")}));
    QCOMPARE(s.session->participantModel()->rowCount(), 1);
    QCOMPARE(s.session->fileModel()->rowCount(), 1);
}

void TestSessionFixtures::personWhoLeftKeepsTheirName()
{
    Session s;
    QCOMPARE(s.session->loadSnapshot(fixture("pump-snapshot.json")), QString());
    for (const auto &[name, lines] : frames(fixture("pump-session.ndjson"))) {
        s.session->feedText(lines);
        s.session->flushNow();
        if (name == QLatin1String("leave"))
            break;
    }
    // Omar left: the people list no longer has him, his file and the directory still name him.
    QCOMPARE(s.session->participantModel()->rowOf(QStringLiteral("u-omar")), -1);
    FileModel *files = s.session->fileModel();
    QCOMPARE(files->index(files->rowOf(QStringLiteral("f-seal"))).data(FileModel::UploaderRole).toString(), QStringLiteral("Omar H."));
    QCOMPARE(s.session->people().name(QStringLiteral("u-omar")), QStringLiteral("Omar H."));
    // A refresh of every file (someone else changed) keeps the name too.
    s.session->feedText(R"({"id":203,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-anna","status":"away"}})");
    s.session->flushNow();
    QCOMPARE(files->index(files->rowOf(QStringLiteral("f-seal"))).data(FileModel::UploaderRole).toString(), QStringLiteral("Omar H."));
}

void TestSessionFixtures::badSnapshotLeavesStateUntouched()
{
    Session s;
    QCOMPARE(s.session->loadSnapshot(fixture("pump-snapshot.json")), QString());
    s.session->flushNow();
    Recorder steps(s.session->stepModel());
    QVERIFY(!s.session->loadSnapshot("{\"steps\": [").isEmpty());
    s.session->flushNow();
    QCOMPARE(steps.take(), QStringList());
    QCOMPARE(s.stepNames().size(), 3);
}

QTEST_GUILESS_MAIN(TestSessionFixtures)

#include "moc_tst_sessionfixtures.cpp"
