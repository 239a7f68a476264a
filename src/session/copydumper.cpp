// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/copydumper.h"

#include "protocol/activitystate.h"
#include "protocol/statedump.h"
#include "sync/activitychannel.h"

#include <QElapsedTimer>
#include <algorithm>

namespace mirage {

CopyDumper::CopyDumper(ActivityState &state, ActivityChannel &channel, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_channel(channel)
{
}

ActivityCopy CopyDumper::dumpNow(ActivityCopy copy) const
{
    const std::string dump = m_state.dumpJson(m_lastDumpBytes);
    m_lastDumpBytes = dump.size();
    copy.stateDump = QByteArray(dump.data(), qsizetype(dump.size()));
    return copy;
}

bool CopyDumper::dumpLater(ActivityCopy copy, std::function<void(ActivityCopy copy, qint64 dumpMs)> done)
{
    if (m_dumping)
        return false;
    std::string head, tail; // the small parts here, the activity on the worker
    StateDump::around(m_state, head, tail);
    m_dumping = true;
    m_channel.setPaused(true); // nothing writes the state until the continuation
    const JsonValue *activity = &m_state.activity();
    const size_t hint = m_lastDumpBytes;
    auto held = BackgroundWork::hold(std::move(copy));
    m_work.run([this, held, activity, hint, head = std::move(head), tail = std::move(tail), done = std::move(done)] {
        QElapsedTimer took;
        took.start();
        std::string dump;
        dump.reserve(std::max<size_t>(1024, hint + hint / 16));
        dump += head;
        activity->appendJson(dump);
        dump += tail;
        held->stateDump = QByteArray(dump.data(), qsizetype(dump.size()));
        const qint64 ms = took.elapsed();
        return BackgroundWork::Continuation([this, held, ms, done] {
            m_lastDumpBytes = size_t(held->stateDump.size());
            m_dumping = false;
            m_channel.setPaused(false);
            done(std::move(*held), ms);
        });
    });
    return true;
}

void CopyDumper::diffReplaced(std::function<void(const ActivityDiff &diff)> done)
{
    std::optional<SnapshotLoader::Replaced> replaced = m_channel.loader().takeReplaced();
    if (!replaced) {
        done(ActivityDiff::compute(m_state.takeReplaced(), m_state.activity()));
        return;
    }
    auto held = BackgroundWork::hold(std::move(*replaced));
    m_work.run([held, done = std::move(done)] {
        auto diff = BackgroundWork::hold(ActivityDiff::compute(ActivitySummary::of(held->tree), held->newer));
        held->tree.clear(); // freed here: a big tree takes tens of milliseconds
        return BackgroundWork::Continuation([diff, done] { done(*diff); });
    });
}

} // namespace mirage
