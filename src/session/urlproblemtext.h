// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelurl.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// What is wrong with a server or activity typed in the Open dialog, in the window's language. The
// command line keeps ChannelUrl's English (which names --activity where the dialog has a field).
class UrlProblemText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::UrlProblemText)
public:
    // A sentence, capitalised, with a full stop; empty for UrlProblem::None.
    static QString sentence(const UrlProblem &p);
};

} // namespace mirage
