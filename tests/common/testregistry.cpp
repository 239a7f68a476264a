// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The main() of a program of several tests (testregistry.h): runs the test named by the link the
// program was started through (argv[0], e.g. build/tests/tst_idkey), or by its first argument.
#include "testregistry.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace {
std::map<std::string, miragedesk::testregistry::Main> &tests()
{
    static std::map<std::string, miragedesk::testregistry::Main> all;
    return all;
}

// "…/tst_idkey.cpp" → "tst_idkey"; "…/tst_idkey" → "tst_idkey".
std::string baseName(const char *path)
{
    const char *slash = std::strrchr(path, '/');
    std::string name = slash ? slash + 1 : path;
    if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0)
        name.erase(dot);
    return name;
}
} // namespace

bool miragedesk::testregistry::add(const char *file, Main main)
{
    if (!tests().emplace(baseName(file), main).second) {
        std::fprintf(stderr, "testregistry: two tests are named %s\n", baseName(file).c_str());
        std::abort();
    }
    return true;
}

int main(int argc, char *argv[])
{
    const auto &all = tests();
    if (const auto it = all.find(baseName(argv[0])); it != all.end())
        return it->second(argc, argv);
    if (argc > 1) {
        if (const auto it = all.find(argv[1]); it != all.end())
            return it->second(argc - 1, argv + 1);
    }
    std::fprintf(stderr, "%s: run a test by its link in this folder, or name it first. The tests:\n", argv[0]);
    for (const auto &[name, main] : all)
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}
