// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/copyfile.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mirage {

namespace {

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray CopyFile::encode(const ActivityCopy &copy)
{
    QJsonObject header;
    header.insert(QStringLiteral("format"), ActivityCopy::kFormat);
    header.insert(QStringLiteral("server"), copy.server);
    header.insert(QStringLiteral("activity_id"), copy.activityId);
    header.insert(QStringLiteral("saved_at"), copy.savedAt.toUTC().toString(Qt::ISODateWithMs));
    header.insert(QStringLiteral("viewed"), copy.viewed);
    header.insert(QStringLiteral("state_bytes"), qint64(copy.stateDump.size()));
    header.insert(QStringLiteral("state_sha256"), QString::fromLatin1(sha256Hex(copy.stateDump)));
    QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Compact);
    out.reserve(out.size() + copy.stateDump.size() + 2);
    out += '\n';
    out += copy.stateDump;
    out += '\n';
    return out;
}

CopyError CopyFile::decode(const QByteArray &bytes, ActivityCopy &copy)
{
    const qsizetype eol = bytes.indexOf('\n');
    if (eol < 0) // an empty file or a cut header line
        return bytes.isEmpty() || bytes.startsWith('{') ? CopyError::Truncated : CopyError::Corrupt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.first(eol), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return CopyError::Corrupt;
    const QJsonObject header = doc.object();
    const QJsonValue format = header.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != double(format.toInteger()) || format.toInteger() < 1)
        return CopyError::Corrupt;
    if (format.toInteger() > ActivityCopy::kFormat)
        return CopyError::NewerFormat;

    const QJsonValue server = header.value(QStringLiteral("server"));
    const QJsonValue id = header.value(QStringLiteral("activity_id"));
    const QJsonValue viewed = header.value(QStringLiteral("viewed"));
    const QJsonValue size = header.value(QStringLiteral("state_bytes"));
    const QJsonValue sum = header.value(QStringLiteral("state_sha256"));
    const QDateTime savedAt = QDateTime::fromString(header.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!server.isString() || !id.isString() || !viewed.isObject() || !size.isDouble() || !sum.isString() || !savedAt.isValid())
        return CopyError::Corrupt;
    const qint64 stateBytes = size.toInteger(-1);
    if (stateBytes < 0)
        return CopyError::Corrupt;
    const qsizetype have = bytes.size() - eol - 1;
    if (have < stateBytes + 1)
        return CopyError::Truncated;
    if (have > stateBytes + 1 || bytes.back() != '\n')
        return CopyError::Corrupt;
    const QByteArrayView state = QByteArrayView(bytes).sliced(eol + 1, stateBytes);
    if (sha256Hex(state) != sum.toString().toLatin1())
        return CopyError::Corrupt;

    copy.server = server.toString();
    copy.activityId = id.toString();
    copy.stateDump = state.toByteArray();
    copy.savedAt = savedAt.toUTC();
    copy.viewed = viewed.toObject();
    copy.format = int(format.toInteger());
    return CopyError::None;
}

qint64 CopyFile::formatOf(QByteArrayView headerLine)
{
    const QJsonDocument doc = QJsonDocument::fromJson(headerLine.toByteArray());
    const QJsonValue format = doc.object().value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != double(format.toInteger()) || format.toInteger() < 1)
        return 0;
    return format.toInteger();
}

QString CopyFile::fileName(const QString &server, const QString &activityId)
{
    QByteArray key = server.toUtf8();
    key += '\0';
    key += activityId.toUtf8();
    return QString::fromLatin1(sha256Hex(key).left(40)) + QLatin1String(kSuffix);
}

} // namespace mirage
