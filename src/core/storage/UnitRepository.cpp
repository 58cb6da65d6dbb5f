// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/UnitRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kColumns = u"id, full_name, short_name, kind, parent_id, signatories, addressee"_s;

Unit readUnit(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.fullName = q.value(1).toString();
    u.shortName = q.value(2).toString();
    u.kind = unitKindFromKey(q.value(3).toString());
    u.parentId = q.value(4).toLongLong();
    u.signatories = q.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    u.addressee = q.value(6).toString();
    return u;
}

void validate(const Unit &unit)
{
    if (unit.fullName.trimmed().isEmpty())
        throw Failure(u"单位全称不能为空。"_s, Failure::Kind::Input);
    if (unit.id != 0 && unit.parentId == unit.id)
        throw Failure(u"单位不能是自己的上级单位。"_s, Failure::Kind::Input);
}

} // namespace

qint64 UnitRepository::insert(const Unit &unit)
{
    validate(unit);
    const qint64 newId = dialect::insertReturningId(m_db.connection(),
                           u"INSERT INTO units (full_name, short_name, kind, parent_id, signatories, addressee) "
                           u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {unit.fullName.trimmed(), unit.shortName.trimmed(), unitKindKey(unit.kind),
                            sql::idValue(unit.parentId), unit.signatories.join(u'\n'), unit.addressee},
                           findByName(unit.fullName.trimmed()) ? u"已有同名单位“%1”。"_s.arg(unit.fullName)
                                                                : QString());
    return newId;
}

void UnitRepository::update(const Unit &unit)
{
    validate(unit);
    sql::run(m_db.connection(),
             u"UPDATE units SET full_name = ?, short_name = ?, kind = ?, parent_id = ?, signatories = ?, "
             u"addressee = ? WHERE id = ?"_s,
             {unit.fullName.trimmed(), unit.shortName.trimmed(), unitKindKey(unit.kind), sql::idValue(unit.parentId),
              unit.signatories.join(u'\n'), unit.addressee, unit.id});
}

void UnitRepository::remove(qint64 id)
{
    sql::run(m_db.connection(), u"DELETE FROM units WHERE id = ?"_s, {id});
}

std::optional<Unit> UnitRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM units WHERE id = ?"_s, {id});
    if (q.next())
        return readUnit(q);
    return std::nullopt;
}

std::optional<Unit> UnitRepository::findByName(const QString &name) const
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns +
                               u" FROM units WHERE full_name = ? OR (short_name <> '' AND short_name = ?) "
                               u"ORDER BY full_name = ? DESC LIMIT 1"_s,
                           {name, name, name});
    if (q.next())
        return readUnit(q);
    return std::nullopt;
}

QList<Unit> UnitRepository::all() const
{
    QList<Unit> result;
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM units ORDER BY id"_s);
    while (q.next())
        result.append(readUnit(q));
    return result;
}

} // namespace fazhi
