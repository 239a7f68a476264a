// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Tokens in the window (issue #12): a server that refuses with 4401 gets a question for its token;
// the token given is kept in the desktop's secret store (gnome-keyring on run-in-session's bus),
// never in the settings or the copies, and found there at the next start.
class TestTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedServerAsksForItsToken();
    void keptTokenIsUsedAtTheNextStart();
    void refusedKeptTokenIsAskedForAgain();
    void tokenIsInNoFile();
};
