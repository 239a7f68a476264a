// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/rejection.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// Why a message was rejected, in the window's language (the Activity log). The headless commands
// keep SPEC §5's English through protocol/RejectText; the codes and their arguments are the same.
class RejectionText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::RejectionText)
public:
    static QString sentence(const Rejection &r);
    // "an array", "a number", … as the sentences use them.
    static QString kind(JsonKind k);
};

} // namespace mirage
