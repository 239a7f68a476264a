// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/keyedlistmodel.h"

namespace mirage {

class PeopleDirectory;

// The activity's files (401–403), one row per file in the order they arrived.
//
// Besides KeyedListModel's itemId and changedAt, each row has:
//  - name (QString): the file's name, its id when it has none.
//  - size (double): its size in bytes, -1 when unknown.
//  - sizeText (QString): the size in human units ("1.5 KB"), empty when unknown.
//  - mimeType (QString): its type as the server gave it.
//  - uploader (QString): who uploaded it, by name when the session ever knew the person's name
//    (also after they left), else the id as given.
//  - downloads (qint64): the download count, 0 when absent or negative, saturated at the
//    largest qint64 (a count kept as text is read as a number).
//  - downloadsText (QString): the count for people ("1 download", "12,345 downloads").
//  - url (QString): its link, with any user info removed (a password is never shown).
//  - openable (bool): whether the link may be opened (http and https with a host only).
class FileModel : public mirage::KeyedListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = FirstRole,
        SizeRole,
        SizeTextRole,
        MimeTypeRole,
        UploaderRole,
        DownloadsRole,
        UrlRole,
        OpenableRole,
        DownloadsTextRole
    };

    using KeyedListModel::KeyedListModel;
    // Turns an uploader id into a person's name (the session's directory outlives the file model).
    void setPeople(const PeopleDirectory *people) { m_people = people; }
    static bool isOpenableUrl(const QString &url);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    QHash<int, QByteArray> extraRoleNames() const override;

private:
    const PeopleDirectory *m_people = nullptr;
};

} // namespace mirage
