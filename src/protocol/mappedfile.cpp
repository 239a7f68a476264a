// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/mappedfile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirage {

MappedFile::~MappedFile()
{
    if (m_mapped)
        ::munmap(const_cast<char *>(m_data), m_size);
}

bool MappedFile::open(const std::string &path, std::string &error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        error = std::strerror(errno);
        ::close(fd);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = "Is a directory";
        ::close(fd);
        return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        void *p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) {
            ::madvise(p, size_t(st.st_size), MADV_SEQUENTIAL);
            m_data = static_cast<const char *>(p);
            m_size = size_t(st.st_size);
            m_mapped = true;
            ::close(fd);
            return true;
        }
    }
    // Pipes, empty files, or no mapping: read it.
    char chunk[1 << 16];
    ssize_t n;
    while ((n = ::read(fd, chunk, sizeof chunk)) > 0)
        m_fallback.append(chunk, size_t(n));
    const int err = n < 0 ? errno : 0;
    ::close(fd);
    if (err) {
        error = std::strerror(err);
        return false;
    }
    m_data = m_fallback.data();
    m_size = m_fallback.size();
    return true;
}

} // namespace mirage
