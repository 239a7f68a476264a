// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// What the user's notification daemon shows (issue #15): the Notifier asks the daemon's
// capabilities once per daemon and again when the service changes hands; the body is markup only
// for a daemon that reads markup, actions go only to one that has them, and a click hands the
// daemon's activation token over. Against an in-process daemon (NotificationService) and against
// dunst, started here on run-in-session's bare bus with markup on and off.
class TestNotifyDaemon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theBodyIsMarkupOnlyForADaemonThatReadsIt();
    void capabilitiesAreAskedAgainWhenTheServiceChangesHands();
    void aClickHandsTheActivationTokenOver();
    void dunstShowsTheServersTextAsItCame_data();
    void dunstShowsTheServersTextAsItCame();
};
