// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// What the window says about a local copy that could not be read or written
// (Workspace::copyProblem), in the window's language.
class CopyProblemText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::CopyProblemText)
public:
    // `name`: the activity's (empty when it was closed meanwhile); `path`: the copy's file.
    static QString sentence(CopyError error, const QString &name, const QString &path);
};

} // namespace mirage
