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
};
