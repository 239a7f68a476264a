// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/filemodel.h"

#include "protocol/fileview.h"
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

QVector<QVariant> FileModel::extract(const JsonValue &element) const
{
    const FileView file(&element);
    const double bytes = file.size();
    const QString uploader =
        m_people ? m_people->uploaderOf(file) : JsonText::text(file.uploaderName().empty() ? file.uploaderId() : file.uploaderName());
    const qint64 downloads = file.downloads();
    // The plural by the count (Qt counts in int), the count itself as it is, in the user's digits.
    const int n = int(std::min<qint64>(downloads, INT_MAX));
    QString downloadsText = QCoreApplication::translate("mirage::FileModel", "%Ln downloads", nullptr, n);
    if (downloads > INT_MAX)
        downloadsText.replace(QLocale().toString(n), QLocale().toString(downloads));
    QString url = JsonText::text(file.url());
    if (const QUrl parsed(url, QUrl::StrictMode); parsed.isValid() && !parsed.userInfo().isEmpty())
        url = parsed.adjusted(QUrl::RemoveUserInfo).toString(); // a password is never shown nor opened
    return {JsonText::text(file.name().empty() ? file.id() : file.name()), bytes, bytes >= 0 ? JsonText::humanSize(bytes) : QString(),
        JsonText::text(file.mimeType()), uploader, downloads, url, isOpenableUrl(url), downloadsText};
}

QHash<int, QByteArray> FileModel::extraRoleNames() const
{
    return {{NameRole, "name"}, {SizeRole, "size"}, {SizeTextRole, "sizeText"}, {MimeTypeRole, "mimeType"}, {UploaderRole, "uploader"},
        {DownloadsRole, "downloads"}, {UrlRole, "url"}, {OpenableRole, "openable"}, {DownloadsTextRole, "downloadsText"}};
}

} // namespace mirage
