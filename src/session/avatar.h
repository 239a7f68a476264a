// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace mirage {

// A person as the avatar rows show them (issue #13, Presence::avatar): name (plain server text;
// the id when none is given), initials (the first letters of the first two words, uppercased; one
// for a one-word name; "?" when no name), color (one of 8 fixed colours, by a stable hash of the
// person's id) and textColor (white or black, whichever contrasts more with it). A value type of
// the QML module (`avatar`, src/desktop/sessiontypes.h); a list of them is a `list<avatar>`.
struct Avatar
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name FINAL)
    Q_PROPERTY(QString initials MEMBER initials FINAL)
    Q_PROPERTY(QString color MEMBER color FINAL)
    Q_PROPERTY(QString textColor MEMBER textColor FINAL)
public:
    QString name;
    QString initials;
    QString color;
    QString textColor;
    bool operator==(const Avatar &) const = default;
};

using Avatars = QList<Avatar>;

} // namespace mirage
