// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace mirage {

RetryPolicy::RetryPolicy(int initialMs, int maxMs)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(initialMs, maxMs))
{
}

int RetryPolicy::ceilingMs(int attempt) const
{
    double c = m_initialMs;
    for (int i = 0; i < attempt && c < m_maxMs; ++i)
        c *= 2;
    return int(std::min<double>(c, m_maxMs));
}

int RetryPolicy::nextDelayMs()
{
    return delayMs(m_attempt++);
}

int RetryPolicy::delayMs(int attempt) const
{
    const int ceiling = ceilingMs(attempt);
    const double u = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(int(u * ceiling), 0, ceiling);
}

} // namespace mirage
