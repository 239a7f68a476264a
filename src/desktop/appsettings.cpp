// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/appsettings.h"

#include "session/translations.h"
#include "store/privatefiles.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace mirage {

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    // Readable by the user alone (issue #23): the folder 0700 and the file 0600 before QSettings
    // first writes it (it keeps the permissions of the file it replaces).
    const QString file = m_settings.fileName();
    PrivateFiles::makeFolder(QFileInfo(file).absolutePath());
    PrivateFiles::makeFile(file);
}

QString AppSettings::lastServer() const
{
    return m_settings.value(QStringLiteral("server/last")).toString();
}

void AppSettings::setLastServer(const QString &server)
{
    if (server == lastServer())
        return;
    m_settings.setValue(QStringLiteral("server/last"), server);
    Q_EMIT changed();
}

bool AppSettings::notificationsEnabled(const QString &kind) const
{
    return flag(kind.toLatin1().constData());
}

bool AppSettings::flag(const char *kind) const
{
    return m_settings.value(QStringLiteral("notifications/%1").arg(QLatin1String(kind)), true).toBool();
}

void AppSettings::setFlag(const char *kind, bool on)
{
    if (flag(kind) == on)
        return;
    m_settings.setValue(QStringLiteral("notifications/%1").arg(QLatin1String(kind)), on);
    Q_EMIT changed();
}

QString AppSettings::appearance() const
{
    const QString mode = m_settings.value(QStringLiteral("appearance/mode")).toString();
    return mode == QLatin1String("light") || mode == QLatin1String("dark") ? mode : QStringLiteral("system");
}

bool AppSettings::setAppearance(const QString &mode)
{
    if (mode != QLatin1String("system") && mode != QLatin1String("light") && mode != QLatin1String("dark"))
        return false;
    if (mode != appearance()) {
        m_settings.setValue(QStringLiteral("appearance/mode"), mode);
        applyAppearance();
        Q_EMIT changed();
    }
    return true;
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(QStringLiteral("appearance/language")).toString();
    return code == QLatin1String("en") || Translations::available().contains(code) ? code : QString();
}

bool AppSettings::setLanguage(const QString &code)
{
    if (!code.isEmpty() && code != QLatin1String("en") && !Translations::available().contains(code))
        return false;
    if (code != language()) {
        m_settings.setValue(QStringLiteral("appearance/language"), code);
        Q_EMIT changed();
    }
    return true;
}

void AppSettings::setLanguageInUse(const QString &code)
{
    m_languageInUse = code;
    Q_EMIT changed();
}

QVariantList AppSettings::languages() const
{
    // Each language named in itself ("Deutsch", "Italiano"), so that anyone finds their own.
    auto entry = [](const QString &code, QString name) {
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return QVariantMap {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    };
    QVariantList out {entry(QString(), tr("As the system")), entry(QStringLiteral("en"), QStringLiteral("English"))};
    for (const QString &code : Translations::available())
        out << entry(code, QLocale(code).nativeLanguageName());
    return out;
}

namespace {

QPalette makePalette(bool dark)
{
    // Base colours; the disabled group gets the placeholder colour for its texts.
    const QColor window = dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef);
    const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(0xff, 0xff, 0xff);
    const QColor alternate = dark ? QColor(0x26, 0x26, 0x26) : QColor(0xf5, 0xf5, 0xf5);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1b, 0x1b, 0x1b);
    const QColor muted = dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6b, 0x6b, 0x6b);
    const QColor button = dark ? QColor(0x35, 0x35, 0x35) : QColor(0xe6, 0xe6, 0xe6);
    const QColor highlight = dark ? QColor(0x3d, 0x8e, 0xe0) : QColor(0x30, 0x8c, 0xc6);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x00, 0x55, 0xb3));
    p.setColor(QPalette::LinkVisited, dark ? QColor(0xb3, 0x8c, 0xff) : QColor(0x6a, 0x1b, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

} // namespace

void AppSettings::applyAppearance() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    const QString mode = appearance();
    if (mode == QLatin1String("system"))
        QGuiApplication::setPalette(QPalette()); // back to the platform's palette
    else
        QGuiApplication::setPalette(makePalette(mode == QLatin1String("dark")));
}

QRect AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toRect();
}

bool AppSettings::windowMaximised() const
{
    return m_settings.value(QStringLiteral("window/maximised"), false).toBool();
}

void AppSettings::saveWindow(const QRect &geometry, bool maximised)
{
    if (geometry.isValid())
        m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/maximised"), maximised);
}

QRect AppSettings::fitWindow(const QRect &saved, const QSize &preferred, const QRect &available)
{
    if (!available.isValid())
        return saved.isValid() ? saved : QRect(QPoint(0, 0), preferred);
    if (!saved.isValid()) {
        const QSize size(qMin(preferred.width(), available.width() * 9 / 10), qMin(preferred.height(), available.height() * 9 / 10));
        QRect r(QPoint(0, 0), size);
        r.moveCenter(available.center());
        return r;
    }
    QRect r(saved.topLeft(), saved.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

} // namespace mirage
