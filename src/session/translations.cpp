// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/translations.h"

#include "base/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace mirage {

QStringList Translations::available()
{
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("miragedesk_*.qm")}, QDir::Files, QDir::Name);
    QStringList out;
    for (const QString &f : files) {
        const QString code = f.mid(int(qstrlen("miragedesk_")), f.size() - int(qstrlen("miragedesk_")) - 3);
        if (code != QLatin1String("en")) // English is the source; its file holds only the plural forms
            out << code;
    }
    return out;
}

QLocale Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    m_own = std::make_unique<QTranslator>();
    // QTranslator::load(QLocale, …) tries each of the locale's UI languages in turn ("de-AT", "de").
    if (m_own->load(locale, QStringLiteral("miragedesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(m_own.get());
    else
        m_own.reset(); // English: the source strings
    m_qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // qt_<lang>.qm names the catalogues of the modules (qtbase_, qtdeclarative_, …) and loads them.
    if (m_qt->load(locale,
            QStringLiteral("qt"), QStringLiteral("_"), qtDir) || m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        app->installTranslator(m_qt.get());
    } else {
        if (locale.language() != QLocale::English && locale.language() != QLocale::C)
            qCInfo(lcApp).noquote() << "no Qt translation for" << locale.name() << "in" << qtDir;
        m_qt.reset();
    }
    return locale;
}

} // namespace mirage
