// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Find in the steps (issue #13): session/ListSearch over a session's StepModel fed from snapshots
// and messages, no socket. Prints the time of one keystroke over 10,000 steps (not asserted).
class TestListSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesNameDescriptionAndContent();
    void changedRowIsSearchedAgain();
    void changedContentIsSearchedAgain();
    void contentIsFoundByWhatItsCardShows();
    void idsAndRowsAreTheProxys();
    void highlightEscapesServerText();
    void prepareBuildsTheCacheBeforeTyping();
    void tenThousandSteps();
};
