// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LoginRepository.h"

#include "storage/Database.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "util/Failure.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Role management cannot be prepared: the name goes into the statement, so only plain names pass.
QString checkedLogin(const QString &login)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!plain.match(login).hasMatch() || login.startsWith(u"pg_"_s) || login.startsWith(u"fazhi_"_s)
        || login == u"postgres"_s)
        throw Failure(u"登录名“%1”不可用：只能由小写英文字母、数字和下划线组成，以字母开头，且不能是系统保留的名字。"_s.arg(login),
                      Failure::Kind::Input);
    return u"\""_s + login + u"\""_s;
}

void execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw sql::failureFor(db, q.lastError());
}

} // namespace

void LoginRepository::requireServer() const
{
    if (m_db.engine() != Engine::Postgres)
        throw Failure(u"登录名只在数据库服务器（PostgreSQL）上使用；本机数据库文件不需要。"_s, Failure::Kind::Input);
}

void LoginRepository::grant(const QString &login, qint64 personId, const QString &password)
{
    requireServer();
    const QString role = checkedLogin(login);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(m_db);
    QSqlQuery exists = sql::run(db, u"SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"_s, {login});
    if (!exists.next())
        execute(db, u"CREATE ROLE %1 LOGIN"_s.arg(role));
    execute(db, u"GRANT fazhi_user TO %1"_s.arg(role));
    if (!password.isEmpty()) {
        const QString verifier = server::encryptPassword(db, login, password);
        static const QRegularExpression safe(u"^[A-Za-z0-9+/=$:-]+$"_s);
        if (!safe.match(verifier).hasMatch())
            throw Failure(u"无法为登录名“%1”设置密码。"_s.arg(login), Failure::Kind::Operation);
        execute(db, u"ALTER ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, verifier));
    }
    sql::run(db,
             u"INSERT INTO person_logins (login, person_id) VALUES (?, ?) ON CONFLICT (login) DO UPDATE SET "
             u"person_id = excluded.person_id"_s,
             {login, personId}, u"人员不存在，或这个人已有另一个登录名。"_s);
    tx.commit();
}

void LoginRepository::revoke(const QString &login)
{
    requireServer();
    const QString role = checkedLogin(login);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(m_db);
    QSqlQuery removed = sql::run(db, u"DELETE FROM person_logins WHERE login = ? RETURNING login"_s, {login});
    if (!removed.next())
        throw Failure(u"没有登录名“%1”。"_s.arg(login), Failure::Kind::Input);
    QSqlQuery exists = sql::run(db, u"SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"_s, {login});
    if (exists.next()) {
        for (const QString &group : {u"fazhi_user"_s, u"fazhi_admin"_s}) {
            QSqlQuery member = sql::run(db, u"SELECT pg_has_role(?, ?, 'MEMBER')"_s, {login, group});
            if (member.next() && member.value(0).toBool())
                execute(db, u"REVOKE %1 FROM %2"_s.arg(group, role));
        }
    }
    tx.commit();
}

QList<LoginRepository::Login> LoginRepository::all() const
{
    requireServer();
    QList<Login> result;
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT l.login, l.person_id, p.name FROM person_logins l "
                                              u"JOIN people p ON p.id = l.person_id ORDER BY l.login"_s);
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return result;
}

} // namespace fazhi
