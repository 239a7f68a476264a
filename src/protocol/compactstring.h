// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace mirage {

// Text kept on the heap in one block: its length, then the bytes (and a NUL). Used by CompactString
// and JsonValue for text that does not fit inline; one allocation per text, 8 bytes of overhead.
namespace heaptext {
char *make(std::string_view s);
inline std::string_view view(const char *block)
{
    uint64_t n;
    std::memcpy(&n, block, sizeof n);
    return std::string_view(block + sizeof n, size_t(n));
}
void release(char *block) noexcept;
} // namespace heaptext

// An immutable string of 16 bytes: up to 15 bytes inline, longer ones in one heap block. The keys
// of the state's objects are these (a std::string costs 32 bytes; an activity of 1,000 steps has
// ~35,000 members, almost all with keys of a few bytes — issue #12's memory budget).
class CompactString
{
public:
    static constexpr size_t kInline = 15;

    CompactString() noexcept
    {
        std::memset(m_bytes, 0, sizeof m_bytes);
        setInlineSize(0);
    }
    explicit CompactString(std::string_view s)
    {
        std::memset(m_bytes, 0, sizeof m_bytes);
        if (s.size() <= kInline) {
            std::memcpy(m_bytes, s.data(), s.size());
            setInlineSize(s.size());
        } else {
            char *block = heaptext::make(s);
            std::memcpy(m_bytes, &block, sizeof block);
            m_bytes[kInline] = char(kHeapMark);
        }
    }
    CompactString(CompactString &&o) noexcept
    {
        std::memcpy(m_bytes, o.m_bytes, sizeof m_bytes);
        o.clear();
    }
    CompactString &operator=(CompactString &&o) noexcept
    {
        if (this != &o) {
            release();
            std::memcpy(m_bytes, o.m_bytes, sizeof m_bytes);
            o.clear();
        }
        return *this;
    }
    CompactString(const CompactString &o)
        : CompactString(o.view())
    {
    }
    CompactString &operator=(const CompactString &o)
    {
        if (this != &o)
            *this = CompactString(o.view());
        return *this;
    }
    ~CompactString() { release(); }

    std::string_view view() const
    {
        if (isHeap()) {
            const char *block;
            std::memcpy(&block, m_bytes, sizeof block);
            return heaptext::view(block);
        }
        return std::string_view(m_bytes, kInline - uint8_t(m_bytes[kInline]));
    }
    operator std::string_view() const { return view(); }
    std::string toStdString() const { return std::string(view()); }
    size_t size() const { return view().size(); }
    bool empty() const { return size() == 0; }

    // An inline string is its 16 bytes, padded with zeros: two equal inline strings have equal
    // words, so a lookup compares two words per key instead of a length and the bytes.
    struct Words
    {
        uint64_t a, b;
        bool operator==(const Words &) const = default;
    };
    Words words() const
    {
        Words w;
        std::memcpy(&w, m_bytes, sizeof w);
        return w;
    }

    friend bool operator==(const CompactString &a, const CompactString &b) { return a.view() == b.view(); }
    friend bool operator==(const CompactString &a, std::string_view b) { return a.view() == b; }
    friend bool operator<(const CompactString &a, const CompactString &b) { return a.view() < b.view(); }

private:
    static constexpr uint8_t kHeapMark = 0xFF;
    bool isHeap() const { return uint8_t(m_bytes[kInline]) == kHeapMark; }
    void clear() noexcept
    {
        std::memset(m_bytes, 0, sizeof m_bytes);
        setInlineSize(0);
    }
    // The last byte holds kInline - size, so a string of 15 bytes ends in its own NUL-like zero.
    void setInlineSize(size_t n) { m_bytes[kInline] = char(kInline - n); }
    void release() noexcept
    {
        if (isHeap()) {
            char *block;
            std::memcpy(&block, m_bytes, sizeof block);
            heaptext::release(block);
            clear();
        }
    }

    alignas(8) char m_bytes[16];
};

static_assert(sizeof(CompactString) == 16);

} // namespace mirage
