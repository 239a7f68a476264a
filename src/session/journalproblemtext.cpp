// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/journalproblemtext.h"

namespace mirage {

QString JournalProblemText::sentence(JournalProblem problem, const QString &path)
{
    switch (problem) {
    case JournalProblem::None:
        break;
    case JournalProblem::SetAside:
        return tr("The history of your activities could not be read. It was set aside as %1 and a new one was started.").arg(path);
    case JournalProblem::NewerVersion:
        return tr("The history of your activities is from a newer version of MirageDesk: it is left as it is, with nothing added.");
    case JournalProblem::Unwritable:
        return tr("The history of your activities cannot be written at %1. The log is not kept beyond this session.").arg(path);
    }
    return {};
}

} // namespace mirage
