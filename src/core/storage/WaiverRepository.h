// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Waiver.h"

#include <QList>

namespace fazhi {

class Database;

/// Findings a clerk marked "not applicable", with the reason kept (table finding_waivers).
class WaiverRepository
{
public:
    explicit WaiverRepository(Database &db) : m_db(db) {}

    /// Marks the finding of `rule` at `anchor` not applicable; the reason must not be empty. Replaces an
    /// earlier mark of the same finding. Throws Failure.
    void waive(qint64 reportId, const QString &rule, const QString &anchor, const QString &reason);
    void remove(qint64 reportId, const QString &rule, const QString &anchor);
    QList<Waiver> forReport(qint64 reportId) const;

private:
    Database &m_db;
};

} // namespace fazhi
