// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <optional>

namespace fazhi {

class Database;

/// People and their roles per unit.
class PersonRepository
{
public:
    explicit PersonRepository(Database &db) : m_db(db) {}

    qint64 insert(const Person &person);
    void grant(qint64 personId, qint64 unitId, Role role);
    void revoke(qint64 personId, qint64 unitId, Role role);
    /// Stores a password hash (PasswordHash::hash), or '' for no password.
    void setPasswordHash(qint64 personId, const QString &hash);
    /// The stored hash, '' when the person has no password.
    QString passwordHash(qint64 personId) const;
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByName(const QString &name) const;
    QList<Person> all() const;
    /// On a server: the person the session's login role maps to (see LoginRepository); nothing on a file
    /// or for a login that maps to nobody.
    std::optional<Person> loggedIn() const;

private:
    QList<RoleGrant> rolesOf(qint64 personId) const;
    Database &m_db;
};

} // namespace fazhi
