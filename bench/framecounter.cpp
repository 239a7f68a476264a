// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// framecounter URL COUNT: a Qt WebSocket client that only counts text frames, then exits.
// The floor that `miragedesk watch` is measured against.
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
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &) {
        if (++n == want)
            QCoreApplication::exit(0);
    });
    socket.open(QUrl(QString::fromLocal8Bit(argv[1])));
    return app.exec();
}
