// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "base/connectionflags.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace mirage {

// What `miragedesk` takes when it opens the window: a link, the connection options,
// --open-dialog (the desktop entry's Open Activity… action) and --gapplication-service. Defined once, here in QtCore: the window parses with them and the
// launcher's --help lists them without loading the GUI libraries.
class WindowOptions
{
public:
    WindowOptions();

    // The link argument, the options, and how options after the link are read.
    void addTo(QCommandLineParser &parser) const;
    QList<QCommandLineOption> options() const;

    static QString description();
    static QString linkName();
    static QString linkDescription();
    static QString linkSyntax();

    const ConnectionFlags connection;
    const QCommandLineOption openDialog;
    const QCommandLineOption service;
};

} // namespace mirage
