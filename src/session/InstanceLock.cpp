// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstanceLock.h"

#include "util/Paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace fazhi {

QString InstanceLock::canonicalKey(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    if (file.exists())
        return file.canonicalFilePath();
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? file.absolutePath() : folder) + u'/' + file.fileName();
}

InstanceLock::InstanceLock(const QString &databasePath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalKey(databasePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString folder = paths::dataDirectory() + u"/locks"_s;
    QDir().mkpath(folder);
    m_lockPath = folder + u'/' + QString::fromLatin1(hash) + u".lock"_s;
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Only a dead owner makes a lock stale, never its age: a window may stay open for days.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

bool InstanceLock::tryLock() { return m_lock->isLocked() || m_lock->tryLock(0); }

bool InstanceLock::isLocked() const { return m_lock->isLocked(); }

} // namespace fazhi
