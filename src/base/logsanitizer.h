// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace mirage {

// Every line the program logs to stderr is valid UTF-8 with its control characters escaped, so
// text from a server or the user (a close reason, an activity name, a typed URL) can neither
// colour the terminal, move its cursor, nor forge a line of its own: ESC becomes \x1b, a newline \n.
class LogSanitizer
{
public:
    // Installs the message handler that formats with the message pattern and writes clean lines.
    static void install();
    static QString clean(const QString &text);
};

} // namespace mirage
