// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Section.h"

namespace fazhi {

class Database;

/// Puts back rows that an undone deletion removed, under their old ids, so that everything that refers
/// to them by id (undo history, links between problems) stays valid.
class RestoreRepository
{
public:
    explicit RestoreRepository(Database &db) : m_db(db) {}

    void restoreSection(const Section &section);
    void restoreProblem(const Problem &problem);

private:
    Database &m_db;
};

} // namespace fazhi
