// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include "util/Failure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString systemText(int errnum) { return QString::fromLocal8Bit(std::strerror(errnum)); }

[[noreturn]] void failWith(int errnum, const QString &path, const char *step)
{
    const QString detail = u"%1 %2: %3"_s.arg(QString::fromLatin1(step), path, systemText(errnum));
    spdlog::warn("export: {}", detail.toStdString());
    throw Failure(ExportFile::describeError(errnum, path), Failure::Kind::Operation, detail);
}

[[noreturn]] void refuse(const QString &message, const QString &detail)
{
    spdlog::warn("export: refused: {}", detail.toStdString());
    throw Failure(message, Failure::Kind::Input, detail);
}

QString kindOf(mode_t mode)
{
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return u"设备文件"_s;
    if (S_ISFIFO(mode))
        return u"命名管道（FIFO）"_s;
    if (S_ISSOCK(mode))
        return u"套接字"_s;
    return u"特殊文件"_s;
}

/// The permission bits a new file gets: 0666 less the process's umask (read from /proc, as umask() cannot
/// be read without being changed, and other threads may create files meanwhile).
mode_t newFileMode()
{
    mode_t mask = 022;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    mask = mode_t(value);
                break;
            }
        }
    }
    return 0666 & ~mask;
}

/// Writes all of `data` to `fd`; returns 0 or the errno of the write that failed.
int writeFully(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
    }
    return 0;
}

/// A temporary file that removes itself unless it was renamed into place.
class TemporaryFile
{
public:
    explicit TemporaryFile(const QString &target)
    {
        const QFileInfo info(target);
        m_path = QFile::encodeName(info.absolutePath() + u"/."_s + info.fileName() + u".XXXXXX"_s);
        m_fd = ::mkostemp(m_path.data(), O_CLOEXEC);
        if (m_fd < 0)
            m_path.clear();
    }
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    int fd() const { return m_fd; }
    const QByteArray &path() const { return m_path; }
    /// Closes the descriptor; returns 0 or errno (NFS reports a failed write only here).
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result == 0 ? 0 : errno;
    }
    /// The file is in place: nothing left to remove.
    void release() { m_path.clear(); }

private:
    QByteArray m_path;
    int m_fd = -1;
};

} // namespace

QString ExportFile::describeError(int errnum, const QString &path)
{
    switch (errnum) {
    case ENOSPC:
    case EDQUOT:
        return u"磁盘空间不足，无法写入“%1”。原有文件没有改动。"_s.arg(path);
    case EACCES:
    case EPERM:
        return u"没有权限写入“%1”。原有文件没有改动。"_s.arg(path);
    case EROFS:
        return u"“%1”所在的磁盘是只读的，无法写入。"_s.arg(path);
    case EIO:
        return u"写入“%1”时磁盘读写出错。原有文件没有改动。"_s.arg(path);
    case ENAMETOOLONG:
        return u"文件名“%1”太长。"_s.arg(path);
    case EMFILE:
    case ENFILE:
        return u"同时打开的文件太多，无法写入“%1”。"_s.arg(path);
    case EPIPE:
        return u"无法写入“%1”：接收输出的程序已经退出。"_s.arg(path);
    default:
        return u"无法写入“%1”（系统错误代码 %2）。原有文件没有改动。"_s.arg(path).arg(errnum);
    }
}

void ExportFile::save(const QString &path, const QByteArray &data)
{
    if (path.isEmpty())
        refuse(u"没有给出输出文件的路径。"_s, u"empty path"_s);

    // What is there now decides where the bytes go. Nothing is opened: a FIFO or a device is never touched.
    QString target = path;
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st {};
    bool exists = false;
    if (::lstat(encoded.constData(), &st) == 0) {
        exists = true;
        if (S_ISLNK(st.st_mode)) {
            if (::stat(encoded.constData(), &st) != 0)
                refuse(u"无法写入“%1”：这是一个指向不存在的文件的符号链接。"_s.arg(path),
                       u"dangling symbolic link %1"_s.arg(path));
            if (S_ISREG(st.st_mode))
                target = QFileInfo(path).canonicalFilePath();
        }
        if (S_ISDIR(st.st_mode))
            refuse(u"无法写入“%1”：这是一个文件夹。"_s.arg(path), u"%1 is a directory"_s.arg(path));
        if (!S_ISREG(st.st_mode))
            refuse(u"拒绝写入“%1”：它是%2，不是普通文件。请给出一个普通文件的路径，或用 -o - 输出到标准输出。"_s.arg(
                       path, kindOf(st.st_mode)),
                   u"%1 is not a regular file (mode %2)"_s.arg(path).arg(st.st_mode, 0, 8));
    } else if (errno != ENOENT) {
        failWith(errno, path, "lstat");
    }
    const QFileInfo info(target);
    if (!exists && !info.absoluteDir().exists())
        refuse(u"无法写入“%1”：文件夹“%2”不存在。"_s.arg(path, QDir::toNativeSeparators(info.absolutePath())),
               u"no folder %1"_s.arg(info.absolutePath()));

    TemporaryFile temp(target);
    if (temp.fd() < 0)
        failWith(errno, path, "mkostemp");
    // The new file keeps the old one's permissions and, where allowed, its owner; a new name gets the umask's.
    if (exists) {
        if (::fchmod(temp.fd(), st.st_mode & 07777) != 0)
            spdlog::warn("export: cannot copy the permissions of {}: {}", path.toStdString(), std::strerror(errno));
        if ((st.st_uid != ::geteuid() || st.st_gid != ::getegid()) && ::fchown(temp.fd(), st.st_uid, st.st_gid) != 0)
            spdlog::info("export: cannot keep the owner of {}: {}", path.toStdString(), std::strerror(errno));
    } else if (::fchmod(temp.fd(), newFileMode()) != 0) {
        spdlog::warn("export: cannot set the permissions of {}: {}", path.toStdString(), std::strerror(errno));
    }
    if (const int e = writeFully(temp.fd(), data))
        failWith(e, path, "write");
    if (::fsync(temp.fd()) != 0)
        failWith(errno, path, "fsync");
    if (const int e = temp.close())
        failWith(e, path, "close");
    if (::rename(temp.path().constData(), QFile::encodeName(target).constData()) != 0)
        failWith(errno, path, "rename");
    temp.release();

    // The rename itself is durable only once the folder is synced; the export is complete either way.
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        if (::fsync(dir) != 0 && errno != EINVAL)
            spdlog::warn("export: fsync of the folder of {} failed: {}", path.toStdString(), std::strerror(errno));
        ::close(dir);
    }
}

void ExportFile::writeAll(int fd, const QByteArray &data, const QString &name)
{
    if (const int e = writeFully(fd, data))
        failWith(e, name, "write");
    // A regular file or a block device behind the descriptor holds the bytes only once synced; a pipe or a
    // terminal cannot be synced (EINVAL), which is no failure.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        failWith(errno, name, "fsync");
}

bool ExportFile::write(const QString &path, const QByteArray &data, QString *error)
{
    try {
        save(path, data);
        return true;
    } catch (const Failure &f) {
        if (error)
            *error = f.message();
        return false;
    }
}

} // namespace fazhi
