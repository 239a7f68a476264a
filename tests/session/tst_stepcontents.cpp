// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_stepcontents.h"

#include "session/activitysession.h"
#include "session/contentdescriber.h"
#include "session/stepcontentsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace mirage;

namespace {
QByteArray arlem(const char *name)
{
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/arlem/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Each row as "kind | title | detail | place | link".
QStringList cards(const StepContentsModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        const QModelIndex i = m.index(r);
        out << QStringList {i.data(StepContentsModel::KindRole).toString(), i.data(StepContentsModel::TitleRole).toString(),
            i.data(StepContentsModel::DetailRole).toString(), i.data(StepContentsModel::PlaceRole).toString(),
            i.data(StepContentsModel::LinkRole).toString()}
                   .join(QStringLiteral(" | "));
    }
    return out;
}

struct Loaded
{
    ActivitySession session {ChannelEndpoint {}, ChannelSettings {}};
    explicit Loaded(const char *file)
    {
        const QString error = session.loadSnapshot(arlem(file));
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        session.flushNow();
    }
};
} // namespace

void TestStepContents::arlemAugmentationsByPredicate()
{
    Loaded a("valve-service-activity.json");
    StepContentsModel &m = *a.session.stepContents();
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);

    m.setStepId(QStringLiteral("TS-0a1e0c0e-1111-4000-8000-000000000001"));
    QVERIFY(m.hasStep());
    QCOMPARE(m.name(), QStringLiteral("Step 1: Find the valve"));
    QCOMPARE(m.stepType(), QString()); // "action", the type of every ARLEM step, is not shown
    // The exit's "type": "action" entry is the move to step 2, not a content.
    QCOMPARE(cards(m),
        (QStringList {
            QStringLiteral("Audio | Audio — WEKIT_Audio_Step7.wav |  | at AN-5b7e4c2a-0001-4a00-9000-00000000a001 | "),
                QStringLiteral("Image | Image — WEKIT_Image_Bay 3.jpg |  | at AN-5b7e4c2a-0002-4a00-9000-00000000a002 | "),
                    QStringLiteral("Label | Label: Close V-12 first |  | at AN-5b7e4c2a-0003-4a00-9000-00000000a003 | "),
                        QStringLiteral("Locate arrow | Locate arrow |  | at AN-5b7e4c2a-0004-4a00-9000-00000000a004 | "),
                    }));
    QCOMPARE(m.index(0).data(StepContentsModel::ContentTypeRole).toString(), QStringLiteral("audio"));

    m.setStepId(QStringLiteral("TS-0a1e0c0e-2222-4000-8000-000000000002"));
    QCOMPARE(cards(m),
        (QStringList {
            QStringLiteral("Ghost track | Ghost track — ghost_turn.xml |  | at AN-5b7e4c2a-0005-4a00-9000-00000000a005 | "),
                QStringLiteral("Video | Video — turn-handle.mp4 |  | at AN-5b7e4c2a-0006-4a00-9000-00000000a006 | "
                                "https://media.example.org/valve/turn-handle.mp4"),
                    QStringLiteral("Action glyph | Action glyph — rotate |  | at AN-5b7e4c2a-0007-4a00-9000-00000000a007 | "),
                        QStringLiteral("3D model | 3D model — ValveHandle |  | at AN-5b7e4c2a-0008-4a00-9000-00000000a008 | "),
                            QStringLiteral("Label | Label: Well done | Shown when the step ends | at AN-5b7e4c2a-0009-4a00-9000-00000000a009 | "),
                        }));

    m.setStepId(QStringLiteral("TS-0a1e0c0e-3333-4000-8000-000000000003"));
    QCOMPARE(m.name().trimmed(), QString()); // the pane shows "(untitled step)" for it
    QCOMPARE(cards(m),
        (QStringList {
            QStringLiteral("Pick and place | Pick and place | Seal into the tray | at AN-5b7e4c2a-0010-4a00-9000-00000000a010 | "),
                QStringLiteral("Character | Character — Hanna |  | at AN-5b7e4c2a-0011-4a00-9000-00000000a011 | "),
                    QStringLiteral("hologramdance | hologramdance |  |  | "), // unknown: its raw name, plain text
                }));
}

void TestStepContents::currentModelContentByType()
{
    Loaded a("current-model-activity.json");
    StepContentsModel &m = *a.session.stepContents();
    m.setStepId(QStringLiteral("b1f7c1de-0000-4000-8000-000000000001"));
    QVERIFY(m.hasStep());
    QCOMPARE(cards(m),
        (QStringList {
            QStringLiteral("Label | Label: Mind the sharp edge |  |  | "),
                QStringLiteral("Image | Image — housing-screws.png | Where the screws are |  | "),
                    QStringLiteral("Audio | Audio — briefing.wav |  |  | "),
                }));
    m.setStepId(QStringLiteral("b1f7c1de-0000-4000-8000-000000000002"));
    QCOMPARE(cards(m),
        (QStringList {
            QStringLiteral("Pick and place | Pick and place | Old cartridge to the bin |  | "),
                QStringLiteral("Video | Video — swap.mp4 |  |  | https://media.example.org/filters/swap.mp4"),
                    QStringLiteral("Teleporter | Teleporter |  |  | "),
                }));
}

void TestStepContents::fileNamesAndLinks()
{
    QCOMPARE(ContentDescriber::fileName(QStringLiteral("http://C:/Data/Users/x/WEKIT_Audio_Step7.wav")),
        QStringLiteral("WEKIT_Audio_Step7.wav"));
    QCOMPARE(ContentDescriber::fileName(QStringLiteral("C:\\Users\\x\\clip.mp4")), QStringLiteral("clip.mp4"));
    QCOMPARE(ContentDescriber::fileName(QStringLiteral("https://h.example.org/a/b.png?x=1#y")), QStringLiteral("b.png"));
    QCOMPARE(ContentDescriber::fileName(QStringLiteral("resources://")), QString());
    QCOMPARE(ContentDescriber::fileName(QStringLiteral("https://example.org")), QString());
    QCOMPARE(ContentDescriber::webLink(QStringLiteral("http://C:/Data/Users/x/a.wav")), QString());
    QCOMPARE(ContentDescriber::webLink(QStringLiteral("file:///etc/passwd")), QString());
    QCOMPARE(ContentDescriber::webLink(QStringLiteral("javascript:alert(1)")), QString());
    QCOMPARE(ContentDescriber::webLink(QStringLiteral("https://example.org/a.png")), QStringLiteral("https://example.org/a.png"));
    QCOMPARE(ContentDescriber::kindName(QStringLiteral("GhostTracks")), QStringLiteral("Ghost track"));
    QCOMPARE(ContentDescriber::kindName(QStringLiteral("PICKANDPLACE")), QStringLiteral("Pick and place"));
    QCOMPARE(ContentDescriber::kindName(QStringLiteral("<b>x</b>")), QStringLiteral("<b>x</b>"));
}

QTEST_MAIN(TestStepContents)

#include "moc_tst_stepcontents.cpp"
