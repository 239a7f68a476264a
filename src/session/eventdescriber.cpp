// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/eventdescriber.h"

#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/filemodel.h"
#include "session/jsontext.h"
#include "session/peopledirectory.h"

namespace mirage {

QString EventDescriber::categoryOf(const ApplyResult &r)
{
    if (!r.hasId)
        return QStringLiteral("other");
    switch (r.category()) {
    case EventCategory::Activity:
        return QStringLiteral("activity");
    case EventCategory::User:
        return QStringLiteral("people");
    case EventCategory::Notification:
        return QStringLiteral("alerts");
    case EventCategory::File:
        return QStringLiteral("files");
    case EventCategory::Future:
        break;
    }
    return QStringLiteral("other");
}

EventLogModel::Entry EventDescriber::snapshotLoaded(size_t steps) const
{
    return {0, QDateTime::currentDateTime(), 0,
        QStringLiteral("snapshot"),
            QStringLiteral("activity"), true,
                steps == 1 ? tr("activity loaded from the server (1 step)") : tr("activity loaded from the server (%1 steps)").arg(steps)};
}

EventLogModel::Entry EventDescriber::snapshotFailed(const QString &reason) const
{
    return {0, QDateTime::currentDateTime(), 0,
        QStringLiteral("snapshot"), QStringLiteral("activity"), false, tr("could not load the activity: %1").arg(reason)};
}

QString EventDescriber::steps(const ArrayDelta &d) const
{
    QStringList steps;
    if (d.replaced)
        steps << tr("replaced");
    if (!d.changed.empty())
        steps << tr("%1 changed").arg(d.changed.size());
    if (!d.inserted.empty())
        steps << tr("%1 added").arg(d.inserted.size());
    if (!d.removed.empty())
        steps << tr("%1 removed").arg(d.removed.size());
    if (d.reordered)
        steps << tr("reordered");
    return steps.isEmpty() ? QString() : tr("steps: %1").arg(steps.join(QStringLiteral(", ")));
}

QString EventDescriber::fileName(const ApplyResult &r) const
{
    const QString subject = QString::fromStdString(r.subjectId);
    QString name;
    if (r.subjectRemoved) {
        const int row = m_files.rowOf(subject); // the row stays until this frame's replay
        name = row >= 0 ? m_files.index(row).data(FileModel::NameRole).toString() : QString();
    } else if (JsonArray *files = JsonText::arrayOf(&m_state.files())) {
        const uint32_t slot = files->findById(r.subjectId);
        if (slot != JsonArray::npos)
            name = JsonText::firstField(&files->slot(slot), {"name", "filename"});
    }
    return name.isEmpty() ? subject : name;
}

QString EventDescriber::fileDetail(const ApplyResult &r) const
{
    JsonArray *files = r.subjectRemoved ? nullptr : JsonText::arrayOf(&m_state.files());
    const uint32_t slot = files ? files->findById(r.subjectId) : JsonArray::npos;
    if (slot == JsonArray::npos)
        return {};
    const JsonValue &f = files->slot(slot);
    QString detail;
    const JsonValue *size = f.find("size");
    if (size && size->isNumber())
        detail = JsonText::humanSize(size->toDouble());
    QString by = JsonText::field(&f, "uploaded_by");
    if (const QString known = m_people.name(by); !known.isEmpty())
        by = known;
    if (!by.isEmpty())
        detail = detail.isEmpty() ? tr("by %1").arg(by) : tr("%1, by %2").arg(detail, by);
    return detail;
}

EventLogModel::Entry EventDescriber::logEntry(const ReceivedMessage &m) const
{
    const ApplyResult &r = m.result;
    EventLogModel::Entry e;
    e.seq = m.seq;
    e.time = QDateTime::currentDateTime();
    e.eventId = r.hasId ? int(r.id) : 0;
    e.name = r.hasId ? QString::fromLatin1(r.name().data(), qsizetype(r.name().size())) : QStringLiteral("unreadable");
    e.category = categoryOf(r);
    e.applied = r.applied;
    if (!r.applied) {
        e.summary = QString::fromStdString(r.errorText());
        return e;
    }
    QStringList what;
    if (r.changes & ApplyResult::ActivityReplaced)
        what << tr("activity replaced");
    if (r.changes & ApplyResult::ActivityMerged) {
        QStringList fields;
        for (const std::string &f : r.fields)
            fields << QString::fromStdString(f);
        fields.removeDuplicates();
        what << (fields.isEmpty() ? tr("nothing changed") : tr("changed %1").arg(fields.join(QStringLiteral(", "))));
        if (const QString s = steps(r.steps); !s.isEmpty())
            what << s;
    }
    if (r.changes & ApplyResult::ActivityDeleted)
        what << tr("activity deleted");
    if (r.changes & ApplyResult::HashChanged)
        what << tr("hash %1").arg(QString::fromStdString(m_state.hash()));
    if (r.changes & ApplyResult::ParticipantsChanged) {
        const QString who = m_people.nameOrId(r.subjectId);
        if (r.subjectRemoved)
            what << tr("%1 left").arg(who);
        else if (r.id == EventId::UserJoined)
            what << tr("%1 joined").arg(who);
        else
            what << tr("%1 updated").arg(who);
    }
    if (r.changes & ApplyResult::FilesChanged) {
        const QString file = fileName(r);
        if (r.subjectRemoved)
            what << tr("file %1 deleted").arg(file);
        else if (r.id == EventId::FileUploaded)
            what << (fileDetail(r).isEmpty() ? tr("file %1 uploaded").arg(file) : tr("file %1 uploaded (%2)").arg(file, fileDetail(r)));
        else
            what << tr("file %1 updated").arg(file);
    }
    if (r.changes & ApplyResult::ActivityListChanged)
        what << tr("activity list refreshed");
    if (r.changes & ApplyResult::Notification)
        what << QString::fromStdString(r.title.empty() ? r.message : r.title);
    if (what.isEmpty())
        what << tr("no change");
    e.summary = what.join(QLatin1Char(' '));
    return e;
}

std::optional<NotificationRequest> EventDescriber::popup(const ApplyResult &r, const QString &activityTitle) const
{
    if (!r.applied)
        return std::nullopt;
    if (r.changes & ApplyResult::ActivityDeleted) {
        return NotificationRequest {NotificationRequest::Alerts,
            QStringLiteral("deleted"), tr("Activity deleted"),
                activityTitle.isEmpty() ? tr("The activity was deleted on the server.")
                                        : tr("“%1” was deleted on the server.").arg(activityTitle),
                NotificationRequest::Normal, QStringLiteral("log"), QString()};
    }
    if ((r.changes & ApplyResult::ParticipantsChanged) && (r.id == EventId::UserJoined || r.id == EventId::UserLeft)) {
        const bool joined = r.id == EventId::UserJoined;
        const QString who = m_people.nameOrId(r.subjectId);
        const QString key = JsonText::idKey(r.subjectId);
        NotificationRequest n {NotificationRequest::People,
            QStringLiteral("person:") + key, joined ? tr("%1 joined").arg(who) : tr("%1 left").arg(who),
                joined ? tr("Joined the activity “%1”.").arg(activityTitle) : tr("Left the activity “%1”.").arg(activityTitle),
                NotificationRequest::Normal, QStringLiteral("people"), joined ? key : QString()};
        n.group = joined ? QStringLiteral("joined") : QStringLiteral("left");
        n.event = joined ? NotificationRequest::Joined : NotificationRequest::Left;
        n.who = who;
        n.activity = activityTitle;
        return n;
    }
    if ((r.changes & ApplyResult::FilesChanged) && (r.id == EventId::FileUploaded || r.id == EventId::FileDeleted)) {
        const bool uploaded = r.id == EventId::FileUploaded;
        const QString name = fileName(r);
        const QString detail = fileDetail(r);
        const QString key = JsonText::idKey(r.subjectId);
        NotificationRequest n {NotificationRequest::Files,
            QStringLiteral("file:") + key, uploaded ? tr("File uploaded: %1").arg(name) : tr("File deleted: %1").arg(name),
                detail.isEmpty() ? activityTitle : detail, NotificationRequest::Normal,
                QStringLiteral("files"), uploaded ? key : QString()};
        n.group = uploaded ? QStringLiteral("uploaded") : QStringLiteral("deleted-files");
        n.event = uploaded ? NotificationRequest::Uploaded : NotificationRequest::FileDeleted;
        n.who = uploaded ? uploaderName(r) : QString();
        n.activity = activityTitle;
        return n;
    }
    if (r.changes & ApplyResult::Notification)
        return messagePopup(r);
    return std::nullopt;
}

QString EventDescriber::uploaderName(const ApplyResult &r) const
{
    JsonArray *files = JsonText::arrayOf(&m_state.files());
    const uint32_t slot = files ? files->findById(r.subjectId) : JsonArray::npos;
    if (slot == JsonArray::npos)
        return {};
    const QString by = JsonText::field(&files->slot(slot), "uploaded_by");
    const QString known = m_people.name(by);
    return known.isEmpty() ? by : known;
}

std::optional<NotificationRequest> EventDescriber::messagePopup(const ApplyResult &r) const
{
    const bool alert = r.id == EventId::SystemAlert;
    const QString level = QString::fromStdString(r.level).toLower();
    NotificationRequest::Urgency urgency = NotificationRequest::Normal;
    if (level == QLatin1String("critical") || level == QLatin1String("error"))
        urgency = NotificationRequest::Critical;
    else if (level == QLatin1String("debug") || level == QLatin1String("low"))
        urgency = NotificationRequest::Low;
    QString title = QString::fromStdString(r.title);
    if (title.isEmpty())
        title = alert ? tr("System alert") : tr("Notification");
    return NotificationRequest {alert ? NotificationRequest::Alerts : NotificationRequest::Messages,
        (alert ? QStringLiteral("alert:") : QStringLiteral("message:")) + title, title, QString::fromStdString(r.message), urgency,
            QStringLiteral("log"), QString()};
}

} // namespace mirage
