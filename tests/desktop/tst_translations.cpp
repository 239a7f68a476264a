// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The languages (issue #15) without a window: English plural forms in every program, German and
// Italian installed as the window installs them, numbers and sizes in the locale, the language
// setting, rejections in the window's words, and `replay` printing SPEC's English whatever the
// language of its environment.

#include "desktop/appsettings.h"
#include "protocol/rejectiontext.h"
#include "session/jsontext.h"
#include "session/translations.h"
#include "sync/connectiontext.h"
#include "sync/urlproblemtext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace mirage;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void englishHasItsPluralForms();
    void theTranslationsAreThere();
    void germanAsTheWindowInstallsIt();
    void theLanguageSettingRefusesWhatIsNotOffered();
    void headlessOutputStaysEnglish();
    void cleanupTestCase();

private:
    static QString steps(int n) { return QCoreApplication::translate("mirage::EventDescriber", "%n steps", nullptr, n); }
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().store().clear();
}

void TestTranslations::englishHasItsPluralForms()
{
    // Installed when the application started (base/englishplurals.cpp), no call needed.
    QCOMPARE(steps(1), QStringLiteral("1 step"));
    QCOMPARE(steps(2), QStringLiteral("2 steps"));
    QCOMPARE(JsonText::humanSize(1), QStringLiteral("1 byte"));
    QCOMPARE(JsonText::humanSize(12), QStringLiteral("12 bytes"));
    QCOMPARE(QCoreApplication::translate("mirage::StepModel", "%1 is here", "people: %n of them", 2).arg("A and B"),
        QStringLiteral("A and B are here"));
}

void TestTranslations::theTranslationsAreThere()
{
    QCOMPARE(Translations::available(), (QStringList {QStringLiteral("de"), QStringLiteral("it")}));
}

void TestTranslations::germanAsTheWindowInstallsIt()
{
    Translations german;
    QCOMPARE(german.install(QCoreApplication::instance(), QStringLiteral("de")).name(), QStringLiteral("de_DE"));
    QCOMPARE(steps(1), QStringLiteral("1 Schritt"));
    QCOMPARE(steps(40), QStringLiteral("40 Schritte"));
    QCOMPARE(JsonText::humanSize(1'250'000), QStringLiteral("1,2 MB")); // the locale's digits and unit
    QCOMPARE(QCoreApplication::translate("mirage::FileModel", "%Ln downloads", nullptr, 12345), QStringLiteral("12.345 Downloads"));
    Rejection r;
    r.reason = RejectReason::ActivityIdMismatch;
    r.value = "other";
    QCOMPARE(RejectionText::sentence(r), QStringLiteral("„activity_id“ nennt eine andere Aktivität (other)"));
    QCOMPARE(UrlProblemText::sentence({UrlProblem::NoHost, {}, {}}), QStringLiteral("Die Server-URL enthält keinen Rechnernamen."));
    // A snapshot that is not an activity: worded from its code, not the state's English.
    SnapshotFailure notJson;
    notJson.reason = SnapshotFailure::Reason::Rejected;
    notJson.loadProblem = LoadProblem::NotJson;
    notJson.detail = QStringLiteral("snapshot is not JSON: TAPE_ERROR");
    QCOMPARE(ConnectionText::snapshotLogLine(notJson),
        QStringLiteral("die Aktivität konnte nicht geladen werden: der Gesamtstand ist kein gültiges JSON"));
    // Qt's own words come from the system's qt_de.qm (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::theLanguageSettingRefusesWhatIsNotOffered()
{
    AppSettings settings;
    settings.setLanguageInUse(QString());
    QCOMPARE(settings.language(), QString());
    QVERIFY(!settings.restartNeeded());
    QVERIFY(!settings.setLanguage(QStringLiteral("xx")));
    QVERIFY(!settings.setLanguage(QStringLiteral("../de")));
    QCOMPARE(settings.language(), QString());
    QSignalSpy changed(&settings, &AppSettings::changed);
    QVERIFY(settings.setLanguage(QStringLiteral("it")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings().language(), QStringLiteral("it")); // kept for the next start
    QVERIFY(settings.restartNeeded());
    QStringList names;
    for (const QVariant &v : settings.languages())
        names << v.toMap().value(QStringLiteral("name")).toString();
    QCOMPARE(names,
        (QStringList {QStringLiteral("As the system"), QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Italiano")}));
}

void TestTranslations::headlessOutputStaysEnglish()
{
    // `replay --print-events` in a German environment prints what it prints in English, rejections too.
    QTemporaryDir dir;
    const QString events = dir.filePath(QStringLiteral("events.ndjson"));
    QFile::copy(QStringLiteral(MIRAGEDESK_TEST_DATA "/sample-events.ndjson"), events);
    QFile file(events);
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n{\"id\": \"x\"}\nnot json\n{\"id\": 102}\n");
    file.close();
    auto replay = [&events](const QString &language) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LC_ALL"), language.isEmpty() ? QStringLiteral("C.UTF-8") : QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MIRAGEDESK_BINARY),
            {QStringLiteral("replay"),
                QStringLiteral(MIRAGEDESK_TEST_DATA "/sample-activity.json"), events,
                    QStringLiteral("--print-events"), QStringLiteral("--dump-state"), QStringLiteral("-")});
        p.waitForFinished(60000);
        return p.readAllStandardOutput() + "\n---\n" + p.readAllStandardError();
    };
    const QByteArray english = replay(QString());
    QVERIFY2(english.contains("\"applied\":true"), english.constData());
    QVERIFY2(english.contains("\"error\":\"event \\\"id\\\" is a string, not an integer\""), english.constData());
    QCOMPARE(replay(QStringLiteral("de")), english);
}

void TestTranslations::cleanupTestCase()
{
    AppSettings().store().clear();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
