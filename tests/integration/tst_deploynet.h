// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "../deploy/nginxfront.h"
#include "serverstack.h"

#include <QObject>
#include <memory>

// Issue #25, the network side of real deployments: `miragedesk watch` (and the window's start)
// against the reference server, with the parts a deployment puts between them.
class TestDeployNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // Item 6: the Origin.
    void refusedOriginIsNamed();
    void allowedOriginIsSent();
    void originWithoutSchemeIsRefusedAtOnce();
    // Item 7: proxies (squid), given as users give them: http_proxy in the environment.
    void proxyWithCredentialsConnects();
    void proxyWantingCredentialsIsNamed();
    void proxyRefusingCredentialsIsNamed();
    void proxyDownIsNamed();
    // The GETs: a snapshot GET that fails at the proxy names it as the socket does.
    void snapshotAtProxyWantingCredentialsIsNamed();
    void snapshotAtProxyDownIsNamed();
    // Item 2: a dual-stack name whose first address is dead (in a namespace: tst_deploynet_netns).
    void deadFirstAddressIsPassedBy();
    void deadFirstAddressIsPassedByOverTls();
    void deadFirstAddressStillChecksTheName();
    void deadFirstAddressStartsTlsFirst();

private:
    QString serverByName() const;
    // watch's stderr when only its snapshot GET goes through `proxy` (the channel is on loopback).
    QByteArray snapshotThroughProxy(const QString &proxy);
    NginxFront *nginx(); // started on first use
    void connectsPastDeadAddress(const QString &server, quint16 port, const QStringList &options);
    std::unique_ptr<ServerStack> m_stack;
    std::unique_ptr<NginxFront> m_nginx;
};
