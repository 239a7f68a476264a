// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "cli/hugeheap.h"

#include <algorithm>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define MIRAGEDESK_HUGE_HEAP 1
#endif

namespace mirage {

#ifdef MIRAGEDESK_HUGE_HEAP
namespace {
constexpr uintptr_t kHuge = uintptr_t(2) << 20;
uintptr_t alignUp(uintptr_t p)
{
    return (p + kHuge - 1) & ~(kHuge - 1);
}
uintptr_t alignDown(uintptr_t p)
{
    return p & ~(kHuge - 1);
}
} // namespace
#endif

void HugeHeap::enableFor(size_t inputBytes, size_t treeBytes)
{
#ifdef MIRAGEDESK_HUGE_HEAP
    if (m_enabled || inputBytes < kMinInput)
        return;
    m_enabled = true;
    const size_t pad = std::clamp(treeBytes, kPad, kMaxPad); // kMaxPad * 2 still fits an int
    mallopt(M_TOP_PAD, int(pad));
    mallopt(M_TRIM_THRESHOLD, int(pad * 2));
    mallopt(M_MMAP_THRESHOLD, int(kMmapThreshold)); // the big vectors too (the steps, the index)
    m_advisedTo = alignUp(uintptr_t(sbrk(0)));
    // Grows the heap by the pad now, before the tree touches it (volatile: a malloc freed unused
    // may be left out by the compiler). Should the heap not grow (no memory for it), follow()
    // finds nothing to advise and the tree is built as usual.
    void *volatile grow = malloc(kHuge);
    free(grow);
    follow();
#else
    (void)inputBytes;
    (void)treeBytes;
#endif
}

void HugeHeap::follow()
{
#ifdef MIRAGEDESK_HUGE_HEAP
    if (!m_enabled)
        return;
    const uintptr_t top = alignDown(uintptr_t(sbrk(0)));
    if (top <= m_advisedTo)
        return;
    (void)madvise(reinterpret_cast<void *>(m_advisedTo), top - m_advisedTo, MADV_HUGEPAGE);
    m_advisedTo = top;
#endif
}

} // namespace mirage
