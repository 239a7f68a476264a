// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariantList>

namespace mirage {

class ParticipantModel;
class StepModel;

// Who is where (issue #13). Follows the ParticipantModel's rows (their `step` role) and tells the
// StepModel who is on which step: a person who moves, renames or leaves changes the rows of the
// steps they left and reached, and no other (O(changed)). present() is everyone in the activity
// now, for the header's avatars.
//
// An avatar is a map: name (plain server text; the id when none is given), initials (the first
// letters of the first two words, uppercased; one for a one-word name; "?" when no name), color
// (one of 8 fixed colours, by a stable hash of the person's id) and textColor (white or black,
// whichever contrasts more with it).
class Presence : public QObject
{
    Q_OBJECT
public:
    Presence(ParticipantModel *people, StepModel *steps, QObject *parent = nullptr);

    // Everyone present, in the order they joined.
    QVariantList present() const;

    // The avatars' names joined with ", ", each isolated (U+2068…U+2069): server text in a sentence.
    static QString namesOf(const QVariantList &avatars);
    static QVariantMap avatar(const QString &id, const QString &name);
    static QString initials(const QString &name);
    static QString colorOf(const QString &id);
    static QString textColorOn(const QString &color);

Q_SIGNALS:
    // Someone joined, left or was renamed (present() changed).
    void presentChanged();

private:
    struct Person
    {
        QString step; // canonical step id, empty when on none
        QVariantMap avatar;
    };
    void update(int first, int last);
    void removeRows(int first, int last);
    void rebuild();
    void leave(const QString &key);
    void publish();

    ParticipantModel *m_model;
    StepModel *m_steps;
    QHash<QString, Person> m_people; // by person's canonical id
    QHash<QString, QStringList> m_onStep; // step id → person ids, in the order they came
    QSet<QString> m_touched; // steps whose people changed, not yet told to the StepModel
    bool m_presentChanged = false;
};

} // namespace mirage
