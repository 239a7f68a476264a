// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/eventlogmodel.h"
#include "session/notificationrequest.h"
#include "session/stepmodel.h"
#include "sync/clocktimer.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <string>
#include <vector>

namespace mirage {

class ActivityState;
class FileModel;
class JsonArray;
class KeyedListModel;
class ParticipantModel;
struct ArrayDelta;

// Collects what messages did to the lists (row operations), the log lines and the popups they
// asked for, and replays them on the models once per frame (16 ms): a burst of thousands of
// events costs one round of row signals, not thousands. The state is already up to date when an
// operation is collected; the models catch up in flush().
class FrameBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameMs = 16;

    enum class OpKind { Insert, Remove, Change, Reorder, Reload };
    struct Op
    {
        OpKind kind;
        std::string id;
    };
    // What a frame did besides the rows, for the session to act on.
    struct Frame
    {
        bool stepsTouched = false; // steps or their contents changed
        bool activityChanged = false; // name, description, hash, deleted… may differ
        bool listChanged = false; // the server's activity list changed
        std::vector<NotificationRequest> notifications; // at most one per key
    };

    FrameBatcher(const ActivityState &state, StepModel &steps, ParticipantModel &people, FileModel &files, EventLogModel &log,
        QObject *parent = nullptr);

    // Collecting, in the order the messages arrived:
    void reloadSteps();
    // A snapshot's rows and content counts, read on the worker (SnapshotLoader::setPrepare's
    // work: prepare()) and offered just before its tree is set; reloadOfferedSteps() then reloads
    // from them (the operations collected after it follow them), dropOffer() forgets one not taken.
    static std::shared_ptr<void> prepare(const JsonValue &activity);
    void offerSteps(std::shared_ptr<void> prepared) { m_offered = std::static_pointer_cast<StepModel::Prepared>(std::move(prepared)); }
    void dropOffer() { m_offered.reset(); }
    void reloadOfferedSteps();
    // Steps, people and files from the state as it is (a local copy was loaded into it).
    void reloadLists();
    void stepDelta(const ArrayDelta &delta);
    void contentsChanged();
    void person(const std::string &id, bool removed);
    void file(const std::string &id, bool removed);
    void activityChanged() { m_activityDirty = true; }
    void listChanged() { m_listDirty = true; }
    void log(EventLogModel::Entry entry) { m_pendingLog.push_back(std::move(entry)); }
    // One popup per key per frame: the newest replaces what this frame had for that key.
    void notify(NotificationRequest request);

    // Starts the frame timer unless it runs.
    void schedule();
    // Whether something collected waits for the frame timer.
    bool pending() const { return m_frame.isActive(); }
    // For tests: the clock the frame runs on (nullptr: the system's).
    void setClock(Clock *clock) { m_frame.setClock(clock); }
    // Replays everything collected on the models now and emits flushed().
    void flush();

    // The one replay of a list's row operations on its model (steps, people and files alike):
    // only what follows the last reload matters. Returns whether the model was reloaded.
    static bool replay(KeyedListModel &model, JsonArray *array, const std::vector<Op> &ops, KeyedRows *loaded = nullptr);

Q_SIGNALS:
    void flushed(const mirage::FrameBatcher::Frame &frame);

private:
    const ActivityState &m_state;
    StepModel &m_steps;
    ParticipantModel &m_people;
    FileModel &m_files;
    EventLogModel &m_log;

    std::vector<Op> m_stepOps, m_peopleOps, m_fileOps;
    bool m_contentsDirty = false;
    std::shared_ptr<StepModel::Prepared> m_offered, m_prepared; // m_prepared: for the Reload m_stepOps starts with
    bool m_preparedContents = false; // no content changed since m_prepared's document was set
    bool m_activityDirty = false;
    bool m_listDirty = false;
    std::vector<EventLogModel::Entry> m_pendingLog;
    std::vector<NotificationRequest> m_pendingNotifications;
    QHash<QString, size_t> m_pendingNotificationOf; // key → index in m_pendingNotifications
    ClockTimer m_frame;
};

} // namespace mirage
