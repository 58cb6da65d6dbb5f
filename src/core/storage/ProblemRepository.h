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
    void update(const Problem &problem);
    void remove(qint64 id);
    std::optional<Problem> find(qint64 id) const;
    QList<Problem> forReport(qint64 reportId) const;

private:
    Database &m_db;
};

} // namespace fazhi
