// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Problem.h"

#include <QFlags>
#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Problems a report admits and their rectification.
class ProblemRepository
{
public:
    explicit ProblemRepository(Database &db) : m_db(db) {}

    /// A problem's own fields, one a column, for writes that carry only what they change.
    enum class Field : unsigned {
        Position = 1u << 0,
        Text = 1u << 1,
        Reason = 1u << 2,
        Measure = 1u << 3,
        Owner = 1u << 4,
        DueDate = 1u << 5,
        Status = 1u << 6,
        ContinuesId = 1u << 7,
    };
    Q_DECLARE_FLAGS(Fields, Field)
    static constexpr unsigned kLastField = unsigned(Field::ContinuesId);
    /// The fields whose values differ between `a` and `b`.
    static Fields changedFields(const Problem &a, const Problem &b);
    /// Copies `fields` of `from` into `to`.
    static void copyFields(Problem &to, const Problem &from, Fields fields);
    /// One field's value as text, for showing the clerk both sides of a conflict.
    static QString fieldText(const Problem &problem, Field field);

    qint64 insert(const Problem &problem);
    /// Inserts `problem` after the report's last one, setting its position and id; returns the id.
    qint64 append(Problem &problem);
    /// Puts back a row an undone deletion removed, under its old id, so that what refers to it by id
    /// (the undo history, problems carried over from it) stays valid.
    void restore(const Problem &problem);
    void update(const Problem &problem);
    /// Writes only `fields` of `problem`: a field another program changed meanwhile keeps its value.
    void updateFields(const Problem &problem, Fields fields);
    /// Sets the positions of `orderedIds` (the report's problems, in order) to 0, 1, 2 …
    void setPositions(const QList<qint64> &orderedIds);
    void remove(qint64 id);
    std::optional<Problem> find(qint64 id) const;
    QList<Problem> forReport(qint64 reportId) const;

private:
    qint64 insertAs(const Problem &problem, qint64 id); ///< id 0: SQLite assigns one

    Database &m_db;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProblemRepository::Fields)

} // namespace fazhi
