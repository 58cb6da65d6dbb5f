// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace fazhi {

class Database;

/// Which server login role each person logs in as (PostgreSQL only). The policies of the server decide what
/// a login sees by the person it maps to: their units and roles.
class LoginRepository
{
public:
    struct Login
    {
        QString login;
        qint64 personId = 0;
        QString person;
    };

    explicit LoginRepository(Database &db) : m_db(db) {}

    /// Creates the login role when it does not exist, lets it use the program's tables (role fazhi_user),
    /// maps it to `personId`, and sets its password when one is given (hashed on this computer). Needs a
    /// login allowed to create roles. Throws Failure.
    void grant(const QString &login, qint64 personId, const QString &password = {});
    /// Takes the login's access away: no mapping, no membership in fazhi_user. The role itself stays (it may
    /// own things elsewhere on the server).
    void revoke(const QString &login);
    QList<Login> all() const;

private:
    void requireServer() const;
    Database &m_db;
};

} // namespace fazhi
