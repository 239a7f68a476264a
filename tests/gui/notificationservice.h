// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A notification daemon in the test process: org.freedesktop.Notifications on the (private)
// session bus, over a connection of its own, so the app talks to it through the real bus as to
// any daemon. It says the capabilities it is given, records every Notify, gives ids as a daemon
// does (a replaced popup keeps its id) and can be "clicked": ActivationToken (spec 1.2) then
// ActionInvoked. displayed() is what a daemon with those capabilities puts on the screen.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint replaces = 0, id = 0;
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
        int expireMs = 0;
    };

    explicit NotificationService(QStringList capabilities, QObject *parent = nullptr);
    ~NotificationService() override;

    // Takes the service name on a new connection called `connectionName` (from the daemon that has
    // it, if any: they all allow replacement).
    bool start(const QString &connectionName);
    void stop();
    QString uniqueName() const { return m_bus.baseService(); }

    // The daemon's user clicks popup `id`: the token first (when there is one), then the action.
    void click(uint id, const QString &activationToken, const QString &action = QStringLiteral("default"));
    // The body as the user reads it: markup read (tags dropped, entities decoded) when the daemon
    // says "body-markup", the characters as they came otherwise.
    QString displayed(const Call &call) const;
    // Pango/HTML-like markup as a daemon renders it to text.
    static QString readMarkup(const QString &markup);

    QStringList capabilities;
    int capabilityQueries = 0;
    QList<Call> calls;
    QHash<uint, Call> shown; // what each popup shows now

public Q_SLOTS:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replaces, const QString &icon, const QString &summary, const QString &body,
        const QStringList &actions, const QVariantMap &hints, int expireMs);
    void CloseNotification(uint id);

private:
    QDBusConnection m_bus {QString()};
    QString m_connectionName;
};
