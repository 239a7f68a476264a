#include "output.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace mirage {

void Output::line(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

QString Output::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || u == 0x7F) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u >= 0x80 && u <= 0x9F) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

void Output::errorText(std::string_view text)
{
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void Output::error(const QString &message)
{
    const QByteArray m = "miragedesk: " + visible(message).toUtf8() + '\n';
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
