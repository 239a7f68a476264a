// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The yardstick of bench/run-start-bench: a QtCore-only hello world (a QCoreApplication, one line
// on stdout), the least a Qt command-line program costs to start.
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::fputs("hello\n", stdout);
    return 0;
}
