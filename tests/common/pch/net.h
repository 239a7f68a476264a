// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The precompiled header of the tests that link QtNetwork and QtWebSockets, not QtGui.
#pragma once
#include "core.h"
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
