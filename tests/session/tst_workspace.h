// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openingAgainSelects();
    void closeAndSelect();
    void listModelFollows();
    void saveAndRestore();
    void restoreWithServerDownShowsCopies();
    void corruptCopyIsSetAside();
    void newerCopyIsNeverWrittenOver();
    void fullDiskIsSaidOnce();
    void copiesAreDebounced();
    void slowCopiesAreWrittenLessOften_data();
    void slowCopiesAreWrittenLessOften();
    void onlySelectedIsLookedAt();
};
