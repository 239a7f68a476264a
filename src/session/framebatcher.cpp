// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/framebatcher.h"

#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "session/filemodel.h"
#include "session/jsontext.h"
#include "session/participantmodel.h"
#include "session/stepmodel.h"

namespace mirage {

FrameBatcher::FrameBatcher(
    const ActivityState &state, StepModel &steps, ParticipantModel &people, FileModel &files, EventLogModel &log, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_steps(steps)
    , m_people(people)
    , m_files(files)
    , m_log(log)
{
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &ClockTimer::timeout, this, &FrameBatcher::flush);
}

void FrameBatcher::reloadSteps()
{
    m_stepOps.assign(1, Op {OpKind::Reload, {}});
    m_contentsDirty = true;
    m_prepared.reset();
}

std::shared_ptr<void> FrameBatcher::prepare(const JsonValue &activity)
{
    return std::make_shared<StepModel::Prepared>(StepModel::prepare(activity));
}

void FrameBatcher::reloadOfferedSteps()
{
    reloadSteps();
    m_prepared = std::exchange(m_offered, nullptr);
    m_preparedContents = true;
}

void FrameBatcher::reloadLists()
{
    reloadSteps();
    m_peopleOps.assign(1, Op {OpKind::Reload, {}});
    m_fileOps.assign(1, Op {OpKind::Reload, {}});
}

void FrameBatcher::stepDelta(const ArrayDelta &d)
{
    if (d.replaced) {
        m_stepOps.assign(1, Op {OpKind::Reload, {}});
        m_prepared.reset();
        return;
    }
    for (const std::string &id : d.removed)
        m_stepOps.push_back({OpKind::Remove, id});
    for (const std::string &id : d.inserted)
        m_stepOps.push_back({OpKind::Insert, id});
    for (const std::string &id : d.changed)
        m_stepOps.push_back({OpKind::Change, id});
    if (d.reordered)
        m_stepOps.push_back({OpKind::Reorder, {}});
}

void FrameBatcher::contentsChanged()
{
    m_contentsDirty = true;
    m_preparedContents = false;
}

void FrameBatcher::person(const std::string &id, bool removed)
{
    m_peopleOps.push_back({removed ? OpKind::Remove : OpKind::Insert, id});
}

void FrameBatcher::file(const std::string &id, bool removed)
{
    m_fileOps.push_back({removed ? OpKind::Remove : OpKind::Insert, id});
}

void FrameBatcher::notify(NotificationRequest request)
{
    const auto it = m_pendingNotificationOf.constFind(request.key);
    if (it != m_pendingNotificationOf.cend()) {
        m_pendingNotifications[*it] = std::move(request);
        return;
    }
    m_pendingNotificationOf.insert(request.key, m_pendingNotifications.size());
    m_pendingNotifications.push_back(std::move(request));
}

void FrameBatcher::schedule()
{
    if (!m_frame.isActive())
        m_frame.start();
}

bool FrameBatcher::replay(KeyedListModel &model, JsonArray *array, const std::vector<Op> &ops, KeyedRows *loaded)
{
    size_t first = 0;
    for (size_t i = 0; i < ops.size(); ++i) {
        if (ops[i].kind == OpKind::Reload)
            first = i;
    }
    bool reloaded = false;
    if (first < ops.size() && ops[first].kind == OpKind::Reload) {
        if (loaded)
            model.reload(array, std::move(*loaded));
        else
            model.reload(array);
        reloaded = true;
        ++first;
    }
    // The frame's removals go first, all at once (one rowsRemoved per run of rows). That leaves
    // the rows the ops in order would: an insert or change of a row before its last removal is
    // dropped (the row goes; one re-added later is appended by its later insert), and only the
    // last reorder counts (it orders every row shown by the array's final order).
    QHash<QString, size_t> lastRemoval; // canonical id → index of its last Remove op
    std::vector<QString> keys(ops.size());
    size_t lastReorder = ops.size();
    for (size_t i = first; i < ops.size(); ++i) {
        if (ops[i].kind == OpKind::Reorder) {
            lastReorder = i;
            continue;
        }
        keys[i] = JsonText::idKey(ops[i].id);
        if (ops[i].kind == OpKind::Remove)
            lastRemoval.insert(keys[i], i);
    }
    if (!lastRemoval.isEmpty())
        model.removeKeys(std::vector<QString>(lastRemoval.keyBegin(), lastRemoval.keyEnd()));
    for (size_t i = first; i < ops.size(); ++i) {
        const Op &op = ops[i];
        const bool removedLater = op.kind != OpKind::Reorder && lastRemoval.value(keys[i], 0) > i;
        switch (op.kind) {
        case OpKind::Reload:
        case OpKind::Remove:
            break;
        case OpKind::Insert:
            if (!removedLater)
                model.insertOrRefresh(array, op.id, true);
            break;
        case OpKind::Change:
            if (!removedLater)
                model.markChanged(op.id, true);
            break;
        case OpKind::Reorder:
            if (i == lastReorder)
                model.followOrder(array);
            break;
        }
    }
    return reloaded;
}

void FrameBatcher::flush()
{
    m_frame.stop();
    Frame frame;
    frame.stepsTouched = !m_stepOps.empty() || m_contentsDirty;
    const std::shared_ptr<StepModel::Prepared> prepared = std::exchange(m_prepared, nullptr);
    if (m_contentsDirty && prepared && m_preparedContents)
        m_steps.setContentIndex(std::move(prepared->contents));
    else if (m_contentsDirty)
        m_steps.recountContents(m_state.activity());
    JsonArray *steps = JsonText::arrayOf(m_state.activity().find(m_state.stepsKey()));
    const bool reloaded = replay(m_steps, steps, std::exchange(m_stepOps, {}), prepared ? &prepared->rows : nullptr);
    if (m_contentsDirty && !reloaded)
        m_steps.refreshAll(steps);
    m_contentsDirty = false;
    m_steps.flush(steps);

    const bool peopleTouched = !m_peopleOps.empty();
    JsonArray *people = JsonText::arrayOf(&m_state.participants());
    replay(m_people, people, std::exchange(m_peopleOps, {}));
    m_people.flush(people);

    JsonArray *files = JsonText::arrayOf(&m_state.files());
    replay(m_files, files, std::exchange(m_fileOps, {}));
    if (peopleTouched)
        m_files.refreshAll(files); // uploaders' names may be known now
    m_files.flush(files);

    if (!m_pendingLog.empty())
        m_log.append(std::exchange(m_pendingLog, {}));
    frame.activityChanged = std::exchange(m_activityDirty, false);
    frame.listChanged = std::exchange(m_listDirty, false);
    m_pendingNotificationOf.clear();
    frame.notifications = std::exchange(m_pendingNotifications, {});
    Q_EMIT flushed(frame);
}

} // namespace mirage
