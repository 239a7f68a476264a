// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The AppController the window talks to, with a real session and real servers on 127.0.0.1:
// where the token goes, what a file link becomes, and what is written to the settings.
class TestController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tokenStaysWithItsServer_data();
    void tokenStaysWithItsServer();
    void serverListNamesActivitiesAsTheHeaderDoes();
    void fileLinksLoseTheirUserInfo();
    void stepLinkSelectsTheStep();
    void framesThatChangeNoSettingDoNotRewriteThem();
    void severalActivitiesOpenAtOnce();
    void workspaceIsRestoredWithItsCopies();
    void aHundredActivitiesAtMost();
    void aRefusedFloodOfLinksIsOneLine();
    void copyProblemsAreSaidInTheWindow();
    void settingsAreTheUsersAlone();
    void logLinesAreCleanUtf8(); // last: it sets the application identity
    void serversAreShownInPunycode(); // after it: it sets the application identity too
};
