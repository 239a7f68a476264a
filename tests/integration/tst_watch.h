// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "serverstack.h"

#include <QObject>
#include <memory>

class TestWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyEventTypeEndToEnd();
    void broadcastOnOtherNodeArrives();
    void malformedFramesRejectedChannelGoesOn();
    void survivesClose1011();
    void nodeKilledAndRestartedResyncs();
    void unknownActivityRefused4404();
    void tokenRequiredAndNeverShown();
    void recordThenReplayGivesSameState();

private:
    std::unique_ptr<ServerStack> m_stack;
};
