// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

#include <QString>

namespace mirage {

// Folders and files only their owner reads (issue #23): the copies and the settings are made 0700
// and 0600 whatever the umask, and one left 0755 or 0644 by an earlier version is made so.
class PrivateFiles
{
public:
    static constexpr unsigned kFolderMode = 0700;
    static constexpr unsigned kFileMode = 0600;

    // Creates `folder` and its missing parents as 0700; an existing `folder` is made 0700 (its
    // parents are left as they are). None, or why it cannot be had.
    static CopyError makeFolder(const QString &folder);
    // Creates an empty `file` as 0600 when there is none (never through a link), or makes the
    // plain file there 0600. False when neither worked.
    static bool makeFile(const QString &file);
    // What an errno of a failed write means for a copy.
    static CopyError errorFor(int error);
};

} // namespace mirage
