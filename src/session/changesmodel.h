// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/journalentry.h"

#include <QAbstractListModel>
#include <QString>
#include <string_view>
#include <vector>

namespace mirage {

class JsonValue;
struct ActivityDiff;

// "Since you last looked" (issue #12): what changed between the local copy (or the state before a
// reconnect) and the fresh snapshot that replaced it, one row a change, worded for the window.
//
// Roles:
//  - kind (QString): "added", "removed", "edited", "moved", "renamed", "description", "config"
//    or "other" (another top-level key changed, or the "and N more" row of a long list).
//  - stepId (QString): the step's canonical id (a UUID in lowercase); empty for activity-level rows
//    and for removed steps (they cannot be selected any more; their id is in removedStepId).
//  - removedStepId (QString): a removed step's canonical id, else empty.
//  - sentence (QString, TextRole): the sentence, plain text ("Step 12 'Inspect the seal' edited:
//    name, contents"). Not "text": a delegate's required property of that name would be a
//    button's own (FINAL) text.
//  - heading (QString): on the first row of a group, the group's name ("The activity", "Steps");
//    else empty. The activity's own fields come first, then the steps.
//
// A snapshot whose diff is not empty replaces the list (no merge: the newest comparison is what is
// true); an empty diff leaves the list as it was. Step rows list at most kMaxStepRows entries;
// the rest is summed up in one "other" row, so a 10,000-step diff makes ~200 rows, not 10,000.
class ChangesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed FINAL)
    // "Since you last looked: 3 steps edited, 1 added, renamed from 'Old'"; empty when no changes.
    Q_PROPERTY(QString summary READ summary NOTIFY changed FINAL)
public:
    static constexpr int kMaxStepRows = 200;
    enum Role { KindRole = Qt::UserRole, StepIdRole, RemovedStepIdRole, TextRole, HeadingRole };

    explicit ChangesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString summary() const { return m_summary; }
    // Replaces the rows with `diff` (when not empty); `newDoc` names the steps, `stepsKey` is
    // where its step list is.
    void show(const ActivityDiff &diff, const JsonValue &newDoc, std::string_view stepsKey);
    // The same changes as journal entries (issue #27), every step listed (no "and N more"), each
    // about its step (or the activity), marked as found at a catch-up: their received time is the
    // journal's now.
    static std::vector<JournalEntry> journalEntries(const ActivityDiff &diff, const JsonValue &newDoc, std::string_view stepsKey);
    // Clears the list (the user read it).
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString kind, stepId, removedId, text;
        QString name; // the step's (or the activity's new) name, when known
        bool more = false; // the "and N more changes to steps" row
    };
    static std::vector<Row> rowsOf(const ActivityDiff &diff, const JsonValue &newDoc, std::string_view stepsKey, size_t maxStepRows);
    static QString summaryOf(const ActivityDiff &diff);

    std::vector<Row> m_rows;
    QString m_summary;
};

} // namespace mirage
