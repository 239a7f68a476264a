// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_presence.h"

#include "offlinesession.h"
#include "session/presence.h"

#include <QSignalSpy>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
const QByteArray kActivity = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"A","steps":[
 {"id":"s1","name":"One"},{"id":"s2","name":"Two"},{"id":"6F1C6A9E-0000-4000-8000-00000000000A","name":"Three"}]})";

QByteArray user(int event, const QByteArray &fields)
{
    return "{\"id\":" + QByteArray::number(event) + R"(,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{)" + fields + "}}\n";
}

struct Session : OfflineSession
{
    Session()
        : OfflineSession(kId,
            {[](ActivitySession *s) -> QAbstractItemModel * { return s->stepModel(); },
                [](ActivitySession *s) -> QAbstractItemModel * { return s->participantModel(); }})
    {
        if (!session->loadSnapshot(kActivity).isEmpty())
            qWarning("snapshot not loaded");
        session->flushNow();
    }
    StepModel *steps() { return session->stepModel(); }
    void feed(const QByteArray &text)
    {
        session->feedText(text);
        session->flushNow();
    }
    // Row by row: "step: name (initials), …" for the rows someone is on.
    QStringList where()
    {
        QStringList out;
        for (int i = 0; i < steps()->count(); ++i) {
            QStringList people;
            for (const Avatar &p : steps()->data(steps()->index(i), StepModel::PresentPeopleRole).value<Avatars>())
                people << p.name + " (" + p.initials + ")";
            if (!people.isEmpty())
                out << steps()->idAt(i) + ": " + people.join(", ");
        }
        return out;
    }
};

// The rows whose presence roles a dataChanged named.
struct PresenceSignals
{
    QStringList rows;
    QMetaObject::Connection c;
    explicit PresenceSignals(StepModel *m)
    {
        c = QObject::connect(
            m, &QAbstractItemModel::dataChanged, [this, m](const QModelIndex &a, const QModelIndex &b, const QList<int> &roles) {
                if (roles.contains(StepModel::PresentPeopleRole) || roles.isEmpty())
                    for (int r = a.row(); r <= b.row(); ++r)
                        rows << m->idAt(r);
            });
    }
    ~PresenceSignals() { QObject::disconnect(c); }
    QStringList take()
    {
        QStringList out = std::exchange(rows, {});
        out.sort();
        return out;
    }
};
} // namespace

void TestPresence::statusStepShowsOnThatRow()
{
    Session s;
    PresenceSignals signals_(s.steps());
    QSignalSpy present(s.session.get(), &ActivitySession::presentChanged);
    s.feed(user(201, R"("id":"u1","name":"Priya Natarajan","status":"online")"));
    QCOMPARE(s.where(), QStringList());
    QCOMPARE(signals_.take(), QStringList());
    QCOMPARE(present.count(), 1);
    QCOMPARE(s->present().size(), 1);
    QCOMPARE(s->present().at(0).initials, QStringLiteral("PN"));

    s.feed(user(203, R"("id":"u1","status":"busy","step_id":"s2")"));
    QCOMPARE(s.where(), QStringList {"s2: Priya Natarajan (PN)"});
    QCOMPARE(signals_.take(), QStringList {"s2"});
    const QModelIndex row = s.steps()->index(1);
    QCOMPARE(row.data(StepModel::PresentTextRole).toString(), QStringLiteral("\u2068Priya Natarajan\u2069 is here"));
    QCOMPARE(s->presentNames(), QStringLiteral("\u2068Priya Natarajan\u2069"));
    QCOMPARE(present.count(), 1); // the header's people did not change

    // A second person on the same step, by current_step and a UUID in another case.
    s.feed(user(201, R"("id":"u2","name":"Ana Lima","current_step":"{6f1c6a9e-0000-4000-8000-00000000000a}")"));
    QCOMPARE(s.where(), (QStringList {"s2: Priya Natarajan (PN)", "6f1c6a9e-0000-4000-8000-00000000000a: Ana Lima (AL)"}));
    QCOMPARE(signals_.take(), QStringList {"6f1c6a9e-0000-4000-8000-00000000000a"});
    QCOMPARE(s->presentNames(), QStringLiteral("\u2068Priya Natarajan\u2069, \u2068Ana Lima\u2069"));
}

void TestPresence::moveSignalsOldAndNewRowsOnly()
{
    Session s;
    s.feed(user(201, R"("id":"u1","name":"Priya Natarajan","step_id":"s1")") + user(201, R"("id":"u2","name":"Ana","step_id":"s1")"));
    QCOMPARE(s.where(), QStringList {"s1: Priya Natarajan (PN), Ana (A)"});
    QCOMPARE(s.steps()->index(0).data(StepModel::PresentTextRole).toString(),
        QStringLiteral("\u2068Priya Natarajan\u2069, \u2068Ana\u2069 are here"));
    PresenceSignals signals_(s.steps());
    s.feed(user(203, R"("id":"u1","step_id":"s2")"));
    QCOMPARE(s.where(), (QStringList {"s1: Ana (A)", "s2: Priya Natarajan (PN)"}));
    QCOMPARE(signals_.take(), (QStringList {"s1", "s2"}));
    // A status update that keeps them where they are signals no row.
    s.feed(user(203, R"("id":"u1","status":"still here")"));
    QCOMPARE(signals_.take(), QStringList());
    // A rename where they are signals their row.
    s.feed(user(203, R"("id":"u2","name":"Ana Lima")"));
    QCOMPARE(s.where(), (QStringList {"s1: Ana Lima (AL)", "s2: Priya Natarajan (PN)"}));
    QCOMPARE(signals_.take(), QStringList {"s1"});
    // step_id null: on no step any more.
    s.feed(user(203, R"("id":"u2","step_id":null)"));
    QCOMPARE(s.where(), QStringList {"s2: Priya Natarajan (PN)"});
    QCOMPARE(signals_.take(), QStringList {"s1"});
}

void TestPresence::leaveRemovesThem()
{
    Session s;
    s.feed(user(201, R"("id":"u1","name":"Priya Natarajan","step_id":"s1")") + user(201, R"("id":"u2","name":"Ana Lima","step_id":"s2")"));
    PresenceSignals signals_(s.steps());
    QSignalSpy present(s.session.get(), &ActivitySession::presentChanged);
    s.feed(user(202, R"("id":"u1")"));
    QCOMPARE(s.where(), QStringList {"s2: Ana Lima (AL)"});
    QCOMPARE(signals_.take(), QStringList {"s1"});
    QCOMPARE(present.count(), 1);
    QCOMPARE(s->present().size(), 1);
    QCOMPARE(s->present().at(0).name, QStringLiteral("Ana Lima"));
}

void TestPresence::stepFromStatusText()
{
    Session s;
    auto stepWith = [&s](const QByteArray &fields) {
        s.feed(user(203, R"("id":"u1","name":"P",)" + fields));
        const QStringList w = s.where();
        return w.isEmpty() ? QString() : w.first().section(QLatin1Char(':'), 0, 0);
    };
    QCOMPARE(stepWith(R"("status":"Editing step s2")"), QStringLiteral("s2"));
    QCOMPARE(
        stepWith(R"("status":"on STEP {6F1C6A9E-0000-4000-8000-00000000000A}.")"), QStringLiteral("6f1c6a9e-0000-4000-8000-00000000000a"));
    QCOMPARE(stepWith(R"("status":"online")"), QString());
    QCOMPARE(stepWith(R"("status":"stepping on steps")"), QString());
    QCOMPARE(stepWith(R"("status":"editing step s1","step_id":"s2")"), QStringLiteral("s2")); // the field wins
    QCOMPARE(stepWith(R"("status":"busy","step_id":3)"), QString()); // a number is not a step
}

void TestPresence::initialsAndColours()
{
    QCOMPARE(Presence::initials(QStringLiteral("Priya Natarajan")), QStringLiteral("PN"));
    QCOMPARE(Presence::initials(QStringLiteral("  ana   maria lima ")), QStringLiteral("AM"));
    QCOMPARE(Presence::initials(QStringLiteral("Zoë")), QStringLiteral("Z"));
    QCOMPARE(Presence::initials(QString()), QStringLiteral("?"));
    QCOMPARE(Presence::avatar(QStringLiteral("u9"), QStringLiteral("u9")).initials, QStringLiteral("?"));
    QCOMPARE(Presence::colorOf(QStringLiteral("u1")), Presence::colorOf(QStringLiteral("u1")));
    QSet<QString> colours;
    for (int i = 0; i < 64; ++i)
        colours << Presence::colorOf(QStringLiteral("user-%1").arg(i));
    QVERIFY(colours.size() > 4); // spread over the palette
    QCOMPARE(Presence::textColorOn(QStringLiteral("#1565c0")), QStringLiteral("#ffffff"));
    QCOMPARE(Presence::textColorOn(QStringLiteral("#f9a825")), QStringLiteral("#000000"));
}

void TestPresence::whatTheHeaderReadsWhenToldIsCurrent()
{
    // Issue #28: the header read the people while the rows of those who left were still there,
    // and kept a blank avatar (a map without a name) after everyone had left.
    Session s;
    QList<Avatars> read; // what a binding reads at each presentChanged
    QObject::connect(s.session.get(), &ActivitySession::presentChanged, [&] { read << s->present(); });
    s.feed(user(201, R"("id":"u1","name":"Priya Natarajan")") + user(201, R"("id":"u2","name":"Ana Lima")"));
    s.feed(user(202, R"("id":"u1")"));
    s.feed(user(202, R"("id":"u2")"));
    QVERIFY(!read.isEmpty());
    for (const Avatars &avatars : read)
        for (const Avatar &a : avatars)
            QVERIFY2(!a.name.isEmpty(), "a blank avatar");
    QCOMPARE(read.last(), Avatars());
    QCOMPARE(s->presentCount(), 0);
}

void TestPresence::aCrowdIsFiveAndACount()
{
    // Issue #23: a crowd is the first Presence::kShown people and how many there are, told once a
    // frame, in the header and on their step alike.
    QCOMPARE(Presence::kShown, 5);
    Session s;
    QSignalSpy present(s.session.get(), &ActivitySession::presentChanged);
    PresenceSignals signals_(s.steps());
    QByteArray joins, leaves;
    for (int i = 0; i < 12; ++i) {
        joins += user(201, R"("id":"p)" + QByteArray::number(i) + R"(","name":"P)" + QByteArray::number(i) + R"(","step_id":"s1")");
        leaves += user(202, R"("id":"p)" + QByteArray::number(i) + '"');
    }
    s.feed(joins);
    QCOMPARE(present.count(), 1); // one frame, one change
    QCOMPARE(signals_.take(), QStringList {"s1"}); // one dataChanged for the step
    QCOMPARE(s->presentCount(), 12);
    QCOMPARE(s->present().size(), 5);
    QCOMPARE(s->present().at(4).name, QStringLiteral("P4"));
    const QString five = QStringLiteral("\u2068P0\u2069, \u2068P1\u2069, \u2068P2\u2069, \u2068P3\u2069, \u2068P4\u2069");
    QCOMPARE(s->presentNames(), five + QStringLiteral(" and 7 others"));
    QCOMPARE(s.where(), QStringList {"s1: P0 (P), P1 (P), P2 (P), P3 (P), P4 (P)"});
    const QModelIndex row = s.steps()->index(0);
    QCOMPARE(row.data(StepModel::PresentCountRole).toInt(), 12);
    QCOMPARE(row.data(StepModel::PresentTextRole).toString(), five + QStringLiteral(" and 7 others are here"));

    // The first one leaves: the sixth is shown.
    s.feed(leaves.left(leaves.indexOf('\n') + 1));
    QCOMPARE(present.count(), 2);
    QCOMPARE(s->present().at(4).name, QStringLiteral("P5"));
    QCOMPARE(s->presentCount(), 11);
    QCOMPARE(s.where(), QStringList {"s1: P1 (P), P2 (P), P3 (P), P4 (P), P5 (P)"});

    // Everyone leaves in one frame: one change, nobody shown anywhere.
    s.feed(leaves);
    QCOMPARE(present.count(), 3);
    QCOMPARE(s->present(), Avatars());
    QCOMPARE(s->presentCount(), 0);
    QCOMPARE(s->presentNames(), QString());
    QCOMPARE(s.where(), QStringList());
    QCOMPARE(row.data(StepModel::PresentTextRole).toString(), QString());
}

QTEST_GUILESS_MAIN(TestPresence)

#include "moc_tst_presence.cpp"
