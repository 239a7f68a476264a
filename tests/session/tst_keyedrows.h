// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// A frame's row operations on a keyed list (issue #14), over a real session fed NDJSON: removals
// leave as one rowsRemoved per run of adjacent rows, with the right rows; the id→row lookup is right
// during and after a frame that mixes deletes, inserts, a re-added id and a reorder; a full list in
// the same order moves nothing. QAbstractItemModelTester watches the steps and the find proxy.
// The steps' rows are read when a view asks for them, not when a document is loaded (issue #26);
// a snapshot's rows and content counts read on the worker, then the events applied after it was set
// and before its frame, give the rows and counts of the state.
class TestKeyedRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removalsAreBatchedByRun();
    void lookupRightAfterMixedFrame();
    void fullListInSameOrderMovesNothing();
    void rowsAreReadWhenAsked();
    void rowsReadOffThreadThenEventsAreTheState();
};
