// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// cli/HugeHeap (issue #14): a headless command on a big input gets its tree in transparent huge
// pages; a small one keeps the usual heap. Read from the kernel (/proc/self/smaps_rollup).

#include "cli/hugeheap.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace mirage;

namespace {
qint64 anonHugeKb()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("AnonHugePages:"))
            return line.mid(14).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Huge pages only to memory that asks for them: with [always] every heap gets them and the test
// could not tell; with [never] none does.
bool kernelGivesThpOnRequest()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains("[madvise]");
}
} // namespace

class TestHugeHeap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallInputKeepsTheUsualHeap()
    {
        HugeHeap heap;
        heap.enableFor(HugeHeap::kMinInput - 1, 8 * HugeHeap::kMinInput);
        QVERIFY(!heap.enabled());
        heap.follow(); // nothing to do, and harmless
    }

    void bigInputsTreeIsInHugePages()
    {
        if (!kernelGivesThpOnRequest())
            QSKIP("this kernel does not give transparent huge pages on request (transparent_hugepage is not madvise)");
        const qint64 before = anonHugeKb();
        QVERIFY(before >= 0);
        HugeHeap heap;
        heap.enableFor(size_t(100) << 20, size_t(64) << 20);
        QVERIFY(heap.enabled());
        // A tree's worth of small allocations, written as they are made.
        constexpr size_t kNodes = 200000;
        auto **nodes = static_cast<char **>(std::malloc(kNodes * sizeof(char *)));
        for (size_t i = 0; i < kNodes; ++i) {
            nodes[i] = static_cast<char *>(std::malloc(100));
            std::memset(nodes[i], int(i), 100);
        }
        heap.follow();
        const qint64 huge = anonHugeKb() - before;
        // ~22 MiB allocated: most of it in 2 MiB pages (the first and last stretch may not be).
        QVERIFY2(huge >= 12 * 1024, qPrintable(QStringLiteral("%1 kB in huge pages").arg(huge)));
        for (size_t i = 0; i < kNodes; ++i)
            QCOMPARE(nodes[i][99], char(i));
        for (size_t i = 0; i < kNodes; ++i)
            std::free(nodes[i]);
        std::free(nodes);
    }
};

QTEST_GUILESS_MAIN(TestHugeHeap)
#include "tst_hugeheap.moc"
