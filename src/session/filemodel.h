#pragma once

#include "session/keyedlistmodel.h"

#include <functional>

namespace mirage {

// The activity's files (401–403): name, size in human units, type, uploader, download count, and
// whether its link may be opened (http and https only).
class FileModel : public KeyedListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = FirstRole, SizeRole, SizeTextRole, MimeTypeRole, UploaderRole, DownloadsRole, UrlRole, OpenableRole };

    using KeyedListModel::KeyedListModel;
    // Turns an uploader id into a person's name when the participants know it.
    void setNameLookup(std::function<QString(const QString &)> lookup) { m_nameOf = std::move(lookup); }
    static bool isOpenableUrl(const QString &url);

protected:
    QVector<QVariant> extract(const JsonValue &element) const override;
    QHash<int, QByteArray> extraRoleNames() const override;

private:
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace mirage
