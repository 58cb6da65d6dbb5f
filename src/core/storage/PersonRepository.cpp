// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PersonRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.unitId = q.value(2).toLongLong();
    p.hasPassword = !q.value(3).toString().isEmpty();
    return p;
}

const QString kSelect = u"SELECT id, name, unit_id, password_hash FROM people"_s;

} // namespace

qint64 PersonRepository::insert(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        throw Failure(u"人员姓名不能为空。"_s, Failure::Kind::Input);
    Transaction tx(m_db);
    const qint64 newId = dialect::insertReturningId(m_db.connection(),
                           u"INSERT INTO people (name, unit_id, created_at) VALUES (?, ?, ?)"_s,
                           {person.name.trimmed(), person.unitId,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           u"已有名为“%1”的人员，或所属单位不存在。"_s.arg(person.name.trimmed()));
    const qint64 id = newId;
    for (const RoleGrant &g : person.roles)
        grant(id, g.unitId, g.role);
    tx.commit();
    return id;
}

void PersonRepository::grant(qint64 personId, qint64 unitId, Role role)
{
    sql::run(m_db.connection(),
             u"INSERT INTO person_roles (person_id, unit_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
             {personId, unitId, roleKey(role)}, u"人员或单位不存在。"_s);
}

void PersonRepository::revoke(qint64 personId, qint64 unitId, Role role)
{
    sql::run(m_db.connection(), u"DELETE FROM person_roles WHERE person_id = ? AND unit_id = ? AND role = ?"_s,
             {personId, unitId, roleKey(role)});
}

void PersonRepository::setPasswordHash(qint64 personId, const QString &hash)
{
    sql::run(m_db.connection(), u"UPDATE people SET password_hash = ? WHERE id = ?"_s, {hash, personId});
}

QString PersonRepository::passwordHash(qint64 personId) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT password_hash FROM people WHERE id = ?"_s, {personId});
    return q.next() ? q.value(0).toString() : QString();
}

QList<RoleGrant> PersonRepository::rolesOf(qint64 personId) const
{
    QList<RoleGrant> roles;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT unit_id, role FROM person_roles WHERE person_id = ? ORDER BY unit_id, role"_s,
                           {personId});
    while (q.next())
        roles.append({q.value(0).toLongLong(), roleFromKey(q.value(1).toString())});
    return roles;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    Person p = personFrom(q);
    p.roles = rolesOf(p.id);
    return p;
}

std::optional<Person> PersonRepository::loggedIn() const
{
    if (m_db.engine() != Engine::Postgres)
        return std::nullopt;
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT fazhi_me()"_s);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    return id > 0 ? find(id) : std::nullopt;
}

std::optional<Person> PersonRepository::findByName(const QString &name) const
{
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE name = ?"_s, {name.trimmed()});
    if (!q.next())
        return std::nullopt;
    Person p = personFrom(q);
    p.roles = rolesOf(p.id);
    return p;
}

QList<Person> PersonRepository::all() const
{
    QList<Person> people;
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" ORDER BY unit_id, name"_s);
    while (q.next())
        people << personFrom(q);
    for (Person &p : people)
        p.roles = rolesOf(p.id);
    return people;
}

} // namespace fazhi
