// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QSortFilterProxyModel>

namespace mirage {

// The activity log as the user filters it: by category ("" = all, "rejected" = only rejections)
// and by text (case-insensitive, on what an entry says; "" = all: over the whole history too,
// through the journal's index, EventLogModel::setHistorySearch). Its rows and roles are
// EventLogModel's.
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged FINAL)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    // How many days of the log the journal keeps (0: no journal, only what is shown is kept).
    Q_PROPERTY(int keptDays READ keptDays NOTIFY countChanged FINAL)
public:
    explicit EventLogFilter(QObject *parent = nullptr);

    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QString text() const { return m_text; }
    void setText(const QString &text);
    int count() const { return rowCount(); }
    int keptDays() const;
    // The item of the entry at a shown row (for activating it from the keyboard): its section
    // ("steps", "people", "files" or "") and id.
    Q_INVOKABLE QString sectionAt(int row) const;
    Q_INVOKABLE QString itemIdAt(int row) const;
    // Reads the next page of the history above the rows (issue #27: the view asks when scrolled
    // to the top); false when there is none.
    Q_INVOKABLE bool fetchOlder();
    // A view asks by itself only for the newest page of the history (when it is shown): it asks
    // when it reaches its last row, where the newest entries are, not the older ones.
    bool canFetchMore(const QModelIndex &parent) const override;

Q_SIGNALS:
    void categoryChanged();
    void textChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_text;
};

} // namespace mirage
