// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QString>
#include <string_view>

namespace mirage {

struct ApplyResult;
class FileView;
class JsonArray;
class JsonValue;

// The last known name of everyone seen in the activity (id → name), kept for the session's
// lifetime, so a person who left still shows by name in the log, in popups and as a file's
// uploader. Ids are kept by their canonical key (a UUID in any case is one person). The names of
// files too (issue #27): a file deleted by id only is still named. Both are seeded from the
// journal when the activity opens, so names never fall back to ids after a restart.
class PeopleDirectory
{
public:
    // Remembers `name` for `id` (an empty name changes nothing).
    void remember(std::string_view id, const QString &name);
    // Remembers everyone in a participants array.
    void rememberAll(const JsonArray *people);
    // Remembers `user` (a participant object) by its PersonView::displayName(); their
    // id (shown when they have no name) does not replace a name known.
    void rememberUser(std::string_view id, const JsonValue &user);
    // The last known name, or empty when this id was never seen with one.
    QString name(const QString &id) const;
    QString name(std::string_view id) const;
    // The name when known, the id otherwise.
    QString nameOrId(std::string_view id) const;
    // Who uploaded `file`, named: the name its "uploaded_by" object gives, else the name known for
    // the uploader's id, else that id; empty when it does not say.
    QString uploaderOf(const FileView &file) const;

    // Who a message's person or file is (its element as the message left it): a person's name
    // before it (a 203's rename), else empty. Not from the state: it is the one after the whole
    // read, where someone who joined and left is gone and a later rename already holds (issue #23).
    QString take(const ApplyResult &r);
    // The people and files of a copy (issue #27: named, also when a later message gives an id only).
    void rememberCopy(const JsonValue &participants, const JsonValue &files);
    // Remembers the name of a file (an empty name changes nothing).
    void rememberFile(std::string_view id, const QString &name);
    // The last known name of a file, or empty.
    QString fileName(std::string_view id) const;
    // `given` (the name a message gives) when not empty, else the last known name, else the id.
    QString fileNameOr(std::string_view id, std::string_view given) const;

private:
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_files;
};

} // namespace mirage
