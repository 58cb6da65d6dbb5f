// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Unit.h"

#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Units: create, update, list, find.
class UnitRepository
{
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    qint64 insert(const Unit &unit);
    void update(const Unit &unit);
    void remove(qint64 id);
    std::optional<Unit> find(qint64 id) const;
    std::optional<Unit> findByName(const QString &name) const; ///< full or short name
    QList<Unit> all() const;

private:
    Database &m_db;
};

} // namespace fazhi
