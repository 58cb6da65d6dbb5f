// SPDX-License-Identifier: GPL-3.0-or-later
// A small tmpfs the test mounts itself (as root), to fill to the last byte: a disk that is full for real.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace fazhi::test {

class FullDisk
{
public:
    /// Mounts a tmpfs of `bytes` on a temporary folder. mounted() says whether it worked, whyNot() why not.
    explicit FullDisk(qint64 bytes = 8 * 1024 * 1024)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("fazhi-test", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) == 0)
            m_mounted = true;
        else
            m_whyNot = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Names in the filesystem's root, sorted: what a failed write must not add to.
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                           QDir::Name);
    }

    /// Takes every free byte with the file "filler", written until the filesystem says ENOSPC.
    void fill()
    {
        const int fd = ::open(QFile::encodeName(filePath(QStringLiteral("filler"))).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        REQUIRE(fd >= 0);
        int lastError = 0;
        for (const int block : {65536, 4096, 1}) {
            const QByteArray chunk(block, 'x');
            while (true) {
                const ssize_t n = ::write(fd, chunk.constData(), size_t(block));
                if (n < 0) {
                    lastError = errno;
                    break;
                }
            }
        }
        ::close(fd);
        REQUIRE(lastError == ENOSPC);
    }
    /// Gives the space back.
    void drain() { REQUIRE(QFile::remove(filePath(QStringLiteral("filler")))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

/// Ends the test when no tmpfs could be mounted, saying so; under CI (where the tests run as root) that is
/// a failure instead, so that the full-disk tests cannot pass there without running.
#define FAZHI_REQUIRE_FULL_DISK(disk)                                                                         \
    do {                                                                                                     \
        if (!(disk).mounted()) {                                                                             \
            const std::string why = "cannot mount a tmpfs for the full-disk test: " + (disk).whyNot().toStdString(); \
            if (qEnvironmentVariableIsSet("CI"))                                                             \
                FAIL(why);                                                                                   \
            WARN("SKIPPED: " << why);                                                                        \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

} // namespace fazhi::test
