// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReportRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kColumns = u"id, unit_id, year, title, addressee, opening, signatories, template, status, "
                         u"written_date, published_date, published_url, note, created_at, updated_at"_s;

Report readReport(const QSqlQuery &q)
{
    Report r;
    r.id = q.value(0).toLongLong();
    r.unitId = q.value(1).toLongLong();
    r.year = q.value(2).toInt();
    r.title = q.value(3).toString();
    r.addressee = q.value(4).toString();
    r.opening = q.value(5).toString();
    r.signatories = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    r.templateName = q.value(7).toString();
    r.status = reportStatusFromKey(q.value(8).toString());
    r.writtenDate = sql::toDate(q.value(9));
    r.publishedDate = sql::toDate(q.value(10));
    r.publishedUrl = q.value(11).toString();
    r.note = q.value(12).toString();
    r.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    return r;
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

qint64 ReportRepository::insert(const Report &report)
{
    if (report.year < 1990 || report.year > 2200)
        throw Failure(u"报告年度 %1 不合理。"_s.arg(report.year), Failure::Kind::Input);
    if (findByUnitYear(report.unitId, report.year))
        throw Failure(u"该单位已有 %1 年度的报告，每个单位每年只能有一份报告。"_s.arg(report.year));
    const QString stamp = now();
    const qint64 newId = dialect::insertReturningId(
        m_db.connection(),
        u"INSERT INTO reports (unit_id, year, title, addressee, opening, signatories, template, status, "
        u"written_date, published_date, published_url, note, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {report.unitId, report.year, report.title, report.addressee, report.opening, report.signatories.join(u'\n'),
         report.templateName, reportStatusKey(report.status), sql::dateValue(report.writtenDate),
         sql::dateValue(report.publishedDate), report.publishedUrl, report.note, stamp, stamp});
    return newId;
}

void ReportRepository::update(const Report &report)
{
    sql::run(m_db.connection(),
             u"UPDATE reports SET unit_id = ?, year = ?, title = ?, addressee = ?, opening = ?, signatories = ?, "
             u"template = ?, status = ?, written_date = ?, published_date = ?, published_url = ?, note = ?, "
             u"updated_at = ? WHERE id = ?"_s,
             {report.unitId, report.year, report.title, report.addressee, report.opening,
              report.signatories.join(u'\n'), report.templateName, reportStatusKey(report.status),
              sql::dateValue(report.writtenDate), sql::dateValue(report.publishedDate), report.publishedUrl,
              report.note, now(), report.id},
             u"该单位已有 %1 年度的报告。"_s.arg(report.year));
}

namespace {

struct ReportColumn
{
    ReportRepository::Field field;
    const char16_t *column;
};

constexpr ReportColumn kReportColumns[] = {
    {ReportRepository::Field::Unit, u"unit_id"},
    {ReportRepository::Field::Year, u"year"},
    {ReportRepository::Field::Title, u"title"},
    {ReportRepository::Field::Addressee, u"addressee"},
    {ReportRepository::Field::Opening, u"opening"},
    {ReportRepository::Field::Signatories, u"signatories"},
    {ReportRepository::Field::Template, u"template"},
    {ReportRepository::Field::Status, u"status"},
    {ReportRepository::Field::WrittenDate, u"written_date"},
    {ReportRepository::Field::PublishedDate, u"published_date"},
    {ReportRepository::Field::PublishedUrl, u"published_url"},
    {ReportRepository::Field::Note, u"note"},
};

QVariant columnValue(const Report &r, ReportRepository::Field field)
{
    using F = ReportRepository::Field;
    switch (field) {
    case F::Unit: return r.unitId;
    case F::Year: return r.year;
    case F::Title: return r.title;
    case F::Addressee: return r.addressee;
    case F::Opening: return r.opening;
    case F::Signatories: return r.signatories.join(u'\n');
    case F::Template: return r.templateName;
    case F::Status: return reportStatusKey(r.status);
    case F::WrittenDate: return sql::dateValue(r.writtenDate);
    case F::PublishedDate: return sql::dateValue(r.publishedDate);
    case F::PublishedUrl: return r.publishedUrl;
    case F::Note: return r.note;
    }
    return {};
}

} // namespace

ReportRepository::Fields ReportRepository::changedFields(const Report &a, const Report &b)
{
    Fields changed;
    for (const ReportColumn &c : kReportColumns)
        if (columnValue(a, c.field) != columnValue(b, c.field))
            changed |= c.field;
    return changed;
}

void ReportRepository::copyFields(Report &to, const Report &from, Fields fields)
{
    using F = Field;
    if (fields & F::Unit) to.unitId = from.unitId;
    if (fields & F::Year) to.year = from.year;
    if (fields & F::Title) to.title = from.title;
    if (fields & F::Addressee) to.addressee = from.addressee;
    if (fields & F::Opening) to.opening = from.opening;
    if (fields & F::Signatories) to.signatories = from.signatories;
    if (fields & F::Template) to.templateName = from.templateName;
    if (fields & F::Status) to.status = from.status;
    if (fields & F::WrittenDate) to.writtenDate = from.writtenDate;
    if (fields & F::PublishedDate) to.publishedDate = from.publishedDate;
    if (fields & F::PublishedUrl) to.publishedUrl = from.publishedUrl;
    if (fields & F::Note) to.note = from.note;
}

QString ReportRepository::fieldText(const Report &report, Field field)
{
    if (field == Field::Status)
        return reportStatusLabel(report.status);
    return columnValue(report, field).toString();
}

void ReportRepository::updateFields(const Report &report, Fields fields)
{
    if (!fields)
        return;
    QStringList assignments;
    QVariantList values;
    for (const ReportColumn &c : kReportColumns) {
        if (!(fields & c.field))
            continue;
        assignments << QString::fromUtf16(c.column) + u" = ?"_s;
        values << columnValue(report, c.field);
    }
    assignments << u"updated_at = ?"_s;
    values << now() << report.id;
    sql::run(m_db.connection(), u"UPDATE reports SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values,
             u"该单位已有 %1 年度的报告。"_s.arg(report.year));
}

void ReportRepository::setStatus(qint64 id, ReportStatus status)
{
    sql::run(m_db.connection(), u"UPDATE reports SET status = ?, updated_at = ? WHERE id = ?"_s,
             {reportStatusKey(status), now(), id});
}

void ReportRepository::remove(qint64 id)
{
    sql::run(m_db.connection(), u"DELETE FROM reports WHERE id = ?"_s, {id});
}

void ReportRepository::touch(qint64 id)
{
    sql::run(m_db.connection(), u"UPDATE reports SET updated_at = ? WHERE id = ?"_s, {now(), id});
}

std::optional<Report> ReportRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM reports WHERE id = ?"_s, {id});
    if (q.next())
        return readReport(q);
    return std::nullopt;
}

std::optional<Report> ReportRepository::findByUnitYear(qint64 unitId, int year) const
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns + u" FROM reports WHERE unit_id = ? AND year = ?"_s, {unitId, year});
    if (q.next())
        return readReport(q);
    return std::nullopt;
}

std::optional<Report> ReportRepository::previous(qint64 unitId, int year) const
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns +
                               u" FROM reports WHERE unit_id = ? AND year < ? ORDER BY year DESC LIMIT 1"_s,
                           {unitId, year});
    if (q.next())
        return readReport(q);
    return std::nullopt;
}

QList<Report> ReportRepository::forUnit(qint64 unitId) const
{
    QList<Report> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT "_s + kColumns + u" FROM reports WHERE unit_id = ? ORDER BY year DESC"_s, {unitId});
    while (q.next())
        result.append(readReport(q));
    return result;
}

QList<Report> ReportRepository::all() const
{
    QList<Report> result;
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT "_s + kColumns + u" FROM reports ORDER BY unit_id, year DESC"_s);
    while (q.next())
        result.append(readReport(q));
    return result;
}

} // namespace fazhi
