// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <functional>

namespace mirage {

// Reconnect delays (SPEC §4): exponential backoff with full jitter. Attempt n (from 0) waits a
// uniformly random time in [0, min(max, initial * 2^n)]; the first retry is thus at most `initial`.
class RetryPolicy
{
public:
    explicit RetryPolicy(int initialMs = 500, int maxMs = 30000);
    // The delay before the next attempt; counts the attempt.
    int nextDelayMs();
    // The ceiling of attempt n's delay.
    int ceilingMs(int attempt) const;
    // A delay for attempt n (full jitter under its ceiling); counts nothing.
    int delayMs(int attempt) const;
    int attempts() const { return m_attempt; }
    void reset() { m_attempt = 0; }
    // For tests: a source of uniform numbers in [0, 1).
    void setRandom(std::function<double()> r) { m_random = std::move(r); }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    std::function<double()> m_random;
};

} // namespace mirage
