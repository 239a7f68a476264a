// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/activitycopy.h"

namespace mirage {

// The bytes of one copy on disk. Format 1 is a header line and the state dump:
//   {"format":1,"server":…,"activity_id":…,"saved_at":"…Z","viewed":{…},
//    "state_bytes":N,"state_sha256":"…"}\n
//   <the dump, exactly N bytes>\n
// Every later format must keep a first line that is a JSON object with an integer "format", so
// that an older version can tell a newer copy from a broken one. The dump is not parsed here: its
// length and checksum tell a truncated or damaged file, and it comes back byte for byte.
class CopyFile
{
public:
    static QByteArray encode(const ActivityCopy &copy);
    // Fills `copy` and returns None, or returns what is wrong (never Missing or Unreadable).
    static CopyError decode(const QByteArray &bytes, ActivityCopy &copy);
    // The format a copy's first line (without its '\n') names; 0 when it is not a copy's header.
    static qint64 formatOf(QByteArrayView headerLine);
    // The file name of a copy: a hash of the server and the activity id, never their text.
    static QString fileName(const QString &server, const QString &activityId);
    static constexpr const char *kSuffix = ".copy";
};

} // namespace mirage
