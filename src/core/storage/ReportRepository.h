// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Report.h"

#include <QFlags>
#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Report rows (the report's own fields; sections, metrics and problems have their own repositories).
class ReportRepository
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    /// The report's own fields, one a column, for writes that carry only what they change.
    enum class Field : unsigned {
        Unit = 1u << 0,
        Year = 1u << 1,
        Title = 1u << 2,
        Addressee = 1u << 3,
        Opening = 1u << 4,
        Signatories = 1u << 5,
        Template = 1u << 6,
        Status = 1u << 7,
        WrittenDate = 1u << 8,
        PublishedDate = 1u << 9,
        PublishedUrl = 1u << 10,
        Note = 1u << 11,
    };
    Q_DECLARE_FLAGS(Fields, Field)
    static constexpr unsigned kLastField = unsigned(Field::Note);
    /// The fields whose values differ between `a` and `b`.
    static Fields changedFields(const Report &a, const Report &b);
    /// Copies `fields` of `from` into `to`.
    static void copyFields(Report &to, const Report &from, Fields fields);
    /// One field's value as text, for showing the clerk both sides of a conflict.
    static QString fieldText(const Report &report, Field field);

    qint64 insert(const Report &report);
    /// Writes every field of the row (for callers that own the whole row, e.g. an import).
    void update(const Report &report);
    /// Writes only `fields` of `report` (and the time of the change): a field another program changed
    /// meanwhile keeps its value.
    void updateFields(const Report &report, Fields fields);
    void setStatus(qint64 id, ReportStatus status);
    void remove(qint64 id);
    std::optional<Report> find(qint64 id) const;
    std::optional<Report> findByUnitYear(qint64 unitId, int year) const;
    /// The same unit's newest report before `year`.
    std::optional<Report> previous(qint64 unitId, int year) const;
    QList<Report> forUnit(qint64 unitId) const;
    QList<Report> all() const;
    /// Marks the report as changed now.
    void touch(qint64 id);

private:
    Database &m_db;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportRepository::Fields)

} // namespace fazhi
