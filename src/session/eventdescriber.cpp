// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/eventdescriber.h"

#include "protocol/activitystate.h"
#include "protocol/activityview.h"
#include "protocol/fileview.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "protocol/personview.h"
#include "protocol/rejectiontext.h"
#include "protocol/stepview.h"
#include "session/jsontext.h"
#include "session/peopledirectory.h"
#include "session/stepmodel.h"

#include <algorithm>

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

EventLogModel::Entry EventDescriber::snapshotLoaded(size_t steps, bool resync) const
{
    if (resync)
        return {0, QDateTime::currentDateTime(), 0,
            QStringLiteral("snapshot"),
                QStringLiteral("connection"), true, tr("Reloaded from the server (resynced)"), QString(), QString(),
                    tr("%n steps", nullptr, int(steps))};
    return {0, QDateTime::currentDateTime(), 0,
        QStringLiteral("snapshot"),
            QStringLiteral("activity"), true, tr("Activity loaded from the server (%n steps)", nullptr, int(steps)),
                QStringLiteral("steps"), QString(), QString()};
}

EventLogModel::Entry EventDescriber::snapshotFailed(const QString &reason) const
{
    return {0, QDateTime::currentDateTime(), 0,
        QStringLiteral("snapshot"),
            QStringLiteral("activity"), false, tr("Could not load the activity: %1").arg(reason), QString(), QString(), QString()};
}

EventLogModel::Entry EventDescriber::connectionEntry(const QString &summary, const QString &details, bool ok)
{
    return {0, QDateTime::currentDateTime(), 0,
        QStringLiteral("connection"), QStringLiteral("connection"), ok, summary, QString(), QString(), details};
}

LogFacts::Step EventDescriber::stepFacts(const std::string &id) const
{
    LogFacts::Step ref;
    ref.id = id;
    // The row the user sees until this frame replays: the step's number and its name before.
    const int row = m_steps.rowOfId(id);
    ref.row = row;
    if (row >= 0)
        ref.oldName = m_steps.index(row).data(StepModel::NameRole).toString();
    if (JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()))) {
        const uint32_t slot = steps->findById(id);
        if (slot != JsonArray::npos)
            ref.newName = JsonText::text(StepView(&steps->slot(slot)).name());
    }
    return ref;
}

EventDescriber::StepRef EventDescriber::stepRef(const LogFacts::Step &facts, int fallbackNumber)
{
    StepRef ref;
    ref.id = QString::fromStdString(facts.id);
    ref.oldName = facts.oldName;
    ref.newName = facts.newName;
    const int row = facts.row;
    const int number = row >= 0 ? row + 1 : fallbackNumber;
    const QString name = ref.oldName.isEmpty() ? ref.newName : ref.oldName;
    if (number > 0)
        ref.label = name.isEmpty() ? QString::number(number) : tr("%1 “%2”", "step number and name").arg(number).arg(name);
    else
        ref.label = name.isEmpty() ? tr("(unnamed)") : tr("“%1”", "a step's name").arg(name);
    return ref;
}

void EventDescriber::describeSteps(const LogFacts &k, QStringList &what)
{
    const ArrayDelta &d = k.result.steps;
    if (d.empty())
        return;
    if (d.replaced) {
        what << tr("All steps replaced");
        return;
    }
    const int live = k.liveSteps;
    if (d.reordered) {
        what << tr("Steps reordered");
    } else if (d.changed.size() == 1) {
        const StepRef s = stepRef(k.changedStep, 0);
        if (!s.oldName.isEmpty() && !s.newName.isEmpty() && s.oldName != s.newName)
            what << tr("Step %1 renamed to “%2”").arg(s.label, s.newName);
        else
            what << tr("Step %1 edited").arg(s.label);
    } else if (!d.changed.empty()) {
        what << tr("%n steps edited", nullptr, int(d.changed.size()));
    }
    if (d.inserted.size() == 1) {
        const StepRef s = stepRef(k.insertedStep, live);
        what << tr("Step %1 added").arg(s.label);
    } else if (!d.inserted.empty()) {
        what << tr("%n steps added", nullptr, int(d.inserted.size()));
    }
    if (d.removed.size() == 1) {
        what << tr("Step %1 deleted").arg(stepRef(k.removedStep, 0).label);
    } else if (!d.removed.empty()) {
        what << tr("%n steps deleted", nullptr, int(d.removed.size()));
    }
}

void EventDescriber::describeActivity(const LogFacts &k, QStringList &what)
{
    const ApplyResult &r = k.result;
    if (r.changes & ApplyResult::ActivityReplaced)
        what << (r.id == EventId::ActivityCreated ? tr("Activity created") : tr("Activity reloaded"));
    if (r.changes & ApplyResult::ActivityMerged) {
        bool other = false;
        for (const std::string &f : r.fields) {
            if (ActivityView::isNameField(f)) {
                const QString &name = k.activityName;
                what << (name.isEmpty() ? tr("Activity renamed") : tr("Renamed to “%1”").arg(name));
            } else if (ActivityView::isDescriptionField(f)) {
                what << tr("Description edited");
            } else if (ActivityView::isConfigField(f)) {
                what << tr("Settings changed");
            } else if (f != k.stepsKey) {
                other = true;
            }
        }
        if (other)
            what << tr("Activity details changed");
        describeSteps(k, what);
        if (r.fields.empty() && r.steps.empty())
            what << tr("Nothing changed");
    }
    if (r.changes & ApplyResult::ActivityDeleted)
        what << tr("Activity deleted on the server");
    if (r.changes & ApplyResult::HashChanged)
        what << tr("Version fingerprint received");
}

void EventDescriber::describePerson(const LogFacts &k, QStringList &what)
{
    const ApplyResult &r = k.result;
    const QString &who = k.who, &previousName = k.previousName;
    if (r.subjectRemoved) {
        what << tr("%1 left").arg(who);
        return;
    }
    if (r.id == EventId::UserJoined) {
        what << tr("%1 joined").arg(who);
        return;
    }
    if (!previousName.isEmpty() && previousName != who) {
        what << tr("%1 is now called %2").arg(previousName, who);
        return;
    }
    const QString &status = k.status;
    what << (status.isEmpty() ? tr("%1 updated their details").arg(who) : tr("%1 is now %2").arg(who, status));
}

void EventDescriber::describeFile(const LogFacts &k, QStringList &what)
{
    const ApplyResult &r = k.result;
    const QString &file = k.file;
    if (r.subjectRemoved) {
        what << tr("File “%1” deleted").arg(file);
        return;
    }
    if (r.id != EventId::FileUploaded) {
        what << (r.id == EventId::FileDownloaded ? tr("File “%1” downloaded").arg(file) : tr("File “%1” updated").arg(file));
        return;
    }
    const QString &size = k.size, &by = k.by;
    if (by.isEmpty())
        what << (size.isEmpty() ? tr("File “%1” uploaded").arg(file) : tr("File “%1” uploaded (%2)").arg(file, size));
    else
        what << (size.isEmpty() ? tr("%1 uploaded “%2”").arg(by, file) : tr("%1 uploaded “%2” (%3)").arg(by, file, size));
}

QString EventDescriber::fileName(const ApplyResult &r) const
{
    // As the message left it (a 402: as it was), else as last seen (the journal's too), else its id.
    return m_people.fileNameOr(r.subjectId, FileView(r.subject.get()).name());
}

QString EventDescriber::fileDetail(const ApplyResult &r) const
{
    const FileView f(r.subjectRemoved ? nullptr : r.subject.get());
    QString detail;
    if (const double bytes = f.size(); bytes >= 0)
        detail = JsonText::humanSize(bytes);
    if (const QString by = m_people.uploaderOf(f); !by.isEmpty())
        detail = detail.isEmpty() ? tr("by %1").arg(by) : tr("%1, by %2").arg(detail, by);
    return detail;
}

EventLogModel::Entry EventDescriber::logEntry(const ReceivedMessage &m, const QString &previousName) const
{
    const ApplyResult &r = m.result;
    EventLogModel::Entry e;
    e.seq = m.seq;
    e.time = QDateTime::currentDateTimeUtc(); // shown in local time (the conversion is most of a line's cost)
    e.eventId = r.hasId ? int(r.id) : 0;
    e.category = categoryOf(r);
    e.applied = r.applied;
    if (!r.applied) {
        e.name = r.hasId ? QString::fromLatin1(r.name().data(), qsizetype(r.name().size())) : QStringLiteral("unreadable");
        e.details = e.eventId > 0 ? QStringLiteral("%1 %2").arg(e.eventId).arg(e.name) : e.name;
        e.summary = RejectionText::sentence(r.rejection); // the words watch and replay print, translated
        return e;
    }
    // What the words will need, as it is now; the name, details and summary are made when shown.
    auto k = std::make_shared<LogFacts>();
    k->result = r;
    k->previousName = previousName;
    if ((r.changes & ApplyResult::ActivityMerged) && !r.steps.empty()) {
        e.section = QStringLiteral("steps");
        const JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
        k->liveSteps = steps ? int(steps->size()) : 0;
        if (!r.steps.replaced && !r.steps.reordered && r.steps.changed.size() == 1)
            k->changedStep = stepFacts(r.steps.changed.front());
        if (!r.steps.replaced && r.steps.inserted.size() == 1)
            k->insertedStep = stepFacts(r.steps.inserted.front());
        if (!r.steps.replaced && r.steps.removed.size() == 1)
            k->removedStep = stepFacts(r.steps.removed.front());
        if (!k->insertedStep.id.empty())
            e.itemId = QString::fromStdString(k->insertedStep.id);
        else if (!k->changedStep.id.empty())
            e.itemId = QString::fromStdString(k->changedStep.id);
    }
    if (r.changes & ApplyResult::ActivityMerged) {
        k->stepsKey = m_state.stepsKey();
        if (std::any_of(r.fields.begin(), r.fields.end(), [](const std::string &f) { return ActivityView::isNameField(f); }))
            k->activityName = JsonText::text(ActivityView(&m_state.activity()).name());
    }
    if (r.changes & ApplyResult::ParticipantsChanged) {
        k->who = m_people.nameOrId(r.subjectId);
        e.section = QStringLiteral("people");
        if (!r.subjectRemoved) {
            e.itemId = QString::fromStdString(r.subjectId);
            k->status = JsonText::text(PersonView(r.subject.get()).status()); // as this message left them
        }
    }
    if (r.changes & ApplyResult::FilesChanged) {
        k->file = fileName(r);
        e.section = QStringLiteral("files");
        if (!r.subjectRemoved)
            e.itemId = QString::fromStdString(r.subjectId);
        if (r.id == EventId::FileUploaded) {
            const FileView f(r.subject.get());
            if (const double bytes = f.size(); bytes >= 0)
                k->size = JsonText::humanSize(bytes);
            k->by = m_people.uploaderOf(f);
        }
    }
    e.facts = std::move(k);
    return e;
}

QString EventDescriber::sentence(const LogFacts &k)
{
    const ApplyResult &r = k.result;
    QStringList what;
    describeActivity(k, what);
    if (r.changes & ApplyResult::ParticipantsChanged)
        describePerson(k, what);
    if (r.changes & ApplyResult::FilesChanged)
        describeFile(k, what);
    if (r.changes & ApplyResult::ActivityListChanged)
        what << tr("List of activities refreshed");
    if (r.changes & ApplyResult::Notification) {
        const QString title = QString::fromStdString(r.title), message = QString::fromStdString(r.message);
        what << (title.isEmpty() || message.isEmpty() ? title + message : tr("%1: %2").arg(title, message));
    }
    if (what.isEmpty())
        what << (r.category() == EventCategory::Future || r.name().empty() ? tr("A message this version does not know")
                                                                           : tr("Nothing changed"));
    return what.join(QStringLiteral("; "));
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
        n.who = uploaded ? m_people.uploaderOf(FileView(r.subject.get())) : QString();
        n.activity = activityTitle;
        return n;
    }
    if (r.changes & ApplyResult::Notification)
        return messagePopup(r);
    return std::nullopt;
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
