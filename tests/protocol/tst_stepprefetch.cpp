// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// StepPrefetch (issue #14): a replay reads the step a message patches a few messages ahead, to ask
// the CPU for it early. It recognises the usual shape of a step patch, and it is a hint only: a
// replay whose steps are deleted, replaced and brought back between the look ahead and the apply
// ends exactly where the messages applied one by one end.
#include "protocol/activitystate.h"
#include "protocol/idkey.h"
#include "protocol/replaysource.h"
#include "protocol/stepprefetch.h"
#include "testutil.h"

#include <QTest>

using namespace mirage;
using namespace testutil;

class TestStepPrefetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patchedStep_data();
    void patchedStep();
    void staleLooksAheadChangeNothing();
};

namespace {
const char *kStep = "084c45f4-79ad-4d5f-bf4e-128c4429a448";

std::string stepId(int i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", i);
    return buf;
}
} // namespace

void TestStepPrefetch::patchedStep_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("step"); // empty: none recognised
    const auto m = [](int id, const QByteArray &body) { return QByteArray::fromStdString(msg(id, body)); };
    const QByteArray step(kStep);
    QTest::newRow("a step patch") << m(102, R"("updated_fields":{"steps":[{"id":")" + step + R"(","name":"n"}]})") << QString(kStep);
    QTest::newRow("upper case") << m(102, R"("updated_fields":{"steps":[{"id":")" + step.toUpper() + R"("}]})") << QString(kStep);
    QTest::newRow("not a UUID") << m(102, R"("updated_fields":{"steps":[{"id":"s1","name":"n"}]})") << QString();
    QTest::newRow("cut short") << m(102, R"("updated_fields":{"steps":[{"id":"084c45f4-79ad)") << QString();
    QTest::newRow("another list first") << m(102, R"("updated_fields":{"tags":["a"],"steps":[{"id":")" + step + R"("}]})") << QString();
    QTest::newRow("legacy actions") << m(102, R"("updated_fields":{"actions":[{"id":")" + step + R"("}]})") << QString();
    QTest::newRow("no list") << m(102, R"("updated_fields":{"name":"n"})") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestStepPrefetch::patchedStep()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, step);
    UuidBits id;
    const bool found = StepPrefetch::patchedStep(std::string_view(message.constData(), size_t(message.size())), id);
    QCOMPARE(found, !step.isEmpty());
    if (found)
        QCOMPARE(QString::fromStdString(formatUuid(id)), step);
}

void TestStepPrefetch::staleLooksAheadChangeNothing()
{
    std::string steps = "[";
    for (int i = 0; i < 40; ++i)
        steps += (i ? "," : "") + std::string(R"({"id":")") + stepId(i) + R"(","name":"s","location":{"x":1}})";
    steps += "]";
    const std::string snapshot = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"n","steps":)" + steps + "}";

    // Patches of steps that the messages just before them delete, move, replace as a whole, or
    // bring back; the activity replaced without steps and given them again; some lines not
    // messages. Each message is within StepPrefetch::kDistance of the ones that change its step.
    std::vector<std::string> log;
    const auto patch = [&](int step, const std::string &fields) {
        log.push_back(msg(102, QByteArray::fromStdString(R"("updated_fields":{"steps":[{"id":")" + stepId(step) + "\"" + fields + "}]}")));
    };
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 40; i += 3) {
            patch(i, R"(,"name":"a")");
            patch(i, R"(,"$patch":"delete")");
            patch(i, R"(,"location":{"y":2})"); // a step deleted two messages before: appended again
            patch(i + 1, R"(,"$patch":"replace","name":"whole")");
            patch(i + 1, R"(,"location":null)");
            log.push_back("{not json");
        }
        log.push_back(msg(101, R"("data":{"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"bare"})"));
        patch(5, R"(,"name":"after the replace")");
        log.push_back(msg(102, QByteArray::fromStdString(R"("updated_fields":{"steps":)" + steps + "}")));
        patch(7, R"(,"name":"back")");
    }

    // The look ahead really runs: it recognises the log's step patches (nothing else shows it).
    size_t recognised = 0;
    for (const std::string &line : log) {
        UuidBits id;
        recognised += StepPrefetch::patchedStep(line, id) ? 1 : 0;
    }
    QVERIFY(recognised * 10 >= log.size() * 7);

    ActivityState replayed, oneByOne;
    QVERIFY(replayed.loadSnapshot(snapshot).empty());
    QVERIFY(oneByOne.loadSnapshot(snapshot).empty());
    std::string text;
    for (const std::string &line : log) {
        text += line + "\n";
        oneByOne.apply(line);
    }
    ReplaySource source(replayed);
    source.setText(text);
    ReplaySource::Message m;
    uint64_t n = 0;
    while (source.next(m))
        ++n;
    QCOMPARE(n, uint64_t(log.size()));
    QVERIFY(oneByOne.rejectedCount() >= 3 && oneByOne.appliedCount() > 200);
    QCOMPARE(replayed.dumpJson(), oneByOne.dumpJson());
}

QTEST_GUILESS_MAIN(TestStepPrefetch)
#include "tst_stepprefetch.moc"
