// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/windowcontroller.h"

#include "desktop/appsettings.h"
#include "desktop/windowactivation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace mirage {

WindowController::WindowController(QObject *parent)
    : QObject(parent)
{
}

void WindowController::setWindow(QWindow *window)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (!window)
        return;
    connect(window, &QWindow::activeChanged, this, &WindowController::inFrontChanged);
    connect(window, &QWindow::visibilityChanged, this, &WindowController::inFrontChanged);
    connect(window, &QWindow::visibleChanged, this, &WindowController::shownChanged);
    Q_EMIT inFrontChanged();
}

bool WindowController::inFront() const
{
    return m_window && m_window->isVisible() && m_window->isActive() && m_window->visibility() != QWindow::Minimized;
}

void WindowController::place(AppSettings *settings)
{
    QWindow *window = m_window;
    if (!window)
        return;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const QRect place = AppSettings::fitWindow(settings->windowGeometry(), window->size(), available);
    window->setGeometry(place);
    if (settings->windowMaximised())
        window->showMaximized();
    connect(qApp, &QCoreApplication::aboutToQuit, window, [window, settings] {
        const bool maximised = window->visibility() == QWindow::Maximized || window->visibility() == QWindow::FullScreen;
        settings->saveWindow(maximised ? QRect() : window->geometry(), maximised);
    });
}

void WindowController::raise(const QString &activationToken)
{
    if (!m_window)
        return;
    WindowActivation::useToken(m_window, activationToken);
    if (!m_window->isVisible() || m_window->visibility() == QWindow::Minimized)
        m_window->showNormal();
    m_window->raise();
    m_window->requestActivate();
}

void WindowController::toggle()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && m_window->visibility() != QWindow::Minimized)
        m_window->hide();
    else
        raise();
}

} // namespace mirage
