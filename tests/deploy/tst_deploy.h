// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "../integration/serverstack.h"
#include "nginxfront.h"

#include <QObject>
#include <memory>

class TestDeploy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pathPrefixOverTls();
    void channelUrlUnderAPrefix();
    void caFileIsTrusted();
    void sslCertFileIsTrusted();
    void sslCertDirIsTrusted();
    void unreadableCaFileIsRefused();
    void certificateErrorsStopAndSayWhy_data();
    void certificateErrorsStopAndSayWhy();
    void httpRedirectToHttpsIsFollowed_data();
    void httpRedirectToHttpsIsFollowed();
    void serverListUnderAPrefix();
    void idleTimeoutIsKeptOpenByPings();
    void idleTimeoutCloseIsReconnected();

private:
    std::unique_ptr<ServerStack> m_stack;
    std::unique_ptr<NginxFront> m_nginx;
};
