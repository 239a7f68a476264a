// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "../integration/serverstack.h"

#include <QObject>
#include <memory>

// The window in a real deployment's network (issue #25): a proxy that wants credentials or is down
// (a real squid, a closed port) named in the connection banner, and a name whose first address is a
// dead IPv6 one (RFC 8305), in the namespace tests/integration/in-netns makes. The real window
// (AppController and Main.qml), run through tests/gui/run-in-session.
class TestDeployWindowNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void proxyWantingCredentialsIsNamedInTheBanner();
    void proxyRefusingCredentialsIsNamedInTheBanner();
    void proxyDownIsNamedInTheBanner();
    void deadFirstAddressIsPassedBy();
    void noQmlWarnings();

private:
    QString serverByName() const;
    QString shownByName() const;
    std::unique_ptr<ServerStack> m_stack;
};
