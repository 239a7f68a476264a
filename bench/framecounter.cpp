// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// framecounter URL COUNT: a Qt WebSocket client that only counts text frames, then exits.
// The floor that `miragedesk watch` is measured against. It reads the socket as watch does (issue
// #26: a comparison gives both sides the same advantages): the same ReadCoalescer, with watch's
// settings (ChannelSettings' defaults: SO_RCVLOWAT raised in a burst), fed each frame as watch's
// ChannelSocket feeds it. FRAMECOUNTER_COALESCE=0 reads without it, as Qt alone does.
#include "sync/channelsettings.h"
#include "sync/readcoalescer.h"

#include <QCoreApplication>
#include <QWebSocket>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: framecounter URL COUNT\n");
        return 2;
    }
    const qint64 want = QByteArray(argv[2]).toLongLong();
    qint64 n = 0;
    const mirage::ChannelSettings watchs;
    const bool coalesce = qEnvironmentVariable("FRAMECOUNTER_COALESCE") != QLatin1String("0");
    mirage::ReadCoalescer coalescer(coalesce ? watchs.coalesceReadsMs : 0, watchs.coalesceReadBytes);
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &) {
        coalescer.frameReceived(&socket);
        if (++n == want)
            QCoreApplication::exit(0);
    });
    socket.open(QUrl(QString::fromLocal8Bit(argv[1])));
    return app.exec();
}
