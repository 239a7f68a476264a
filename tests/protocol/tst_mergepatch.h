// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class TestMergePatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void seedExampleVerbatim();
    void deltaReportsWhatChanged();
    void tenThousandSteps();
    void unicode();
    void duplicateIds_data();
    void duplicateIds();
};
