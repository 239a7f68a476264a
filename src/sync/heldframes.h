// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelsettings.h"
#include "sync/messagebatch.h"
#include "sync/receivedqueue.h"

#include <QObject>
#include <functional>

namespace mirage {

class ActivityState;

// The frames an ActivityChannel received and has not applied yet: a burst is applied once Qt's read
// is done, or in bounded batches past the settings' caps (issue #26); nothing is applied while its
// owner holds them (`holding`: a snapshot GET or load under way, the channel paused), and then all
// of it in the order received, never dropped.
class HeldFrames : public QObject
{
    Q_OBJECT
public:
    // `settings` and `state` must outlive it.
    HeldFrames(ActivityState *state, const ChannelSettings &settings, std::function<bool()> holding, QObject *parent = nullptr);

    // A frame received. False when more than the settings' maxHeld are held while a snapshot GET is
    // in flight (`resyncing`): the owner gives the snapshot up.
    bool push(QByteArray text, bool binary, bool resyncing);
    // Applies what is held now, unless the owner holds it.
    void flush();
    ReceivedQueue &queue() { return m_received; }
    const ReceivedQueue &queue() const { return m_received; }

Q_SIGNALS:
    void applied(const mirage::MessageBatch &batch);
    void limitReached(); // once: ReceivedQueue's limit

private:
    ActivityState *m_state;
    const ChannelSettings &m_settings;
    std::function<bool()> m_holding;
    ReceivedQueue m_received;
    bool m_flushScheduled = false;
    bool m_limitReached = false;
};

} // namespace mirage
