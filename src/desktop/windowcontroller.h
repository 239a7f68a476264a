// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

namespace mirage {

class AppSettings;

// The AppController's window part (issue #24), as NeoChat's WindowController: the one main
// window, where it is placed (the last quit's place and size, kept inside the screen), whether the
// user has it in front, and bringing it forward or hiding it. Fed by the window's signals.
class WindowController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController's window part")
    // The window is shown, active and not minimised: what arrives is seen.
    Q_PROPERTY(bool inFront READ inFront NOTIFY inFrontChanged FINAL)
public:
    explicit WindowController(QObject *parent = nullptr);

    // The window, once QML has made it.
    void setWindow(QWindow *window);
    QWindow *window() const { return m_window; }
    // Places it: the first size fits the screen (90% of its free area at most, whatever
    // QT_SCALE_FACTOR does); later starts restore the place and size of the last quit, kept inside
    // the screen, and it is saved again at quit.
    void place(AppSettings *settings);
    bool inFront() const;

    // Brings the window forward (shown, raised, activated); `activationToken`: one a popup's click
    // or another start handed over (see WindowActivation).
    Q_INVOKABLE void raise(const QString &activationToken = QString());
    // Hides it when it is shown, else brings it forward (the tray's click).
    Q_INVOKABLE void toggle();

Q_SIGNALS:
    void inFrontChanged();
    void shownChanged(bool shown);

private:
    QPointer<QWindow> m_window;
};

} // namespace mirage
