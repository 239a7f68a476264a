// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/notificationrequest.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace mirage {

// The popups the window shows itself when no notification service shows them (none on the bus, or
// one that refuses): newest first, one per key (a later popup of the same key replaces the earlier
// one in place, as a daemon would), at most kMaxRows (the oldest goes). Each stays until the user
// dismisses it or clicks it, which shows its item as a popup's action does. Summary and body are
// plain text, as the server sent them.
class PopupListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController makes the one list of the window's popups")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
public:
    enum Role { SummaryRole = Qt::UserRole + 1, BodyRole, UrgencyRole, SectionRole };
    static constexpr int kMaxRows = 5;

    explicit PopupListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void add(const NotificationRequest &request);
    const NotificationRequest &at(int row) const { return m_rows.at(row); }
    // Removes the popup (dismissed); out-of-range rows are ignored.
    Q_INVOKABLE void dismiss(int row);
    Q_INVOKABLE void dismissAll();
    // The user clicked the popup: it goes, and `activated` asks to show its item.
    Q_INVOKABLE void activate(int row);

Q_SIGNALS:
    void countChanged();
    void activated(const QString &section, const QString &itemId, const QString &key);

private:
    QList<NotificationRequest> m_rows;
};

} // namespace mirage
