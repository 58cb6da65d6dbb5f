// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <optional>

namespace fazhi {

class Database;

/// Frozen versions of reports.
class VersionRepository
{
public:
    explicit VersionRepository(Database &db) : m_db(db) {}

    /// Stores `version` under the report's next number; returns that number.
    int insert(ReportVersion version);
    QList<ReportVersion> forReport(qint64 reportId, bool withContent = false) const;
    std::optional<ReportVersion> find(qint64 reportId, int number) const;
    /// The newest version of `kind`, if any.
    std::optional<ReportVersion> latest(qint64 reportId, ReportVersion::Kind kind) const;

private:
    Database &m_db;
};

} // namespace fazhi
