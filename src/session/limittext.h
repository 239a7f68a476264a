// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

namespace mirage {

// What the window says when a limit of issue #23 is reached, in its language: the open activities
// (Workspace::kMaxOpen) and the links handed over at once (SingleInstance's limits).
class LimitText
{
    Q_DECLARE_TR_FUNCTIONS(mirage::LimitText)
public:
    // No other activity opens: Workspace::kMaxOpen are open.
    static QString workspaceFull();
    // `count` activities of the kept workspace were left out (over Workspace::kMaxOpen).
    static QString notReopened(int count);
    // A request of `links` links was refused: at most `limit` are taken at a time.
    static QString linksRefused(int links, int limit);
};

} // namespace mirage
