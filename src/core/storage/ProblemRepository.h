// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Problem.h"

#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Problems a report admits and their rectification.
class ProblemRepository
{
public:
    explicit ProblemRepository(Database &db) : m_db(db) {}

    qint64 insert(const Problem &problem);
    /// Inserts `problem` after the report's last one, setting its position and id; returns the id.
    qint64 append(Problem &problem);
    /// Puts back a row an undone deletion removed, under its old id, so that what refers to it by id
    /// (the undo history, problems carried over from it) stays valid.
    void restore(const Problem &problem);
    void update(const Problem &problem);
    void remove(qint64 id);
    std::optional<Problem> find(qint64 id) const;
    QList<Problem> forReport(qint64 reportId) const;

private:
    qint64 insertAs(const Problem &problem, qint64 id); ///< id 0: SQLite assigns one

    Database &m_db;
};

} // namespace fazhi
