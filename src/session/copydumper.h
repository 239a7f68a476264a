// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "base/backgroundwork.h"
#include "protocol/activitydiff.h"
#include "store/activitycopy.h"
#include "sync/snapshotloader.h"

#include <QObject>
#include <functional>

namespace mirage {

class ActivityChannel;
class ActivityState;

// An ActivitySession's work off the GUI thread (issue #26): its copy's dump, and "since you last
// looked" (the tree a snapshot replaced, summarised, compared with the new one's summary and freed).
// A dump reads the state itself: the channel is paused (its frames held, a parsed snapshot kept
// waiting) from the dump's start until its continuation, so the copy is the state at the call.
// The session's other writers (a file fed, a snapshot or copy loaded by hand) call waitIdle() first.
class CopyDumper : public QObject
{
    Q_OBJECT
public:
    CopyDumper(ActivityState &state, ActivityChannel &channel, QObject *parent = nullptr);

    // `copy` with its stateDump made now, on this thread (closing, quitting).
    ActivityCopy dumpNow(ActivityCopy copy) const;
    // The same on the worker; `done` gets it here with the dump's duration there. False (nothing
    // done) while one is under way.
    bool dumpLater(ActivityCopy copy, std::function<void(ActivityCopy copy, qint64 dumpMs)> done);
    // What the snapshot just set replaced, against it: `done` gets the diff here, from the worker
    // when the channel's loader set it (its old tree is compared and freed there), at once when
    // ActivityState::loadSnapshot() did (its summary of the old tree).
    void diffReplaced(std::function<void(const ActivityDiff &diff)> done);
    // Runs what the worker finished now (see BackgroundWork::waitIdle).
    void waitIdle() { m_work.waitIdle(); }

private:
    ActivityState &m_state;
    ActivityChannel &m_channel;
    BackgroundWork m_work; // destroyed (its running job waited for) before the state
    mutable size_t m_lastDumpBytes = 0; // reserved for the next dump: no doubling, faulted once
    bool m_dumping = false;
};

} // namespace mirage
