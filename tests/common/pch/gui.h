// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The precompiled header of the tests that link the desktop library (Qt Quick, widgets, D-Bus).
#pragma once
#include "net.h"
#include <QAbstractItemModelTester>
#include <QDBusConnection>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
