// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/helperexec.h"

#include "base/exitcode.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace mirage {

int HelperExec::run(const char *program, char **argv)
{
    char self[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        std::fprintf(stderr, "miragedesk: cannot find where miragedesk is installed: %s\n", std::strerror(errno));
        return ExitFailure;
    }
    std::string dir(self, size_t(n));
    dir.erase(dir.rfind('/') + 1);
    const std::string places[] = {dir + program, dir + MIRAGEDESK_HELPER_DIR "/" + program};
    int error = ENOENT;
    for (const std::string &path : places) {
        ::execv(path.c_str(), argv);
        if (errno != ENOENT || error == ENOENT)
            error = errno; // keep the first reason that is not "no such file"
    }
    std::fflush(stdout);
    std::fprintf(stderr, "miragedesk: cannot start %s (looked in %s and %s): %s\n", program, dir.c_str(),
        (dir + MIRAGEDESK_HELPER_DIR).c_str(), std::strerror(error));
    return ExitFailure;
}

} // namespace mirage
