// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/limittext.h"

#include "session/workspace.h"

namespace mirage {

QString LimitText::workspaceFull()
{
    return tr("%1 activities are open, the most MirageDesk keeps open at once: close one to open another.").arg(Workspace::kMaxOpen);
}

QString LimitText::notReopened(int count)
{
    return tr("%n of the activities open at the last quit were not opened again: MirageDesk keeps at most %1 open at once.", nullptr, count)
        .arg(Workspace::kMaxOpen);
}

QString LimitText::linksRefused(int links, int limit)
{
    return tr("MirageDesk was asked to open %n links at once and opened none of them: it takes at most %1 at a time.", nullptr, links)
        .arg(limit);
}

} // namespace mirage
