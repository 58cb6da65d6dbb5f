// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace fazhi {

/// One writing window per database. The lock is a file in the data directory named after the database's
/// canonical path (so that two spellings of one file, or a link to it, share it), held while the window
/// runs; a lock left by a process that no longer runs (a crash, a kill) is taken over.
class InstanceLock
{
public:
    explicit InstanceLock(const QString &databasePath);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    /// True when this process now holds the lock: no other window has the database open.
    bool tryLock();
    bool isLocked() const;
    QString lockFilePath() const { return m_lockPath; }
    /// The key the lock is named after: the canonical path of the database (its folder resolved even
    /// when the file does not exist yet).
    static QString canonicalKey(const QString &databasePath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace fazhi
