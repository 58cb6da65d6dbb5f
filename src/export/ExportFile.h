// SPDX-License-Identifier: GPL-3.0-or-later
// The one safe-save path of every export: a temporary file beside the target, every write checked,
// fsync, rename. A failure leaves the old file byte for byte as it was, and no temporary file behind.
#pragma once

#include <QByteArray>
#include <QString>

namespace fazhi {

class ExportFile
{
public:
    /// Saves `data` as `path`. A path that exists and is not a regular file (a folder, a device node, a FIFO,
    /// a socket, or a symbolic link to one of these) is refused and left alone; a symbolic link to a regular
    /// file has its target replaced. The bytes go to a temporary file in the same folder, each write
    /// checked, then fsync, close and rename over `path`, then fsync of the folder.
    /// Throws Failure: Kind::Input when `path` cannot be an export's target, Kind::Operation when writing
    /// failed (a full disk says 磁盘空间不足); the message is Chinese, the system's own text is the detail.
    static void save(const QString &path, const QByteArray &data);

    /// Writes all of `data` to the open descriptor `fd` (standard output for `-o -`), checking each write.
    /// `name` says in messages where it went. Throws Failure(Kind::Operation).
    static void writeAll(int fd, const QByteArray &data, const QString &name);

    /// save() for callers that report failures by value: false, and `error` set to the Chinese message.
    static bool write(const QString &path, const QByteArray &data, QString *error);

    /// The Chinese sentence for the system error `errnum` met while writing `path`, e.g. ENOSPC → 磁盘空间不足.
    static QString describeError(int errnum, const QString &path);
};

} // namespace fazhi
