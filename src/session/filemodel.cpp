#include "session/filemodel.h"

#include "session/jsontext.h"
#include "protocol/jsonvalue.h"

#include <QUrl>

namespace mirage {

bool FileModel::isOpenableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QVector<QVariant> FileModel::extract(const JsonValue &file) const
{
    const JsonValue *size = file.find("size");
    const double bytes = size && size->isNumber() ? size->toDouble() : -1;

    QString uploader;
    if (const JsonValue *by = file.find("uploaded_by")) {
        if (by->isObject()) {
            uploader = JsonText::firstField(by, {"name", "id"});
        } else {
            const QString id = JsonText::field(&file, "uploaded_by");
            const QString known = m_nameOf ? m_nameOf(id) : QString();
            uploader = known.isEmpty() ? id : known;
        }
    }
    const JsonValue *count = file.find("download_count");
    QString url = JsonText::field(&file, "url");
    if (const QUrl parsed(url, QUrl::StrictMode); parsed.isValid() && !parsed.userInfo().isEmpty())
        url = parsed.adjusted(QUrl::RemoveUserInfo).toString(); // a password is never shown nor opened
    return {JsonText::firstField(&file, {"name", "filename", "id"}),
            bytes,
            bytes >= 0 ? JsonText::humanSize(bytes) : QString(),
            JsonText::firstField(&file, {"mime_type", "type"}),
            uploader,
            count && count->isNumber() ? int(count->toInt()) : 0,
            url,
            isOpenableUrl(url)};
}

QHash<int, QByteArray> FileModel::extraRoleNames() const
{
    return {{NameRole, "name"},         {SizeRole, "size"},       {SizeTextRole, "sizeText"},   {MimeTypeRole, "mimeType"},
            {UploaderRole, "uploader"}, {DownloadsRole, "downloads"}, {UrlRole, "url"},           {OpenableRole, "openable"}};
}

} // namespace mirage
