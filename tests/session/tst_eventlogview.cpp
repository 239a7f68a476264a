// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_eventlogview.h"

#include "offlinesession.h"
#include "session/activitysession.h"
#include "session/eventlogfilter.h"
#include "store/journal.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <numeric>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

using namespace mirage;

namespace {
constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QByteArray line(int id, const char *body)
{
    return QStringLiteral(R"({"id":%1,"activity_id":"%2",%3})").arg(id).arg(QLatin1String(kId), QString::fromUtf8(body)).toUtf8() + '\n';
}

// The visible summary labels of the list, top to bottom.
QList<QQuickItem *> summaries(QQuickItem *item)
{
    QList<QQuickItem *> out;
    for (QQuickItem *child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->objectName() == QLatin1String("logSummary"))
            out << child;
        out << summaries(child);
    }
    return out;
}

// The session's log filter as the window has it, counting what the view asks of its rows.
class CountingFilter : public EventLogFilter
{
public:
    mutable int dataCalls = 0;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++dataCalls;
        return EventLogFilter::data(index, role);
    }
};

QStringList texts(const QList<QQuickItem *> &items)
{
    QStringList out;
    for (QQuickItem *i : items)
        out << i->property("text").toString();
    out.sort();
    return out;
}
QAbstractItemModel *eventLogOf(ActivitySession *session)
{
    return session->eventLog();
}

// People u-<from>…u-<from+n-1> ("Person i") join, in one frame.
void joinPeople(ActivitySession &session, int from, int n)
{
    QByteArray text;
    for (int i = from; i < from + n; ++i)
        text += line(201, QStringLiteral(R"("user":{"id":"u-%1","name":"Person %1"})").arg(i).toUtf8().constData());
    session.feedText(text);
    session.flushNow();
}

// An EventLogView over `model` in a real window, as the window's Log tab holds it.
struct LogWindow
{
    QTemporaryDir dir;
    QQuickView window;
    // Empty when shown; else why not.
    QString show(QObject *model)
    {
        QFile qml(dir.filePath(QStringLiteral("LogTest.qml")));
        if (!qml.open(QIODevice::WriteOnly))
            return qml.errorString();
        qml.write("import QtQuick\nimport MirageDesk\nEventLogView { width: 700; height: 400 }\n");
        qml.close();
        window.engine()->addImportPath(QStringLiteral("qrc:/"));
        window.setInitialProperties({{QStringLiteral("model"), QVariant::fromValue(model)}});
        window.setSource(QUrl::fromLocalFile(qml.fileName()));
        if (window.status() != QQuickView::Ready)
            return window.errors().isEmpty() ? QStringLiteral("not ready") : window.errors().first().toString();
        window.show();
        return QTest::qWaitForWindowExposed(&window) ? QString() : QStringLiteral("not exposed");
    }
};

} // namespace

void TestEventLogView::searchFiltersAndClickShowsTheItem()
{
    OfflineSession offline(kId, {eventLogOf});
    ActivitySession &session = *offline.session;
    session.feedText(line(201, R"("user":{"id":"u-priya","name":"Priya Natarajan"})")
        + line(201, R"("user":{"id":"u-ana","name":"Ana Lima"})")
        + line(401, R"("file":{"id":"f-1","name":"seal.glb","uploaded_by":"u-ana"})"));
    session.flushNow();

    LogWindow view;
    const QString shown = view.show(session.eventLogFilter());
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    QQuickView &window = view.window;
    QQuickItem *root = window.rootObject();
    auto *search = root->findChild<QQuickItem *>(QStringLiteral("logSearch"));
    auto *count = root->findChild<QQuickItem *>(QStringLiteral("logCount"));
    QVERIFY(search && count);

    QTRY_COMPARE(texts(summaries(root)),
        (QStringList {
            QStringLiteral("Ana Lima joined"), QStringLiteral("Ana Lima uploaded “seal.glb”"), QStringLiteral("Priya Natarajan joined")}));
    QCOMPARE(count->property("text").toString(), QStringLiteral("3 shown (the last 10,000 are kept)"));

    // Typing in the search field, as a user does.
    search->forceActiveFocus();
    for (char c : {'a', 'n', 'a'})
        QTest::keyClick(&window, c);
    QCOMPARE(session.eventLogFilter()->text(), QStringLiteral("ana"));
    QTRY_COMPARE(texts(summaries(root)), (QStringList {QStringLiteral("Ana Lima joined"), QStringLiteral("Ana Lima uploaded “seal.glb”")}));
    QCOMPARE(count->property("text").toString(), QStringLiteral("2 shown (the last 10,000 are kept)"));

    // Clicking the upload asks to show the file.
    QSignalSpy show(root, SIGNAL(showItem(QString, QString)));
    QQuickItem *upload = nullptr;
    for (QQuickItem *s : summaries(root))
        if (s->property("text").toString().contains(QStringLiteral("uploaded")))
            upload = s;
    QVERIFY(upload);
    QTest::mouseClick(&window, Qt::LeftButton, {}, upload->mapToScene(QPointF(5, upload->height() / 2)).toPoint());
    QTRY_COMPARE(show.size(), 1);
    QCOMPARE(show.at(0).at(0).toString(), QStringLiteral("files"));
    QCOMPARE(show.at(0).at(1).toString(), QStringLiteral("f-1"));

    // Enter on the list activates its current entry (the first shown: Ana joined).
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("logList"));
    QVERIFY(list);
    list->forceActiveFocus();
    list->setProperty("currentIndex", 0);
    QTest::keyClick(&window, Qt::Key_Return);
    QTRY_COMPARE(show.size(), 2);
    QCOMPARE(show.at(1).at(0).toString(), QStringLiteral("people"));
    QCOMPARE(show.at(1).at(1).toString(), QStringLiteral("u-ana"));

    // Escape clears the search: everything again.
    search->forceActiveFocus();
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE(count->property("text").toString(), QStringLiteral("3 shown (the last 10,000 are kept)"));
}

void TestEventLogView::hiddenLogCostsNothing()
{
    OfflineSession offline(kId, {eventLogOf});
    ActivitySession &session = *offline.session;
    CountingFilter filter;
    filter.setSourceModel(session.eventLog());
    joinPeople(session, 0, 40);

    LogWindow view;
    const QString shown = view.show(&filter);
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    QQuickView &window = view.window;
    QQuickItem *root = window.rootObject();
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("logList"));
    QVERIFY(list);
    // Shown, it follows the newest entry.
    QTRY_VERIFY(texts(summaries(root)).contains(QStringLiteral("Person 39 joined")));
    QVERIFY(filter.dataCalls > 0);

    // Hidden as a StackLayout hides a tab that is not current; entries keep arriving, frame by frame.
    QQuickItem *content = list->property("contentItem").value<QQuickItem *>();
    QVERIFY(content);
    int childChanges = 0;
    connect(content, &QQuickItem::childrenChanged, this, [&] { ++childChanges; });
    root->setVisible(false);
    QTest::qWait(50);
    QList<int> dataCalls, delegateChanges; // per frame
    for (int frame = 0; frame < 10; ++frame) {
        filter.dataCalls = 0;
        childChanges = 0;
        joinPeople(session, 40 + frame * 50, 50);
        QTest::qWait(20); // the window's polish and rendering run between frames
        dataCalls << filter.dataCalls;
        delegateChanges << childChanges;
    }
    QCOMPARE(session.eventLog()->rowCount(), 540);
    // At most one delegate made, once, as the list settles (the row at its very end: 7 role reads),
    // over the ten frames; it made delegates and read rows every frame when it followed while hidden.
    const int reads = std::accumulate(dataCalls.begin(), dataCalls.end(), 0);
    const int changes = std::accumulate(delegateChanges.begin(), delegateChanges.end(), 0);
    QVERIFY2(
        reads <= 7 && changes <= 1, qPrintable(QStringLiteral("%1 data() calls, %2 delegates made or dropped").arg(reads).arg(changes)));

    // Shown again: at the newest entry.
    root->setVisible(true);
    QTRY_VERIFY(texts(summaries(root)).contains(QStringLiteral("Person 539 joined")));
    QVERIFY(filter.dataCalls > 0);
}

void TestEventLogView::hiddenLogAtCapacityDrawsNothing()
{
    OfflineSession offline(kId, {eventLogOf});
    ActivitySession &session = *offline.session;
    EventLogFilter filter;
    filter.setSourceModel(session.eventLog());
    const int capacity = session.eventLog()->capacity();
    joinPeople(session, 0, capacity + 10); // full: every further entry drops the oldest
    QCOMPARE(session.eventLog()->rowCount(), capacity);

    LogWindow view;
    const QString shown = view.show(&filter);
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    QQuickView &window = view.window;
    QQuickItem *root = window.rootObject();
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("logList"));
    QVERIFY(list);
    const QString newest = QStringLiteral("Person %1 joined").arg(capacity + 9);
    QTRY_VERIFY(texts(summaries(root)).contains(newest));

    // Hidden (a tab not shown) while entries arrive frame by frame, each dropping the oldest: the
    // window has nothing to draw. The hidden list moved its delegates up for every drop, and each
    // move asked the window for a frame.
    root->setVisible(false);
    QTest::qWait(100);
    int frames = 0;
    connect(&window, &QQuickWindow::frameSwapped, this, [&] { ++frames; });
    for (int frame = 0; frame < 10; ++frame) {
        joinPeople(session, capacity + 10 + frame * 20, 20);
        QTest::qWait(20); // the window's polish and rendering run between frames
    }
    QCOMPARE(session.eventLog()->rowCount(), capacity);
    QVERIFY2(frames == 0, qPrintable(QStringLiteral("%1 frames drawn for a hidden log").arg(frames)));

    // Shown again: at the newest entry.
    root->setVisible(true);
    QTRY_VERIFY(texts(summaries(root)).contains(QStringLiteral("Person %1 joined").arg(capacity + 209)));

    // An entry selected, hidden and shown again: the same row is selected.
    list->setProperty("currentIndex", capacity - 3);
    root->setVisible(false);
    QTest::qWait(50);
    root->setVisible(true);
    QTRY_COMPARE(list->property("currentIndex").toInt(), capacity - 3);
}

QTEST_MAIN(TestEventLogView)

#include "moc_tst_eventlogview.cpp"

void TestEventLogView::historyIsReadAsTheUserScrollsUp()
{
    // 1,000 entries kept by an earlier run of the activity.
    QTemporaryDir dir;
    Journal journal(dir.path());
    std::vector<JournalEntry> kept;
    for (int i = 1; i <= 1000; ++i) {
        JournalEntry e;
        e.activityId = QString::fromLatin1(kId);
        e.seq = quint64(i);
        e.category = QStringLiteral("people");
        e.summary = QStringLiteral("Person %1 joined").arg(i);
        kept.push_back(std::move(e));
    }
    journal.append(std::move(kept));
    OfflineSession offline(kId, {eventLogOf});
    ActivitySession &session = *offline.session;
    session.setJournal(&journal);
    EventLogModel *log = session.eventLog();
    QCOMPARE(log->rowCount(), 0); // nothing read before the log is shown

    LogWindow view;
    const QString shown = view.show(session.eventLogFilter());
    QVERIFY2(shown.isEmpty(), qPrintable(shown));
    QQuickItem *root = view.window.rootObject();
    // Shown, it reads the newest page and is at the newest entry.
    QTRY_VERIFY(texts(summaries(root)).contains(QStringLiteral("Person 1000 joined")));
    QCOMPARE(log->rowCount(), EventLogModel::kHistoryPage);
    // What is kept, said as it is (issue #27): the journal keeps 90 days.
    auto *count = root->findChild<QQuickItem *>(QStringLiteral("logCount"));
    QVERIFY(count);
    QTRY_COMPARE(count->property("text").toString(), QStringLiteral("100 shown (the history keeps the last 90 days)"));
    // Scrolled to the top, the next page comes above, and again.
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("logList"));
    QVERIFY(list);
    for (int pages = 2; pages <= 3; ++pages) {
        // At the top, the list reads the page above (what its timer does when the user scrolls there).
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtBeginning"));
        QVariant fetched;
        QVERIFY(QMetaObject::invokeMethod(list, "fetchOlder", Q_RETURN_ARG(QVariant, fetched)));
        QVERIFY(fetched.toBool());
        QCOMPARE(log->rowCount(), pages * EventLogModel::kHistoryPage);
        QCOMPARE(log->index(0).data(EventLogModel::SummaryRole).toString(),
            QStringLiteral("Person %1 joined").arg(1000 - pages * EventLogModel::kHistoryPage + 1));
        // The entry that was at the top stays there.
        QTRY_VERIFY(
            texts(summaries(root)).contains(QStringLiteral("Person %1 joined").arg(1000 - (pages - 1) * EventLogModel::kHistoryPage + 1)));
    }
    QVERIFY(log->rowCount() < 1000);
}
