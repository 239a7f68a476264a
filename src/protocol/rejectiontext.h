// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/rejection.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// The one wording of a rejection (SPEC §5), for every place that shows one: the "error" of `watch`
// and `replay` lines and their stderr warnings (no translator installed there: SPEC's English, byte
// for byte) and the window's Activity log (in the window's language). A formatter below the session
// on purpose (issue #24): the codes are protocol's, and one wording cannot drift from another.
class RejectionText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::RejectionText)
public:
    static QString sentence(const Rejection &r);
    // The same as UTF-8, for the headless output built as bytes (ApplyResult::errorText).
    static std::string english(const Rejection &r) { return sentence(r).toStdString(); }
    // "an array", "a number", "null", … as the sentences use them.
    static QString kind(JsonKind k);
};

} // namespace mirage
