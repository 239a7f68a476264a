// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// TokenVault against a real secret service (gnome-keyring on run-in-session's private bus): tokens
// per server, never on disk in plain text nor in the log; and, in a child process on a bus without
// a secret service, a clear Unavailable in bounded time.
class TestTokenVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writtenTokenIsReadBackByAnotherVault();
    void sameServerWhateverTheSchemeSpelling();
    void otherServerHasNoToken();
    void forgetRemovesTheToken();
    void badServerIsAnErrorAndChangesNothing();
    void tokenIsNotInTheFilesNorTheLog();
    void withoutSecretServiceItIsUnavailable();
};
