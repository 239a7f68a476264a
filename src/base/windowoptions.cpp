// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "base/windowoptions.h"

#include <QCommandLineParser>

namespace mirage {

WindowOptions::WindowOptions()
    : openDialog(QStringLiteral("open-dialog"),
        QStringLiteral("Show the Open Activity dialog (in the running MirageDesk's window, if there is one)."))
        , service(QStringLiteral("gapplication-service"),
              QStringLiteral("Start without a window and wait for a request over D-Bus (how the session bus starts MirageDesk)."))
{
}

void WindowOptions::addTo(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(linkName(), linkDescription(), linkSyntax());
    parser.addOptions(options());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

QList<QCommandLineOption> WindowOptions::options() const
{
    QList<QCommandLineOption> options = connection.all();
    options.append(openDialog);
    options.append(service);
    return options;
}

QString WindowOptions::description()
{
    return QStringLiteral("Follow a live MIRAGE-XR activity in a window.");
}

QString WindowOptions::linkName()
{
    return QStringLiteral("link");
}

QString WindowOptions::linkDescription()
{
    return QStringLiteral("A miragedesk://open?server=URL&activity=UUID or miragedesk://host:port/UUID link.");
}

QString WindowOptions::linkSyntax()
{
    return QStringLiteral("[link]");
}

} // namespace mirage
