// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProblemRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kColumns = u"id, report_id, position, text, reason, measure, owner, due_date, status, continues_id"_s;

Problem readProblem(const QSqlQuery &q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.reportId = q.value(1).toLongLong();
    p.position = q.value(2).toInt();
    p.text = q.value(3).toString();
    p.reason = q.value(4).toString();
    p.measure = q.value(5).toString();
    p.owner = q.value(6).toString();
    p.dueDate = sql::toDate(q.value(7));
    p.status = problemStatusFromKey(q.value(8).toString());
    p.continuesId = q.value(9).toLongLong();
    return p;
}

} // namespace

qint64 ProblemRepository::insert(const Problem &problem) { return insertAs(problem, 0); }

qint64 ProblemRepository::append(Problem &problem)
{
    // Reading the last position and inserting after it is one immediate transaction, so that two
    // processes adding problems at once never get the same position.
    Transaction tx(m_db);
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT COALESCE(MAX(position) + 1, 0) FROM problems WHERE report_id = ?"_s,
                           {problem.reportId});
    problem.position = q.next() ? q.value(0).toInt() : 0;
    problem.id = insertAs(problem, 0);
    tx.commit();
    return problem.id;
}

void ProblemRepository::restore(const Problem &problem) { insertAs(problem, problem.id); }

qint64 ProblemRepository::insertAs(const Problem &problem, qint64 id)
{
    if (problem.text.trimmed().isEmpty())
        throw Failure(u"问题描述不能为空。"_s, Failure::Kind::Input);
    // The id column is named only when restoring: PostgreSQL takes no NULL for a generated id.
    QVariantList values{problem.reportId, problem.position, problem.text.trimmed(), problem.reason, problem.measure,
                        problem.owner, sql::dateValue(problem.dueDate), problemStatusKey(problem.status),
                        sql::idValue(problem.continuesId)};
    if (id > 0)
        values.prepend(id);
    return dialect::insertReturningId(m_db.connection(),
                                      u"INSERT INTO problems ("_s + (id > 0 ? u"id, "_s : QString())
                                          + u"report_id, position, text, reason, measure, owner, due_date, status, "
                                            u"continues_id) VALUES ("_s
                                          + (id > 0 ? u"?, "_s : QString()) + u"?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      values);
}

void ProblemRepository::update(const Problem &problem)
{
    if (problem.text.trimmed().isEmpty())
        throw Failure(u"问题描述不能为空。"_s, Failure::Kind::Input);
    sql::run(m_db.connection(),
             u"UPDATE problems SET position = ?, text = ?, reason = ?, measure = ?, owner = ?, due_date = ?, "
             u"status = ?, continues_id = ? WHERE id = ?"_s,
             {problem.position, problem.text.trimmed(), problem.reason, problem.measure, problem.owner,
              sql::dateValue(problem.dueDate), problemStatusKey(problem.status), sql::idValue(problem.continuesId),
              problem.id});
}

namespace {

struct ProblemColumn
{
    ProblemRepository::Field field;
    const char16_t *column;
};

constexpr ProblemColumn kProblemColumns[] = {
    {ProblemRepository::Field::Position, u"position"},   {ProblemRepository::Field::Text, u"text"},
    {ProblemRepository::Field::Reason, u"reason"},       {ProblemRepository::Field::Measure, u"measure"},
    {ProblemRepository::Field::Owner, u"owner"},         {ProblemRepository::Field::DueDate, u"due_date"},
    {ProblemRepository::Field::Status, u"status"},       {ProblemRepository::Field::ContinuesId, u"continues_id"},
};

QVariant columnValue(const Problem &p, ProblemRepository::Field field)
{
    using F = ProblemRepository::Field;
    switch (field) {
    case F::Position: return p.position;
    case F::Text: return p.text.trimmed();
    case F::Reason: return p.reason;
    case F::Measure: return p.measure;
    case F::Owner: return p.owner;
    case F::DueDate: return sql::dateValue(p.dueDate);
    case F::Status: return problemStatusKey(p.status);
    case F::ContinuesId: return sql::idValue(p.continuesId);
    }
    return {};
}

} // namespace

ProblemRepository::Fields ProblemRepository::changedFields(const Problem &a, const Problem &b)
{
    Fields changed;
    for (const ProblemColumn &c : kProblemColumns)
        if (columnValue(a, c.field) != columnValue(b, c.field))
            changed |= c.field;
    return changed;
}

void ProblemRepository::copyFields(Problem &to, const Problem &from, Fields fields)
{
    using F = Field;
    if (fields & F::Position) to.position = from.position;
    if (fields & F::Text) to.text = from.text;
    if (fields & F::Reason) to.reason = from.reason;
    if (fields & F::Measure) to.measure = from.measure;
    if (fields & F::Owner) to.owner = from.owner;
    if (fields & F::DueDate) to.dueDate = from.dueDate;
    if (fields & F::Status) to.status = from.status;
    if (fields & F::ContinuesId) to.continuesId = from.continuesId;
}

QString ProblemRepository::fieldText(const Problem &problem, Field field)
{
    if (field == Field::Status)
        return problemStatusLabel(problem.status);
    return columnValue(problem, field).toString();
}

void ProblemRepository::updateFields(const Problem &problem, Fields fields)
{
    if (!fields)
        return;
    if ((fields & Field::Text) && problem.text.trimmed().isEmpty())
        throw Failure(u"问题描述不能为空。"_s, Failure::Kind::Input);
    QStringList assignments;
    QVariantList values;
    for (const ProblemColumn &c : kProblemColumns) {
        if (!(fields & c.field))
            continue;
        assignments << QString::fromUtf16(c.column) + u" = ?"_s;
        values << columnValue(problem, c.field);
    }
    values << problem.id;
    sql::run(m_db.connection(), u"UPDATE problems SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values);
}

void ProblemRepository::setPositions(const QList<qint64> &orderedIds)
{
    Transaction tx(m_db);
    for (int i = 0; i < orderedIds.size(); ++i)
        sql::run(m_db.connection(), u"UPDATE problems SET position = ? WHERE id = ?"_s, {i, orderedIds.at(i)});
    tx.commit();
}

void ProblemRepository::remove(qint64 id)
{
    sql::run(m_db.connection(), u"DELETE FROM problems WHERE id = ?"_s, {id});
}

std::optional<Problem> ProblemRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM problems WHERE id = ?"_s, {id});
    if (q.next())
        return readProblem(q);
    return std::nullopt;
}

QList<Problem> ProblemRepository::forReport(qint64 reportId) const
{
    QList<Problem> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns + u" FROM problems WHERE report_id = ? ORDER BY position, id"_s,
                           {reportId});
    while (q.next())
        result.append(readProblem(q));
    return result;
}

} // namespace fazhi
