// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestLenient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptedAndKeptExactly_data();
    void acceptedAndKeptExactly();
    void stillRejected_data();
    void stillRejected();
    void snapshotLenient();
    void snapshotNestingLimit();
    void downloadCountSaturates_data();
    void downloadCountSaturates();
};
