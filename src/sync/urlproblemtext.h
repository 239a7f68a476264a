// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelurl.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// The one wording of what is wrong with a server or activity as typed (UrlProblem), for the command
// line (`watch`, the window's options and links: English, no translator installed before the window
// starts) and the Open dialog (in the window's language). One wording per code; only the codes that
// name where the user types (a command-line option or a dialog field) are worded for each place. A
// formatter below the session on purpose (issue #24): the codes are sync's.
class UrlProblemText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::UrlProblemText)
public:
    // The command line's form: one clause, lower case, no full stop ("the server URL has no host");
    // empty for UrlProblem::None.
    static QString line(const UrlProblem &p);
    // The dialog's form: a sentence, capitalised, with a full stop; empty for UrlProblem::None.
    static QString sentence(const UrlProblem &p);
};

} // namespace mirage
