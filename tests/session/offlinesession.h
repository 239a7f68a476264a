// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/activitysession.h"

#include <QAbstractItemModelTester>
#include <initializer_list>
#include <memory>
#include <vector>

// A session whose channel is never opened: the tests feed it fixtures, snapshots and copies
// (feedText, loadSnapshot, restoreCopy). Every model named is watched by a QAbstractItemModelTester
// that fails the test on a broken model contract.
struct OfflineSession
{
    std::unique_ptr<mirage::ActivitySession> session;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    OfflineSession(const char *activityId, std::initializer_list<QAbstractItemModel *(*)(mirage::ActivitySession *)> models)
    {
        mirage::ChannelEndpoint endpoint;
        endpoint.activityId = QString::fromLatin1(activityId);
        session = std::make_unique<mirage::ActivitySession>(endpoint, mirage::ChannelSettings {});
        for (auto model : models)
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(model(session.get()), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    mirage::ActivitySession *operator->() { return session.get(); }
};
