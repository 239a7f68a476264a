// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// "Save the activity as JSON…" and "Export the log…" (issue #13): desktop/Exporter over a session
// fed from a snapshot and messages (no socket), writing real files in a temporary directory.
class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesTheActivityAsIndentedJson();
    void exportsTheLogLines();
    void unwritablePlaceIsReported();
    void nothingToSaveIsReported();
};
