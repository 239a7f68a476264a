// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// StepContentsModel's rows on activities in the legacy ARLEM shape and the current data model
// (tests/data/arlem): each card's kind, title, detail, place and link as an author knows them.
class TestStepContents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arlemAugmentationsByPredicate();
    void currentModelContentByType();
    void fileNamesAndLinks();
};
