// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// What a view sees through the steps' find proxy (issue #14): session/ListSearch over a real
// StepModel fed by messages, no socket. Each test records the proxy's row signals and checks them
// run by run, with the ids the rows read and where a persistent index (a view's current row)
// ends up; a QAbstractItemModelTester watches the proxy and the steps throughout.
class TestListSearchRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removalRunsPassThroughWithNoSearch();
    void removalsWithSearchOn();
    void insertsWithAndWithoutSearch();
    void changesThatStartOrStopMatching();
    void typingRemovesAndInsertsRuns();
    void reorderMovesTheCurrentRow();
    void sourceResetWithSearchOn();
};
