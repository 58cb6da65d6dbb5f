// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Report.h"

#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Report rows (the report's own fields; sections, metrics and problems have their own repositories).
class ReportRepository
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    qint64 insert(const Report &report);
    void update(const Report &report);
    void setStatus(qint64 id, ReportStatus status);
    void remove(qint64 id);
    std::optional<Report> find(qint64 id) const;
    std::optional<Report> findByUnitYear(qint64 unitId, int year) const;
    /// The same unit's newest report before `year`.
    std::optional<Report> previous(qint64 unitId, int year) const;
    QList<Report> forUnit(qint64 unitId) const;
    QList<Report> all() const;
    /// Marks the report as changed now.
    void touch(qint64 id);

private:
    Database &m_db;
};

} // namespace fazhi
