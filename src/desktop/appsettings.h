// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QRect>
#include <QSettings>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mirage {

// What the app remembers between runs (QSettings): the last server, which popups the user wants,
// the appearance (system, light or dark: applied to the application's palette) and the window's
// place and size.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The settings belong to the AppController")
    Q_PROPERTY(QString lastServer READ lastServer WRITE setLastServer NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyFiles READ notifyFiles WRITE setNotifyFiles NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyPeople READ notifyPeople WRITE setNotifyPeople NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyAlerts READ notifyAlerts WRITE setNotifyAlerts NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyMessages READ notifyMessages WRITE setNotifyMessages NOTIFY changed FINAL)
    Q_PROPERTY(QString appearance READ appearance WRITE setAppearance NOTIFY changed FINAL)
    // The window's language: "" (the system's) or a QLocale name from `languages`; applied at the
    // next start (`restartNeeded` until then).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed FINAL)
    // The choices: {code, name}, the system's first ("" and "System"), each name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT FINAL)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY changed FINAL)
public:
    explicit AppSettings(QObject *parent = nullptr);

    QSettings &store() { return m_settings; }
    QString lastServer() const;
    void setLastServer(const QString &server);
    bool notifyFiles() const { return flag("files"); }
    bool notifyPeople() const { return flag("people"); }
    bool notifyAlerts() const { return flag("alerts"); }
    bool notifyMessages() const { return flag("messages"); }
    void setNotifyFiles(bool on) { setFlag("files", on); }
    void setNotifyPeople(bool on) { setFlag("people", on); }
    void setNotifyAlerts(bool on) { setFlag("alerts", on); }
    void setNotifyMessages(bool on) { setFlag("messages", on); }
    // By kind name: files, people, alerts, messages.
    Q_INVOKABLE bool notificationsEnabled(const QString &kind) const;

    // "system", "light" or "dark"; anything else is refused (false) and changes nothing.
    QString appearance() const;
    Q_INVOKABLE bool setAppearance(const QString &mode);
    // Sets the application's palette for the appearance ("system": the platform's own).
    void applyAppearance() const;

    QString language() const;
    // A code of `languages`; anything else is refused (false) and changes nothing.
    Q_INVOKABLE bool setLanguage(const QString &code);
    QVariantList languages() const;
    // The language this run started with (DesktopApp tells it), to say whether a restart is needed.
    void setLanguageInUse(const QString &code);
    bool restartNeeded() const { return language() != m_languageInUse; }

    // The window's place and size at the last quit (an invalid rect when none was saved).
    QRect windowGeometry() const;
    bool windowMaximised() const;
    void saveWindow(const QRect &geometry, bool maximised);
    // Where the window goes: the saved geometry moved and shrunk into the available screen area,
    // or (none saved) the preferred size, at most 90% of the available area, centred in it.
    static QRect fitWindow(const QRect &saved, const QSize &preferred, const QRect &available);

Q_SIGNALS:
    void changed();

private:
    bool flag(const char *kind) const;
    void setFlag(const char *kind, bool on);

    QSettings m_settings;
    QString m_languageInUse;
};

} // namespace mirage
