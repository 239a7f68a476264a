// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Who is where (issue #13): 201–203 fed through a session (no socket) put each person's avatar on
// the step they name, with dataChanged on the rows they left and reached only.
class TestPresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusStepShowsOnThatRow();
    void moveSignalsOldAndNewRowsOnly();
    void leaveRemovesThem();
    void stepFromStatusText();
    void initialsAndColours();
    void whatTheHeaderReadsWhenToldIsCurrent();
    void aCrowdIsFiveAndACount();
};
