// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCommandLineOption>

namespace mirage {

// `-h, --help` of every command. Not QCommandLineParser::addHelpOption(), which also offers
// `--help-all` (Qt's own GUI options) and `-?`: the headless commands have no Qt options to list.
class HelpOption
{
public:
    static QCommandLineOption make();
};

} // namespace mirage
