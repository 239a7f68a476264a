// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mirage {

// What reading or writing a copy can end in. Codes, not sentences: the session words them.
enum class CopyError {
    None,
    Missing, // no copy on disk for this activity
    Truncated, // the file ends early (an empty file, a cut header or state); it was set aside
    Corrupt, // not a copy, or its checksum or names do not match; it was set aside
    NewerFormat, // written by a newer version: refused and left in place, never misread nor written over
    Unreadable, // exists but cannot be read (permissions, a directory, an I/O error); left alone
    // Writing (CopyStore::writeFailed); the copy on disk stays as it was.
    NoSpace, // the disk, the quota or the file size limit is full
    NotWritable, // the directory or the file cannot be written (permissions, a read-only disk, an I/O error)
    NotAFile, // a symbolic link or anything but a plain file is at the copy's path: left alone, never followed
};

// The local copy of one open activity, as the workspace keeps it on disk.
struct ActivityCopy
{
    // The file format this version writes; a copy with a higher one is refused (NewerFormat).
    static constexpr int kFormat = 1;

    QString server; // the server's http base, as the session names it (never used in a path)
    QString activityId;
    QByteArray stateDump; // ActivityState::dumpJson() (SPEC §6), kept and given back byte for byte
    QDateTime savedAt; // UTC; CopyStore::schedule fills it when left invalid
    QJsonObject viewed; // the last-viewed marker; its content is the session's
    int format = kFormat; // the format the copy was read from
};

} // namespace mirage
