// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "../integration/serverstack.h"
#include "nginxfront.h"

#include <QObject>
#include <memory>

// The window in a real deployment (issue #25): the real window (AppController and Main.qml, as
// DesktopApp makes them) against nginx with TLS from a CA the test makes, the server under the
// prefix /mirage/. Run through tests/gui/run-in-session.
class TestDeployWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void caFileOnTheCommandLine();
    void sslCertFileInTheEnvironment();
    void certificateRefusalOffersACaFile();
    void httpRedirectedToHttpsSaysToUseIt();
    void serverSettingsValidateAndApply();
    void originRefusalIsFixedInTheServerSettings();
    void caFileIsHandedToTheRunningWindow();
    void handOverCarriesTheCaFilePath();
    void noQmlWarnings();

private:
    std::unique_ptr<ServerStack> m_stack;
    std::unique_ptr<NginxFront> m_nginx;
};
