// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_sessioncopy.h"

#include "offlinesession.h"
#include "session/activitysession.h"
#include "session/changesmodel.h"
#include "session/filemodel.h"
#include "session/participantmodel.h"
#include "session/stepmodel.h"

#include "base/backgroundwork.h"
#include "sync/channelurl.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>
#include <optional>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

// Before: four steps. After: s2 edited in a nested field, s3 removed, s1 moved to the end of the
// common steps, s5 added, the activity renamed.
const QByteArray kBefore = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Old","description":"d","steps":[
 {"id":"s1","name":"One"},{"id":"s2","name":"Two","details":{"x":1}},{"id":"s3","name":"Three"},{"id":"s4","name":"Four"}]})";
const QByteArray kAfter = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"New","description":"d","steps":[
 {"id":"s2","name":"Two","details":{"x":2}},{"id":"s4","name":"Four"},{"id":"s1","name":"One"},{"id":"s5","name":"Five"}]})";

QByteArray stepEdit(const char *id, const char *name)
{
    return QByteArrayLiteral(R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated",)")
        + R"("updated_fields":{"steps":[{"id":")" + id + R"(","name":")" + name + R"("}]}})" + '\n';
}

struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId,
            {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->catchUp()->changes(); }})
    {
    }
    StepModel *steps() { return session->stepModel(); }
    QStringList stepIds()
    {
        QStringList out;
        for (int i = 0; i < steps()->count(); ++i)
            out << steps()->idAt(i);
        return out;
    }
    // The ids of the rows marked unread, in row order.
    QStringList unread()
    {
        QStringList out;
        for (int i = 0; i < steps()->count(); ++i) {
            if (steps()->data(steps()->index(i), StepModel::UnreadRole).toBool())
                out << steps()->idAt(i);
        }
        return out;
    }
    QStringList changeTexts()
    {
        QStringList out;
        ChangesModel *c = session->catchUp()->changes();
        for (int i = 0; i < c->rowCount(); ++i)
            out << c->data(c->index(i), ChangesModel::KindRole).toString() + QLatin1String(" | ")
                    + c->data(c->index(i), ChangesModel::StepIdRole).toString() + QLatin1String(" | ")
                    + c->data(c->index(i), ChangesModel::TextRole).toString();
        return out;
    }
};

// The rows whose `unread` role a dataChanged named alone.
struct UnreadSignals
{
    QStringList rows;
    QMetaObject::Connection c;
    explicit UnreadSignals(StepModel *m)
    {
        c = QObject::connect(
            m, &QAbstractItemModel::dataChanged, [this, m](const QModelIndex &a, const QModelIndex &b, const QList<int> &roles) {
                if (roles == QList<int> {StepModel::UnreadRole})
                    for (int r = a.row(); r <= b.row(); ++r)
                        rows << m->idAt(r);
                else if (roles.contains(StepModel::UnreadRole))
                    rows << QStringLiteral("unexpected roles");
            });
    }
    ~UnreadSignals() { QObject::disconnect(c); }
    QStringList take()
    {
        QStringList out = std::exchange(rows, {});
        out.sort();
        return out;
    }
};

ActivityCopy copyOf(const QByteArray &snapshot)
{
    Session s;
    if (!s->loadSnapshot(snapshot).isEmpty())
        return {};
    s->flushNow();
    return s->makeCopy();
}
} // namespace

void TestSessionCopy::restoredCopyIsShown()
{
    const ActivityCopy copy = copyOf(kBefore);
    QVERIFY(!copy.stateDump.isEmpty());
    Session s;
    QSignalSpy copyState(s.session.get(), &ActivitySession::copyStateChanged);
    QString error;
    QVERIFY(s->restoreCopy(copy, &error));
    QCOMPARE(error, QString());
    s->flushNow();
    QVERIFY(s->showingCopy());
    QVERIFY(s->copySavedAt().isValid());
    QCOMPARE(s->copySavedAt(), copy.savedAt.toLocalTime());
    QVERIFY(s->loaded());
    QCOMPARE(s->name(), QStringLiteral("Old"));
    QCOMPARE(s.stepIds(), QStringList({"s1", "s2", "s3", "s4"}));
    QVERIFY(copyState.count() >= 1);
    QCOMPARE(s->catchUp()->changes()->count(), 0);
}

void TestSessionCopy::snapshotListsWhatChanged()
{
    Session s;
    QVERIFY(s->restoreCopy(copyOf(kBefore)));
    s->flushNow();
    UnreadSignals unreadSignals(s.steps());
    QSignalSpy changesSpy(s->catchUp()->changes(), &ChangesModel::changed);
    QCOMPARE(s->loadSnapshot(kAfter), QString());
    s->flushNow();
    QVERIFY(!s->showingCopy());
    QCOMPARE(s.stepIds(), QStringList({"s2", "s4", "s1", "s5"}));

    QCOMPARE(changesSpy.count(), 1);
    QCOMPARE(s->catchUp()->changes()->summary(),
        QStringLiteral("Since you last looked: 1 step edited, 1 added, 1 removed, 1 moved, renamed from 'Old'"));
    QCOMPARE(s.changeTexts(),
        QStringList({
            "renamed |  | Activity renamed from 'Old' to 'New'",
            "edited | s2 | Step 1 'Two' edited: details",
            "added | s5 | Step 4 'Five' added",
            "removed |  | Step 'Three' removed (it was step 3)",
            "moved | s1 | Step 3 'One' moved (it was step 1)",
        }));
    QCOMPARE(
        s->catchUp()->changes()->data(s->catchUp()->changes()->index(3), ChangesModel::RemovedStepIdRole).toString(), QStringLiteral("s3"));

    // The added, edited and moved steps are unread, each signalled with that role alone.
    QCOMPARE(unreadSignals.take(), QStringList({"s1", "s2", "s5"}));
    QCOMPARE(s.unread(), QStringList({"s2", "s1", "s5"}));

    QSignalSpy copyDue(s.session.get(), &ActivitySession::copyChanged);
    s->catchUp()->markStepSeen(QStringLiteral("s2"));
    QCOMPARE(unreadSignals.take(), QStringList({"s2"}));
    QCOMPARE(s.unread(), QStringList({"s1", "s5"}));
    s->flushNow();
    QCOMPARE(copyDue.count(), 1);
    s->catchUp()->markStepSeen(QStringLiteral("s2")); // already seen: nothing
    QCOMPARE(unreadSignals.take(), QStringList());

    s->catchUp()->changes()->dismiss();
    QCOMPARE(s->catchUp()->changes()->count(), 0);
    QCOMPARE(s->catchUp()->changes()->summary(), QString());
    // An identical snapshot (a reconnect with nothing new) leaves the markers and the list alone.
    QCOMPARE(s->loadSnapshot(kAfter), QString());
    s->flushNow();
    QCOMPARE(s->catchUp()->changes()->count(), 0);
    QCOMPARE(s.unread(), QStringList({"s1", "s5"}));

    s->catchUp()->markAllSeen();
    QCOMPARE(unreadSignals.take(), QStringList({"s1", "s5"}));
    QCOMPARE(s.unread(), QStringList());
}

void TestSessionCopy::liveEditsAreUnreadOnlyWhenNotLooking()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kBefore), QString());
    s->flushNow();
    QCOMPARE(s->catchUp()->changes()->count(), 0); // a first load has nothing to compare with
    QCOMPARE(s.unread(), QStringList());
    UnreadSignals unreadSignals(s.steps());

    s->catchUp()->setUserIsLooking(true);
    s->feedText(stepEdit("s1", "One, renamed"));
    s->flushNow();
    QCOMPARE(s.steps()->data(s.steps()->index(0), StepModel::NameRole).toString(), QStringLiteral("One, renamed"));
    QCOMPARE(s.unread(), QStringList());
    QCOMPARE(unreadSignals.take(), QStringList());

    s->catchUp()->setUserIsLooking(false);
    s->feedText(stepEdit("s3", "Three, renamed"));
    s->flushNow();
    QCOMPARE(s.unread(), QStringList({"s3"}));
    QCOMPARE(unreadSignals.take(), QStringList({"s3"}));

    // A removed step leaves the set.
    s->feedText(
        R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","action":"updated","updated_fields":{"steps":[{"id":"s3","$patch":"delete"}]}})"
        "\n");
    s->flushNow();
    QVERIFY(!s.stepIds().contains(QStringLiteral("s3")));
    QVERIFY(!s.steps()->unreadSet().contains(QStringLiteral("s3")));
}

void TestSessionCopy::unreadSetSurvivesTheCopy()
{
    Session s;
    QVERIFY(s->restoreCopy(copyOf(kBefore)));
    QCOMPARE(s->loadSnapshot(kAfter), QString());
    s->flushNow();
    s->catchUp()->markStepSeen(QStringLiteral("s2"));
    const ActivityCopy copy = s->makeCopy();
    QCOMPARE(copy.viewed.value(QLatin1String("unread")).toVariant().toStringList(), QStringList({"s1", "s5"}));

    Session again;
    QVERIFY(again->restoreCopy(copy));
    again->flushNow();
    QCOMPARE(again.stepIds(), QStringList({"s2", "s4", "s1", "s5"}));
    QCOMPARE(again.unread(), QStringList({"s1", "s5"}));
}

void TestSessionCopy::corruptCopyLeavesStateUntouched()
{
    Session s;
    QCOMPARE(s->loadSnapshot(kBefore), QString());
    s->flushNow();
    s->feedText(stepEdit("s3", "Three, renamed"));
    s->flushNow();
    const QByteArray dumpBefore = s->makeCopy().stateDump;

    ActivityCopy bad = copyOf(kAfter);
    bad.stateDump.chop(7);
    bad.viewed = QJsonObject {{QLatin1String("unread"), QJsonArray {QLatin1String("s1")}}};
    QString error;
    QSignalSpy copyState(s.session.get(), &ActivitySession::copyStateChanged);
    QVERIFY(!s->restoreCopy(bad, &error));
    QVERIFY(!error.isEmpty());
    s->flushNow();
    QCOMPARE(copyState.count(), 0);
    QVERIFY(!s->showingCopy());
    QCOMPARE(s->makeCopy().stateDump, dumpBefore);
    QCOMPARE(s.stepIds(), QStringList({"s1", "s2", "s3", "s4"}));
    QCOMPARE(s.unread(), QStringList({"s3"}));
}

void TestSessionCopy::longDiffIsCapped()
{
    // 1,000 steps, every one edited: 200 rows and one "and 800 more" line.
    auto doc = [](const char *word) {
        QByteArray out = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"A","steps":[)";
        for (int i = 0; i < 1000; ++i)
            out += (i ? "," : "") + QByteArray(R"({"id":"s)") + QByteArray::number(i) + R"(","name":")" + word + R"("})";
        return out + "]}";
    };
    Session s;
    QVERIFY(s->restoreCopy(copyOf(doc("before"))));
    s->flushNow();
    QSignalSpy rowSignals(s.steps(), &QAbstractItemModel::dataChanged);
    QCOMPARE(s->loadSnapshot(doc("after")), QString());
    s->flushNow();
    // The 1,000 unread markers in one signal over the rows' span, not 1,000 signals.
    QCOMPARE(rowSignals.count(), 1);
    QCOMPARE(rowSignals.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(rowSignals.at(0).at(1).toModelIndex().row(), 999);
    QCOMPARE(rowSignals.at(0).at(2).value<QList<int>>(), QList<int> {StepModel::UnreadRole});
    QCOMPARE(s->catchUp()->changes()->count(), ChangesModel::kMaxStepRows + 1);
    QCOMPARE(s->catchUp()->changes()->summary(), QStringLiteral("Since you last looked: 1000 steps edited"));
    QCOMPARE(s.changeTexts().last(), QStringLiteral("other |  | and 800 more changes to steps"));
    QCOMPARE(s.steps()->unreadSet().size(), 1000);
    rowSignals.clear();
    s->catchUp()->markAllSeen();
    QCOMPARE(rowSignals.count(), 1);
    QCOMPARE(s.unread(), QStringList());
}

namespace {
// Five steps A..E, in the order given.
QByteArray fiveSteps(const char *order)
{
    QByteArray steps;
    for (const char *c = order; *c; ++c)
        steps += QByteArray(steps.isEmpty() ? "" : ",") + R"({"id":"s)" + *c + R"(","name":")" + *c + R"("})";
    return R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Five","steps":[)" + steps + "]}";
}
} // namespace

void TestSessionCopy::reversedStepsAreAllReported()
{
    // Issue #23: three steps reversed (B, C, D → D, C, B) while the app was closed. C keeps its
    // number, but the steps on either side of it swapped: for an author it moved as much as B and
    // D did, so all three are listed (C said to be still at its number) and carry the unread dot.
    const QStringList expected {
        "moved | sD | Step 2 'D' moved (it was step 4)",
        "moved | sC | Step 3 'C' moved among its neighbours (still step 3)",
        "moved | sB | Step 4 'B' moved (it was step 2)",
    };
    {
        Session s;
        QVERIFY(s->restoreCopy(copyOf(fiveSteps("ABCDE"))));
        s->flushNow();
        QCOMPARE(s->loadSnapshot(fiveSteps("ADCBE")), QString());
        s->flushNow();
        QCOMPARE(s.stepIds(), QStringList({"sA", "sD", "sC", "sB", "sE"}));
        QCOMPARE(s.changeTexts(), expected);
        QCOMPARE(s->catchUp()->changes()->summary(), QStringLiteral("Since you last looked: 3 steps moved"));
        QCOMPARE(s.unread(), QStringList({"sD", "sC", "sB"}));
    }
    {
        // The same while the window was open on something else: the reorder comes with the
        // snapshot of a reconnect.
        Session s;
        QCOMPARE(s->loadSnapshot(fiveSteps("ABCDE")), QString());
        s->flushNow();
        s->catchUp()->setUserIsLooking(false);
        QCOMPARE(s->loadSnapshot(fiveSteps("ADCBE")), QString());
        s->flushNow();
        QCOMPARE(s.changeTexts(), expected);
        QCOMPARE(s.unread(), QStringList({"sD", "sC", "sB"}));
    }
    {
        // Three steps reversed as a whole: the middle one keeps its number.
        Session s;
        QVERIFY(s->restoreCopy(copyOf(fiveSteps("ABC"))));
        QCOMPARE(s->loadSnapshot(fiveSteps("CBA")), QString());
        s->flushNow();
        QCOMPARE(s.changeTexts(),
            QStringList({
                "moved | sC | Step 1 'C' moved (it was step 3)",
                "moved | sB | Step 2 'B' moved among its neighbours (still step 2)",
                "moved | sA | Step 3 'A' moved (it was step 1)",
            }));
    }
    {
        // One step taken from the front to the end: the others only shifted, it alone moved.
        Session s;
        QVERIFY(s->restoreCopy(copyOf(fiveSteps("ABCDE"))));
        QCOMPARE(s->loadSnapshot(fiveSteps("BCDEA")), QString());
        s->flushNow();
        QCOMPARE(s.changeTexts(), QStringList({"moved | sA | Step 5 'A' moved (it was step 1)"}));
        QCOMPARE(s.unread(), QStringList({"sA"}));
    }
}

namespace {
// The names a model shows, in row order.
QStringList namesIn(QAbstractItemModel *m, int role)
{
    QStringList out;
    for (int i = 0; i < m->rowCount(); ++i)
        out << m->data(m->index(i, 0), role).toString();
    return out;
}
} // namespace

void TestSessionCopy::everyKindOfChangeFromTheCopy()
{
    // The copy: five steps (one a UUID), content[] items pointing at two of them. The snapshot: renamed, a new description and config, a new top-level field, step 1
    // removed, a step added, "Wrench" moved after "Seal", a content item of "Seal" edited,
    // "Filter"'s location changed, and the UUID spelled in capitals (the same step).
    const QByteArray copyDoc = R"json({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Filter change","description":"Quarterly",
 "config":{"theme":"dark","grid":[1,2]},"creator":"Maria","steps":[
 {"id":"s1","name":"Glasses","location":{"x":1}},{"id":"s2","name":"Wrench"},{"id":"s3","name":"Panel","n":1},
 {"id":"4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d","name":"Seal"},{"id":"s5","name":"Filter","location":{"x":1,"y":2}}],
 "content":[{"id":"c1","type":"label","steps":["4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d"],"text":"old"},
 {"id":"c2","type":"image","steps":["s5"],"data":{"a":1,"b":2}}]})json";
    const QByteArray snapshotDoc = R"json({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"Filter change (v2)",
 "description":"Quarterly, with checks","config":{"grid":[1,2],"theme":"light"},"creator":"Maria","thumbnail":null,"steps":[
 {"name":"Panel","id":"s3","n":1.0},{"id":"4A0C5D1E-2B3F-4A5B-8C6D-7E8F9A0B1C2D","name":"Seal"},{"id":"s2","name":"Wrench"},
 {"id":"s5","name":"Filter","location":{"y":2,"x":3}},{"id":"s6","name":"Close"}],
 "content":[{"id":"c2","type":"image","steps":["s5"],"data":{"b":2,"a":1}},
 {"id":"c1","type":"label","steps":["4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d"],"text":"new"}]})json";

    Session s;
    QVERIFY(s->restoreCopy(copyOf(copyDoc)));
    s->flushNow();
    // While the copy is shown, live events change the people and the files: they are in the log,
    // not in "since you last looked", and the snapshot (the activity alone) leaves them as they are.
    s->feedText(R"({"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-anna","name":"Anna"}}
{"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-ben","name":"Ben"}}
{"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f-1","name":"manual.pdf"}}
{"id":202,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-ben"}}
)");
    s->flushNow();
    QCOMPARE(s->catchUp()->changes()->count(), 0);

    QCOMPARE(s->loadSnapshot(snapshotDoc), QString());
    s->flushNow();
    QCOMPARE(s.stepIds(), QStringList({"s3", "4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d", "s2", "s5", "s6"}));
    QCOMPARE(s.changeTexts(),
        QStringList({
            "renamed |  | Activity renamed from 'Filter change' to 'Filter change (v2)'",
            "description |  | Description changed",
            "config |  | Configuration changed",
            "other |  | Activity field 'thumbnail' changed",
            "edited | 4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d | Step 2 'Seal' edited: content",
            "edited | s5 | Step 4 'Filter' edited: location",
            "added | s6 | Step 5 'Close' added",
            "removed |  | Step 'Glasses' removed (it was step 1)",
            "moved | s2 | Step 3 'Wrench' moved (it was step 2)",
        }));
    QCOMPARE(
        s->catchUp()->changes()->data(s->catchUp()->changes()->index(7), ChangesModel::RemovedStepIdRole).toString(), QStringLiteral("s1"));
    QCOMPARE(s->catchUp()->changes()->summary(),
        QStringLiteral("Since you last looked: 2 steps edited, 1 added, 1 removed, 1 moved, renamed from 'Filter change', "
                       "description changed, configuration changed, 1 other field changed"));
    QCOMPARE(s.unread(), QStringList({"4a0c5d1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d", "s2", "s5", "s6"}));
    QCOMPARE(namesIn(s->participantModel(), ParticipantModel::NameRole), QStringList({"Anna"}));
    QCOMPARE(namesIn(s->fileModel(), FileModel::NameRole), QStringList({"manual.pdf"}));
}

void TestSessionCopy::peopleAndFilesComeBackWithTheCopy()
{
    // Who was in the activity and its files are in the copy: after a restart the People and Files
    // tabs show them at once, not only once an event about each arrives.
    ActivityCopy copy;
    {
        Session before;
        QCOMPARE(before->loadSnapshot(kBefore), QString());
        before->feedText(R"({"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-anna","name":"Anna"}}
{"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-ben","name":"Ben"}}
{"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f-1","name":"manual.pdf"}}
{"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f-2","name":"torque.png"}}
)");
        before->flushNow();
        QCOMPARE(namesIn(before->participantModel(), ParticipantModel::NameRole), QStringList({"Anna", "Ben"}));
        copy = before->makeCopy();
    }
    Session s;
    QAbstractItemModelTester people(s->participantModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester files(s->fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(s->restoreCopy(copy));
    s->flushNow();
    QCOMPARE(s.stepIds(), QStringList({"s1", "s2", "s3", "s4"}));
    QCOMPARE(namesIn(s->participantModel(), ParticipantModel::NameRole), QStringList({"Anna", "Ben"}));
    QCOMPARE(namesIn(s->fileModel(), FileModel::NameRole), QStringList({"manual.pdf", "torque.png"}));
    // And the next event about one of them changes that row, not a second one.
    s->feedText(R"({"id":202,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u-ben"}}
)");
    s->flushNow();
    QCOMPARE(namesIn(s->participantModel(), ParticipantModel::NameRole), QStringList({"Anna"}));
}

QTEST_GUILESS_MAIN(TestSessionCopy)

#include "moc_tst_sessioncopy.cpp"

// The copy's dump is made on the worker thread (issue #26) while the channel's events keep
// arriving: the copy is the state at the moment it was asked for, byte for byte, and the events
// are applied after it, every one, in order.
void TestSessionCopy::dumpWhileEventsArriveIsTheStateAtItsMoment()
{
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    QString error;
    const std::optional<ChannelEndpoint> endpoint =
        ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(ws.serverPort()), QString::fromLatin1(kId), &error);
    QVERIFY2(endpoint, qPrintable(error));
    ChannelSettings settings;
    settings.snapshot = false;
    settings.pingIntervalMs = 60000;
    ActivitySession session(*endpoint, settings);
    QVERIFY(session.loadSnapshot(kBefore).isEmpty());
    QSignalSpy conns(&ws, &QWebSocketServer::newConnection);
    session.start();
    QTRY_COMPARE(conns.count(), 1);
    QWebSocket *peer = ws.nextPendingConnection();
    QTRY_COMPARE(session.channel()->state(), ActivityChannel::State::Open);

    // The worker is kept busy with another job, so that the dump waits behind it while the events
    // arrive (bounded: a failing test never leaves the worker blocked).
    BackgroundWork other;
    auto gate = std::make_shared<QSemaphore>();
    other.run([gate] {
        gate->tryAcquire(1, 30000);
        return BackgroundWork::Continuation();
    });
    const QByteArray expected = QByteArray::fromStdString(session.state().dumpJson());
    const uint64_t appliedBefore = session.state().appliedCount();
    std::optional<ActivityCopy> copy;
    CopyDumper *dumper = session.copyDumper();
    QVERIFY(dumper->dumpLater(session.copyHeader(), [&copy](ActivityCopy c, qint64) { copy = std::move(c); }));
    QVERIFY(!dumper->dumpLater(session.copyHeader(), [](ActivityCopy, qint64) {})); // one at a time
    for (const char *name : {"Edit 1", "Edit 2", "Edit 3"})
        peer->sendTextMessage(QString::fromUtf8(stepEdit("s1", name).trimmed()));
    QTRY_COMPARE(session.channel()->held(), size_t(3));
    QCOMPARE(session.state().appliedCount(), appliedBefore); // nothing written while the dump reads
    gate->release();
    QTRY_VERIFY(copy.has_value());
    QCOMPARE(copy->stateDump, expected);
    QCOMPARE(copy->activityId, QString::fromLatin1(kId));
    QTRY_COMPARE(session.state().appliedCount(), appliedBefore + 3);
    QCOMPARE(session.channel()->held(), size_t(0));
    session.flushNow();
    QCOMPARE(session.stepModel()->data(
        session.stepModel()->index(session.stepModel()->rowOf(QStringLiteral("s1"))), StepModel::NameRole).toString(),
        QStringLiteral("Edit 3"));
    QVERIFY(QByteArray::fromStdString(session.state().dumpJson()) != expected);
}
