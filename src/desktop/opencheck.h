// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

namespace mirage {

// What the Open dialog says of what the user typed (AppController::validate), as they type: ok
// when it opens, else why not (`reason`, in the window's language); when ok, the activity's id
// and the server it is on (as shown). A value type of the QML module (`openCheck`).
struct OpenCheck
{
    Q_GADGET
    QML_VALUE_TYPE(openCheck)
    Q_PROPERTY(bool ok MEMBER ok FINAL)
    Q_PROPERTY(QString reason MEMBER reason FINAL)
    Q_PROPERTY(QString activityId MEMBER activityId FINAL)
    Q_PROPERTY(QString server MEMBER server FINAL)
public:
    bool ok = false;
    QString reason;
    QString activityId;
    QString server;
};

} // namespace mirage
