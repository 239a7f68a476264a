// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestActivityState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data();
    void events();
    void rejections_data();
    void rejections();
    void nestingLimitBoundary();
    void sizeLimit();
    void adoptsFirstActivityId();
    void dumpShape();
    void snapshotKeepsPeopleAndFiles();
    void legacyArlemActions();
    void reusedResultReadsAsAFreshOne();
    void resultHandsOutTheFileItTouched();
    void viewsReadEitherShapeAndAnswerEmpty();
};
