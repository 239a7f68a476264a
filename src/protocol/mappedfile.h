// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <string>

namespace mirage {

// A read-only memory map of a whole file (falls back to reading it when it cannot be mapped).
// The JSON parser may read up to its padding past a line's end: bytes() says how far is safe.
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // Returns false with the system's reason in `error`.
    bool open(const std::string &path, std::string &error);
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }

private:
    const char *m_data = nullptr;
    size_t m_size = 0;
    bool m_mapped = false;
    std::string m_fallback;
};

} // namespace mirage
