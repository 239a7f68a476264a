// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/avatar.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <map>

namespace mirage {

class ParticipantModel;
class StepModel;

// Who is where (issue #13). Follows the ParticipantModel's rows (their `step` role) and tells the
// StepModel who is on which step: a person who moves, renames or leaves changes the rows of the
// steps they left and reached, and no other. present() is who the window's header shows.
//
// A crowd costs little (issue #23): what is shown of the people is bounded, the first kShown of
// them and how many there are in all (the avatar rows show them and "+N"), and a person's row
// operation costs O(log n), not O(n). The row signals only collect what changed; publish(), once
// per frame, tells the steps touched and emits presentChanged() when what the header shows changed.
//
// An avatar is an Avatar (session/avatar.h).
class Presence : public QObject
{
    Q_OBJECT
public:
    // Avatars shown for a crowd: the header's and each step's (the rest are counted, "+N").
    static constexpr int kShown = 5;

    Presence(ParticipantModel *people, StepModel *steps, QObject *parent = nullptr);

    // The first kShown people present, in the order they joined (as of the last publish()).
    Avatars present() const { return m_shown; }
    // How many are present (as of the last publish()).
    int count() const { return m_count; }
    // Their names for a sentence: namesOf(present(), count()).
    QString names() const { return namesOf(m_shown, m_count); }

    // Tells the StepModel and the header what changed since the last call (the session's frame).
    void publish();

    // The avatars' names joined with ", ", each isolated (U+2068…U+2069): server text in a
    // sentence; "… and N others" when `total` people are more than the avatars given.
    static QString namesOf(const Avatars &avatars, int total = -1);
    static Avatar avatar(const QString &id, const QString &name);
    static QString initials(const QString &name);
    static QString colorOf(const QString &id);
    static QString textColorOn(const QString &color);

Q_SIGNALS:
    // Someone joined, left or was renamed: present() or count() changed.
    void presentChanged();

private:
    struct Person
    {
        QString step; // canonical step id, empty when on none
        quint64 arrived = 0; // when they reached that step (their order on it)
        Avatar avatar;
    };
    void update(int first, int last);
    void removeRows(int first, int last);
    void rebuild();
    void leave(const Person &person);

    ParticipantModel *m_model;
    StepModel *m_steps;
    QHash<QString, Person> m_people; // by person's canonical id
    QHash<QString, std::map<quint64, QString>> m_onStep; // step id → person ids, in the order they came
    quint64 m_arrivals = 0;
    QSet<QString> m_touched; // steps whose people changed, not yet told to the StepModel
    bool m_headerDirty = false; // the first rows or the count may have changed
    Avatars m_shown;
    int m_count = 0;
};

} // namespace mirage
