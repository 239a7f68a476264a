// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "session/contentdescriber.h"

#include <QAbstractListModel>
#include <vector>

namespace mirage {

class ActivityState;
class JsonValue;

// The selected step of the session's activity and what it shows, whatever the activity's shape
// (SPEC §7): set stepId, read the step's own text from the properties and its contents as rows.
// The session refreshes it whenever the steps or the activity's contents change.
//
// Contents are listed in this order: the step's own `contents`, its `enter.activates` then its
// `exit.activates` augmentations (legacy ARLEM; the `"type": "action"` entries there are moves to
// other actions, not contents), then the activity-level `content` entries whose `steps` name the
// step. Each row is a ContentDescriber::Card, as its author knows it:
//  - contentType (QString): the content's `type` (ARLEM: its `predicate`) as stored.
//  - kind (QString): its kind by name ("Audio", "3D model"; an unknown one as stored).
//  - title (QString): "Audio — WEKIT_Audio_Step7.wav", "Label: <text>", or the kind alone.
//  - detail (QString): further plain text, may be empty.
//  - place (QString): "at <poi>", may be empty.
//  - link (QString): an http(s) address to open, never a device path; may be empty.
// stepType is empty for ARLEM's "action", the type of every ARLEM step.
// The model resets when the step or its contents change (a step shows a handful of contents).
class StepContentsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString stepId READ stepId WRITE setStepId NOTIFY stepChanged FINAL)
    Q_PROPERTY(bool hasStep READ hasStep NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString name READ name NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString description READ description NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString stepType READ stepType NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString json READ json NOTIFY stepChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY stepChanged FINAL)
public:
    enum Role { ContentTypeRole = Qt::UserRole, KindRole, TitleRole, DetailRole, PlaceRole, LinkRole };

    explicit StepContentsModel(const ActivityState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString stepId() const { return m_stepId; }
    void setStepId(const QString &id);
    // Whether stepId names a step the activity has now.
    bool hasStep() const { return m_hasStep; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString stepType() const { return m_type; }
    // The step as stored, in JSON.
    QString json() const { return m_json; }
    int count() const { return int(m_rows.size()); }

    // Re-reads the step from the state.
    void refresh();

Q_SIGNALS:
    void stepChanged();

private:
    const ActivityState &m_state;
    QString m_stepId;
    bool m_hasStep = false;
    QString m_name, m_description, m_type, m_json;
    std::vector<ContentDescriber::Card> m_rows;
};

} // namespace mirage
