// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>

class QCoreApplication;

namespace mirage {

// The window's language (issue #15): MirageDesk's own translations (compiled in under :/i18n, from
// translations/*.ts) and Qt's (qt_<lang>.qm, which loads qtbase_ and qtdeclarative_, from the
// system's Qt translations directory, Debian's qt6-translations-l10n: the dialogs' standard
// buttons, the context menus of text fields). The language is the user's choice in Settings, else
// the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). It is chosen once at start (DesktopApp); a
// change in Settings applies at the next start. A right-to-left language (Qt's own translation says
// so) turns the application's layout direction to right-to-left, which the window mirrors. Only the
// window installs these: `watch` and `replay` print SPEC's English (they get the English plural
// forms alone, base/englishplurals.cpp).
class Translations
{
public:
    // The languages MirageDesk is translated into, besides English, as QLocale names ("de", "it").
    static QStringList available();
    // `language`: "" for the system's, or a QLocale name. Installs the translators on `app` and makes
    // the chosen locale the default (numbers, dates and sizes follow it). Returns the locale used.
    QLocale install(QCoreApplication *app, const QString &language);

private:
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace mirage
