// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The connection mirror on its own (issue #24): a real channel to an in-process server, no
// session; its state as QML compares it (Connection.Open, …) through each transition.
class TestConnectionMirror : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheChannel();
    void aTokenRefusalAsksOnceAndReconnectForgetsIt();
    void anOriginRefusalNamesTheOrigin();
    void aProxyThatIsDownIsNamed();
    void aCertificateRefusalStopsAndSaysWhy();
};
