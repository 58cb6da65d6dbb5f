// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SectionRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kColumns = u"id, report_id, parent_id, part, position, heading, body, run_in, guidance, revision"_s;

Section readSection(const QSqlQuery &q)
{
    Section s;
    s.id = q.value(0).toLongLong();
    s.reportId = q.value(1).toLongLong();
    s.parentId = q.value(2).toLongLong();
    s.part = q.value(3).toInt();
    s.position = q.value(4).toInt();
    s.heading = q.value(5).toString();
    s.body = q.value(6).toString();
    s.runIn = q.value(7).toBool();
    s.guidance = q.value(8).toString();
    s.revision = q.value(9).toInt();
    return s;
}

QVariant partValue(const Section &s)
{
    if (s.parentId == 0 && s.part >= 1 && s.part <= 5)
        return s.part;
    return QVariant();
}

} // namespace

qint64 SectionRepository::insert(const Section &section) { return insertAs(section, 0); }

void SectionRepository::restore(const Section &section) { insertAs(section, section.id); }

qint64 SectionRepository::insertAs(const Section &section, qint64 id)
{
    // The id column is named only when restoring: PostgreSQL takes no NULL for a generated id.
    QVariantList values{section.reportId, sql::idValue(section.parentId), partValue(section), section.position,
                        section.heading, section.body, section.runIn ? 1 : 0, section.guidance};
    if (id > 0)
        values.prepend(id);
    return dialect::insertReturningId(m_db.connection(),
                                      u"INSERT INTO sections ("_s + (id > 0 ? u"id, "_s : QString())
                                          + u"report_id, parent_id, part, position, heading, body, run_in, guidance) "
                                            u"VALUES ("_s
                                          + (id > 0 ? u"?, "_s : QString()) + u"?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      values);
}

void SectionRepository::update(const Section &section)
{
    sql::run(m_db.connection(),
             u"UPDATE sections SET parent_id = ?, part = ?, position = ?, heading = ?, body = ?, run_in = ?, "
             u"guidance = ?, revision = revision + 1 WHERE id = ?"_s,
             {sql::idValue(section.parentId), partValue(section), section.position, section.heading, section.body,
              section.runIn ? 1 : 0, section.guidance, section.id});
}

void SectionRepository::updateBody(qint64 id, const QString &body)
{
    sql::run(m_db.connection(), u"UPDATE sections SET body = ?, revision = revision + 1 WHERE id = ?"_s, {body, id});
}

std::optional<int> SectionRepository::saveBody(qint64 id, const QString &body, int revision)
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"UPDATE sections SET body = ?, revision = revision + 1 WHERE id = ? AND revision = ? "
                           u"RETURNING revision"_s,
                           {body, id, revision});
    if (q.next())
        return q.value(0).toInt();
    return std::nullopt;
}

std::optional<int> SectionRepository::saveHeading(qint64 id, const QString &heading, bool runIn, int revision)
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"UPDATE sections SET heading = ?, run_in = ?, revision = revision + 1 WHERE id = ? "
                           u"AND revision = ? RETURNING revision"_s,
                           {heading, runIn ? 1 : 0, id, revision});
    if (q.next())
        return q.value(0).toInt();
    return std::nullopt;
}

void SectionRepository::updateHeading(qint64 id, const QString &heading, bool runIn)
{
    sql::run(m_db.connection(), u"UPDATE sections SET heading = ?, run_in = ?, revision = revision + 1 WHERE id = ?"_s,
             {heading, runIn ? 1 : 0, id});
}

void SectionRepository::updatePlacement(qint64 id, qint64 parentId, int position)
{
    sql::run(m_db.connection(), u"UPDATE sections SET parent_id = ?, position = ? WHERE id = ?"_s,
             {sql::idValue(parentId), position, id});
}

void SectionRepository::remove(qint64 id)
{
    sql::run(m_db.connection(), u"DELETE FROM sections WHERE id = ?"_s, {id});
}

std::optional<Section> SectionRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM sections WHERE id = ?"_s, {id});
    if (q.next())
        return readSection(q);
    return std::nullopt;
}

QList<Section> SectionRepository::forReport(qint64 reportId) const
{
    QList<Section> parts;
    QHash<qint64, QList<Section>> children;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns + u" FROM sections WHERE report_id = ? ORDER BY position, id"_s,
                           {reportId});
    while (q.next()) {
        Section s = readSection(q);
        if (s.parentId == 0)
            parts.append(s);
        else
            children[s.parentId].append(s);
    }
    QList<Section> result;
    for (const Section &part : parts) {
        result.append(part);
        result.append(children.value(part.id));
    }
    return result;
}

void SectionRepository::reorder(const QList<qint64> &orderedIds)
{
    Transaction tx(m_db);
    for (int i = 0; i < orderedIds.size(); ++i)
        sql::run(m_db.connection(), u"UPDATE sections SET position = ? WHERE id = ?"_s, {i, orderedIds.at(i)});
    tx.commit();
}

} // namespace fazhi
