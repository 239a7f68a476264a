// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// English plural forms (translations/miragedesk_en.ts: only the strings with %n), installed when
// the QCoreApplication starts in every program: the window, `watch`, `replay` and the tests (the
// formatters of protocol and sync write for the headless programs too). Without it Qt writes "%n
// steps" as "1 steps". It is no language: the headless programs print the English source. A
// language chosen later (session/translations.h) is installed over it and looked up first.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    auto *english = new QTranslator(QCoreApplication::instance()); // lives as long as the application
    if (english->load(QStringLiteral(":/i18n/miragedesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
