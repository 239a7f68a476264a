// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/applyresult.h"

#include <QByteArray>
#include <vector>

namespace mirage {

// The messages one burst brought, already applied, in order. Views and output work per batch.
struct ReceivedMessage
{
    quint64 seq = 0;
    QByteArray text; // the frame as received (UTF-8); empty for a binary frame
    bool binary = false;
    ApplyResult result;
};

using MessageBatch = std::vector<ReceivedMessage>;

} // namespace mirage
