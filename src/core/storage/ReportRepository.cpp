// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReportRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
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
    QSqlQuery q = sql::run(
        m_db.connection(),
        u"INSERT INTO reports (unit_id, year, title, addressee, opening, signatories, template, status, "
        u"written_date, published_date, published_url, note, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {report.unitId, report.year, report.title, report.addressee, report.opening, report.signatories.join(u'\n'),
         report.templateName, reportStatusKey(report.status), sql::dateValue(report.writtenDate),
         sql::dateValue(report.publishedDate), report.publishedUrl, report.note, stamp, stamp});
    return q.lastInsertId().toLongLong();
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
