// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/journalentry.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// What the window says when the history of the activities (the journal, issue #27) could not be
// read or written (Workspace::journalProblem), in the window's language. Empty for None.
class JournalProblemText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::JournalProblemText)
public:
    // `path`: where a bad database was set aside (SetAside), or the journal's file.
    static QString sentence(JournalProblem problem, const QString &path);
};

} // namespace mirage
