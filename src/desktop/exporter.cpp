// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/exporter.h"

#include "base/logging.h"
#include "protocol/activitystate.h"
#include "protocol/jsonvalue.h"
#include "session/activitysession.h"
#include "session/eventlogmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace mirage {

Exporter::Exporter(QObject *parent)
    : QObject(parent)
{
}

QUrl Exporter::defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QUrl::fromLocalFile(folder);
}

QByteArray Exporter::indented(const QByteArray &compact)
{
    QByteArray out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            const char next = i + 1 < compact.size() ? compact.at(i + 1) : 0;
            if (next == '}' || next == ']') { // empty: {} or []
                out += next;
                ++i;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    out += '\n';
    return out;
}

QByteArray Exporter::activityJson(const JsonValue &activity)
{
    return indented(QByteArray::fromStdString(activity.toJson()));
}

QByteArray Exporter::logText(const EventLogModel &log)
{
    QByteArray out;
    for (int row = 0; row < log.rowCount(); ++row) {
        const QModelIndex index = log.index(row, 0);
        const QDateTime time = index.data(EventLogModel::TimeRole).toDateTime();
        // The row's text as the window shows it: the summary, and "×N" when folded.
        const QString text = index.data(Qt::DisplayRole).toString();
        out += time.toString(Qt::ISODateWithMs).toUtf8() + "  " + text.toUtf8() + '\n';
    }
    return out;
}

bool Exporter::saveActivity(ActivitySession *session, const QUrl &file)
{
    if (!session || session->state().activity().isNull()) {
        setError(tr("There is no activity to save yet."));
        return false;
    }
    return write(file, activityJson(session->state().activity()));
}

bool Exporter::exportLog(ActivitySession *session, const QUrl &file)
{
    if (!session) {
        setError(tr("There is no log to export: no activity is open."));
        return false;
    }
    return write(file, logText(*session->eventLog()));
}

void Exporter::dismissError()
{
    setError(QString());
}

bool Exporter::write(const QUrl &file, const QByteArray &data)
{
    // Qt 6.4's own file dialog (no platform dialog) hands back a bare path, without "file:".
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.scheme().isEmpty() ? file.path() : QString();
    if (path.isEmpty() || QFileInfo(path).isRelative()) {
        setError(tr("Only a file on this computer can be written (%1).").arg(file.toDisplayString(QUrl::RemoveQuery)));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        qCWarning(lcApp) << "could not write" << path << reason;
        setError(tr("%1 could not be written: %2").arg(path, reason));
        return false;
    }
    qCInfo(lcApp) << "wrote" << path << data.size() << "bytes";
    setError(QString());
    Q_EMIT saved(path);
    return true;
}

void Exporter::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace mirage
