// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// The desktop app end to end: the real window (QML on an X server), the real reference server
// (redis-server + daphne), a private D-Bus session with a real notification daemon (dunst).
// Run through tests/gui/run-in-session.
class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowIsTitledAfterTheActivityAndFollowsRenames();
    void remoteStepEditShowsInTheList();
    void htmlFromTheServerIsShownAsText();
    void joinAndUploadAppearAndPopUp();
    void popupActionShowsTheItem();
    void alertPopsUpEvenWhileLooking();
    void deletedActivityIsReadOnlyWithABanner();
    void openDialogValidatesAsYouType();
    void badUuidOnTheCommandLineExits2();
    void aFloodOfAlertsIsAFewPopups();
    void sidebarSwitchesBetweenActivities();
    void appearanceColoursTheViews();
    void aLinkThatCannotBeOpenedSaysSo();
    void f1ShowsTheShortcuts();
    void shortcutSheetListsEveryShortcut();
    void ctrlSSavesTheActivityAndAFailureShows();
    void keyboardFocusShowsOnTabsAndSidebar();
    void noQmlWarnings();
};
