// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace mirage {

// Plain, unbuffered-by-Qt output for the headless commands: lines for scripts on stdout,
// messages for people on stderr, prefixed with the program name.
class Output
{
public:
    static void line(std::string_view text); // stdout, adds '\n'
    // stderr: "miragedesk: message", cleaned by LogSanitizer: one line of valid UTF-8, whatever a
    // server or a file put into it.
    static void error(const QString &message);
    // Program-made text for stderr as it is (e.g. the usage after an error).
    static void errorText(std::string_view text);
    static void flush();
    // Writes `text` + '\n' to `path`, or to stdout when path is "-". Returns an error text, or empty.
    static QString writeTextFile(const QString &path, std::string_view text);
};

} // namespace mirage
