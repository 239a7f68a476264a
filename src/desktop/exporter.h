// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/activitysession.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace mirage {

class EventLogModel;
class JsonValue;

// "Save the activity as JSON…" and "Export the log…" (issue #13): writes the session's current
// activity document as indented JSON (the same values, members in the same order as received), or
// its log as plain text, one line a row: "time  text" (a folded row ends with "×N"). Each file is
// written whole or not at all (QSaveFile). A failure is kept in `error` (the window shows it until
// dismissed) and the call answers false; it is never dropped.
class Exporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Why the last save failed; empty after a success or dismissError().
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    // Where the file dialogs start: the user's documents folder (home when there is none).
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT FINAL)
public:
    explicit Exporter(QObject *parent = nullptr);

    QString error() const { return m_error; }
    static QUrl defaultFolder();

    // `file`: a file: URL or an absolute path; anything else is refused (error).
    Q_INVOKABLE bool saveActivity(mirage::ActivitySession *session, const QUrl &file);
    Q_INVOKABLE bool exportLog(mirage::ActivitySession *session, const QUrl &file);
    Q_INVOKABLE void dismissError();

    // The texts written (for tests and for the two invokables).
    static QByteArray activityJson(const JsonValue &activity);
    static QByteArray logText(const EventLogModel &log);
    // Compact JSON text indented by four spaces a level; strings and numbers are kept as they are.
    static QByteArray indented(const QByteArray &compact);

Q_SIGNALS:
    void errorChanged();
    // A file was written (the window may say so).
    void saved(const QString &path);

private:
    bool write(const QUrl &file, const QByteArray &data);
    void setError(const QString &error);

    QString m_error;
};

} // namespace mirage
