// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The precompiled header of the tests that link only QtCore (tests/CMakeLists.txt,
// miragedesk_test_pch): Qt and standard headers only, so that no change in the project rebuilds it.
#pragma once
#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <string>
#include <vector>

// Last, after QtTest: a test's QTEST_*MAIN registers it in its group's program.
#include "../testregistry.h"
