// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

namespace fazhi {

class Database;

/// The append-only audit trail, chained with SHA-256: each entry's hash covers its own content and the
/// previous entry's hash, and the newest hash is kept as the head, so that editing, deleting or
/// reordering any past entry (or dropping the newest) is detected by verify().
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    /// Appends an entry stamped now (UTC); part of the caller's transaction when one is open.
    AuditEntry append(const QString &person, qint64 reportId, const QString &action, int version = 0,
                      const QString &detail = {});
    QList<AuditEntry> forReport(qint64 reportId) const;
    QList<AuditEntry> all() const;

    struct Verification
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBrokenId = 0; ///< the first entry that does not fit the chain
        QString reason;           ///< Chinese
    };
    Verification verify() const;

    /// The hash of an entry's content chained to `prevHash` (hex).
    static QString hashOf(const AuditEntry &entry, const QString &prevHash);

private:
    Database &m_db;
};

} // namespace fazhi
