// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <csignal>
#include <sys/resource.h>

// A full disk for the files this process writes: while it lives, a write() past `bytes` into a
// regular file fails (EFBIG, RLIMIT_FSIZE with SIGXFSZ ignored) the way one fails with ENOSPC on a
// full disk, so the store's real write path meets it. Lifted when destroyed. Keep its scope short:
// the test's own output, when sent to a file, is cut off too (ctest reads it through a pipe).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        m_on = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_on = m_on && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool active() const { return m_on; }
    void lift()
    {
        if (m_on)
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
        m_on = false;
    }

private:
    rlimit m_saved {};
    bool m_on = false;
};
