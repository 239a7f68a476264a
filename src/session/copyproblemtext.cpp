// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/copyproblemtext.h"

#include <QFileInfo>

namespace mirage {

QString CopyProblemText::sentence(CopyError error, const QString &name, const QString &path)
{
    const QString who = name.isEmpty() ? tr("an activity that was closed") : name;
    const QString kept = tr("The copies saved before are kept, and saving is tried again.");
    switch (error) {
    case CopyError::None:
    case CopyError::Missing:
        return {};
    case CopyError::NewerFormat:
        return tr("The saved copy of %1 was written by a newer MirageDesk and is neither read nor written over (%2).").arg(who, path)
            + QLatin1Char(' ') + tr("The activity is shown from the server.");
    case CopyError::Unreadable:
        return tr("The saved copy of %1 could not be read (%2); the activity opens without it.").arg(who, path);
    case CopyError::Truncated:
    case CopyError::Corrupt:
        return tr("The saved copy of %1 could not be read and was set aside (%2); the activity opens without it.").arg(who, path);
    case CopyError::NoSpace:
        return tr("The local copies of the activities cannot be saved: the disk holding %1 is full.").arg(QFileInfo(path).absolutePath())
            + QLatin1Char(' ') + kept;
    case CopyError::NotWritable:
        return tr("The local copies of the activities cannot be saved: %1 cannot be written.").arg(path) + QLatin1Char(' ') + kept;
    case CopyError::NotAFile:
        return tr("The copy of %1 is not saved: %2 is a link or not a plain file, and is left alone.").arg(who, path);
    }
    return {};
}

} // namespace mirage
