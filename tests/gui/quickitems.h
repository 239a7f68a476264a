// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

// What the window tests read of a Qt Quick scene: its items by objectName, as the user's eye
// finds them in the visual tree (shared by tst_desktop and tst_crowd).
#include <QList>
#include <QQuickItem>
#include <QString>

namespace quickitems {

// Every item below `item` (visual tree, `item` included) with this objectName.
inline void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (!item)
        return;
    if (item->objectName() == name)
        out << item;
    for (QQuickItem *child : item->childItems())
        collect(child, name, out);
}

// The first such item, or null.
inline QQuickItem *findItem(QQuickItem *under, const QString &name)
{
    QList<QQuickItem *> items;
    collect(under, name, items);
    return items.value(0);
}

} // namespace quickitems
