// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// qml/StepDetails.qml over a real session's StepContentsModel (fed from a fixture): what the pane
// shows for the selected step, and that it follows the step's edits.
class TestStepDetailsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheSelectedStepAndFollowsEdits();
    // Issue #13: ARLEM augmentations read as their author knows them (no "tangible", no device path).
    void arlemCardsReadAsAnAuthorKnowsThem();
    // Issue #13: the name can be selected and copied; a whitespace-only name is "(untitled step)".
    void nameIsSelectableAndCopies();
    void historyListsWhatTheClientSaw();
};
