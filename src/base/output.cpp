// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/output.h"

#include "base/logsanitizer.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace mirage {

void Output::line(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

void Output::errorText(std::string_view text)
{
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void Output::error(const QString &message)
{
    const QByteArray m = "miragedesk: " + LogSanitizer::clean(message).toUtf8() + '\n';
    std::fflush(stdout);
    std::fwrite(m.constData(), 1, size_t(m.size()), stderr);
    std::fflush(stderr);
}

void Output::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

QString Output::writeTextFile(const QString &path, std::string_view text)
{
    if (path == QLatin1String("-")) {
        line(text);
        std::fflush(stdout);
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write '%1': %2").arg(path, f.errorString());
    f.write(text.data(), qint64(text.size()));
    f.write("\n", 1);
    if (!f.commit())
        return QStringLiteral("cannot write '%1': %2").arg(path, f.errorString());
    return {};
}

} // namespace mirage
