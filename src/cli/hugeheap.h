// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <cstdint>

namespace mirage {

// Transparent huge pages for the heap of a headless command that builds a big tree (issue #14).
// Debian's kernels give them only to memory that asks (transparent_hugepage=madvise), and glibc's
// malloc asks only under GLIBC_TUNABLES=glibc.malloc.hugetlb=1, read at exec. Replaying 100,000
// events on 10,000 steps spent ~10% of its time in page faults (the tree's first touch) and the
// rest of an edit mostly in reaching its step through 4 KiB pages. Once enabled, the heap grows in
// steps of the tree's expected size (at least kPad; untouched, so it costs no memory until used),
// allocations up to 32 MiB stay in it rather than in mappings of their own, and every new stretch
// of it is advised MADV_HUGEPAGE: one fault per 2 MiB.
// A small input keeps the usual heap: a huge page's first fault clears 2 MiB, more than a
// command on a small activity spends in all. Only with glibc on Linux; elsewhere it does nothing.
class HugeHeap
{
public:
    static constexpr size_t kMinInput = size_t(4) << 20; // bytes of input that make it worthwhile
    static constexpr size_t kPad = size_t(64) << 20;
    static constexpr size_t kMaxPad = size_t(512) << 20;
    static constexpr size_t kMmapThreshold = size_t(32) << 20; // glibc's largest

    // Turns it on when `inputBytes` (what the command is about to read) is at least kMinInput;
    // `treeBytes` is what the tree built from it is expected to take (the heap grows by that).
    void enableFor(size_t inputBytes, size_t treeBytes);
    bool enabled() const { return m_enabled; }
    // Advises what the heap has grown by since the last call (cheap when it has not).
    void follow();

private:
    bool m_enabled = false;
    uintptr_t m_advisedTo = 0;
};

} // namespace mirage
