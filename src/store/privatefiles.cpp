// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirage {

namespace {

// Creates `dir` and its missing parents as 0700; existing ones are left as they are.
CopyError createChain(const QString &dir)
{
    const QByteArray native = QFile::encodeName(dir);
    struct stat st = {};
    if (::stat(native.constData(), &st) == 0)
        return S_ISDIR(st.st_mode) ? CopyError::None : CopyError::NotWritable;
    if (errno != ENOENT)
        return PrivateFiles::errorFor(errno);
    const QString parent = QFileInfo(dir).path();
    if (parent != dir) {
        if (const CopyError e = createChain(parent); e != CopyError::None)
            return e;
    }
    if (::mkdir(native.constData(), PrivateFiles::kFolderMode) != 0 && errno != EEXIST)
        return PrivateFiles::errorFor(errno);
    ::chmod(native.constData(), PrivateFiles::kFolderMode); // whatever the umask took away
    return CopyError::None;
}

} // namespace

CopyError PrivateFiles::errorFor(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: // past RLIMIT_FSIZE
        return CopyError::NoSpace;
    case ELOOP: // O_NOFOLLOW met a link
        return CopyError::NotAFile;
    default:
        return CopyError::NotWritable;
    }
}

CopyError PrivateFiles::makeFolder(const QString &folder)
{
    const QString dir = QDir::cleanPath(QDir(folder).absolutePath());
    if (const CopyError e = createChain(dir); e != CopyError::None)
        return e;
    const QByteArray native = QFile::encodeName(dir);
    struct stat st = {};
    if (::stat(native.constData(), &st) == 0 && (st.st_mode & 077) != 0)
        ::chmod(native.constData(), kFolderMode); // left 0755 by an earlier version; not ours when this fails
    return CopyError::None;
}

bool PrivateFiles::makeFile(const QString &file)
{
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kFileMode);
    if (fd >= 0) {
        ::fchmod(fd, kFileMode);
        ::close(fd);
        return true;
    }
    struct stat st = {};
    if (errno != EEXIST || ::lstat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    return (st.st_mode & 077) == 0 || ::chmod(native.constData(), kFileMode) == 0;
}

} // namespace mirage
