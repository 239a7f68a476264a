// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// The tests that link the same layers are one program (tests/CMakeLists.txt: miragedesk_tests_core,
// _net, _gui), so their shared headers and templates are compiled once and linked once. Each test
// keeps its own file, its QTEST_MAIN or QTEST_GUILESS_MAIN line, its own process and its name: the
// program is started through a link named after the test (build/tests/tst_x), and runs the test
// whose source file has that name. Included last by each group's precompiled header (pch/core.h),
// after QtTest: QTEST_MAIN_WRAPPER, which every QTEST_*MAIN expands to, then registers the test's
// main instead of defining main(). Each test still sets up the application its macro names.
#pragma once
#include <QTest>

namespace miragedesk::testregistry {
using Main = int (*)(int argc, char *argv[]);
// Registers a test's main under the name of its source file (FILE is __FILE__); true.
bool add(const char *file, Main main);
} // namespace miragedesk::testregistry

#undef QTEST_MAIN_WRAPPER
#define QTEST_MAIN_WRAPPER(TestObject, ...)                                                                                                \
    static int miragedeskMain##TestObject(int argc, char *argv[])                                                                          \
    {                                                                                                                                      \
        TESTLIB_SELFCOVERAGE_START(#TestObject)                                                                                            \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                                                 \
        __VA_ARGS__                                                                                                                        \
        TestObject tc;                                                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                                         \
        return QTest::qExec(&tc, argc, argv);                                                                                              \
    }                                                                                                                                      \
    [[maybe_unused]] static const bool miragedeskRegistered##TestObject =                                                                  \
        miragedesk::testregistry::add(__FILE__, miragedeskMain##TestObject);
