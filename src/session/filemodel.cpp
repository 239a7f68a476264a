// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/filemodel.h"

#include "protocol/jsonvalue.h"
#include "session/jsontext.h"
#include "session/peopledirectory.h"

#include <QCoreApplication>
#include <QLocale>
#include <climits>

#include <QUrl>

namespace mirage {

bool FileModel::isOpenableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

qint64 FileModel::downloadCount(const JsonValue *count)
{
    if (!count || !count->isNumber())
        return 0;
    const int64_t n = count->toInt(); // saturates at the int64 range
    return n < 0 ? 0 : qint64(n);
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
            const QString known = m_people ? m_people->name(id) : QString();
            uploader = known.isEmpty() ? id : known;
        }
    }
    const qint64 downloads = downloadCount(file.find("download_count"));
    // The plural by the count (Qt counts in int), the count itself as it is, in the user's digits.
    const int n = int(std::min<qint64>(downloads, INT_MAX));
    QString downloadsText = QCoreApplication::translate("mirage::FileModel", "%Ln downloads", nullptr, n);
    if (downloads > INT_MAX)
        downloadsText.replace(QLocale().toString(n), QLocale().toString(downloads));
    QString url = JsonText::field(&file, "url");
    if (const QUrl parsed(url, QUrl::StrictMode); parsed.isValid() && !parsed.userInfo().isEmpty())
        url = parsed.adjusted(QUrl::RemoveUserInfo).toString(); // a password is never shown nor opened
    return {JsonText::firstField(&file, {"name", "filename", "id"}), bytes, bytes >= 0 ? JsonText::humanSize(bytes) : QString(),
        JsonText::firstField(&file, {"mime_type", "type"}), uploader, downloads, url, isOpenableUrl(url), downloadsText};
}

QHash<int, QByteArray> FileModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {SizeRole, "size"}, {SizeTextRole, "sizeText"}, {MimeTypeRole, "mimeType"}, {UploaderRole, "uploader"},
        {DownloadsRole, "downloads"}, {UrlRole, "url"}, {OpenableRole, "openable"}, {DownloadsTextRole, "downloadsText"}};
}

} // namespace mirage
