// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "base/backgroundwork.h"
#include "protocol/parsedsnapshot.h"
#include "sync/channelstatus.h"

#include <QByteArray>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace mirage {

// Sets a snapshot's body into an ActivityState without stalling the GUI thread (issue #26): the
// body is parsed and its tree built (and summarised, when the state keeps what it replaced) on the
// worker thread; back on this thread the new tree takes the old one's place in O(1). The replaced
// tree is kept for "since you last looked" (takeReplaced) with setKeepReplaced(), and otherwise
// freed on the worker. Only the newest load counts: load() and cancel() forget one under way.
// While paused (the state is read by another job), a parsed snapshot waits to be set.
class ActivityState;

class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotLoader(ActivityState *state, QObject *parent = nullptr);

    // `body` as SnapshotFetch leaves it (the parser's padding zeroed in its capacity, or not).
    void load(QByteArray body);
    void cancel();
    // A load under way (parsing, or parsed and waiting for the pause to end).
    bool busy() const { return m_busy; }
    void setPaused(bool paused);
    void setKeepReplaced(bool on) { m_keepReplaced = on; }
    // Work done on the worker with each parsed activity (what the layers above show of it, read
    // beside the parse), its result handed to `take` on this thread just before the tree is set.
    using Prepare = std::function<std::shared_ptr<void>(const JsonValue &activity)>;
    using TakePrepared = std::function<void(std::shared_ptr<void>)>;
    void setPrepare(Prepare prepare, TakePrepared take)
    {
        m_prepare = std::move(prepare);
        m_take = std::move(take);
    }
    void setMaxMessageBytes(size_t n) { m_maxMessageBytes = n; } // the state's (ActivityState::setMaxMessageBytes)

    // What the last snapshot replaced (keepReplaced): the old tree, moved out, and the new one's
    // summary; none when the state does not keep it or it was taken.
    struct Replaced
    {
        JsonValue tree;
        ActivitySummary newer;
    };
    std::optional<Replaced> takeReplaced();

Q_SIGNALS:
    // The newest load ended: set into the state, or not an activity (reason Rejected, the state
    // untouched).
    void loaded(const mirage::SnapshotFailure &failure);

private:
    void finish(ParsedSnapshot parsed, std::shared_ptr<void> prepared);

    ActivityState *m_state;
    BackgroundWork m_work;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_paused = false;
    bool m_keepReplaced = false;
    size_t m_maxMessageBytes;
    std::optional<ParsedSnapshot> m_waiting; // parsed while paused
    std::shared_ptr<void> m_waitingPrepared;
    Prepare m_prepare;
    TakePrepared m_take;
    std::optional<Replaced> m_replaced;
};

} // namespace mirage
