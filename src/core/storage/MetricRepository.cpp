// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MetricRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Failure.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

MetricValue readValue(const QSqlQuery &q, int first)
{
    MetricValue v;
    v.reportId = q.value(first).toLongLong();
    v.key = q.value(first + 1).toString();
    v.value = q.value(first + 2).toDouble();
    v.approx = approxFromKey(q.value(first + 3).toString());
    v.note = q.value(first + 4).toString();
    v.source = q.value(first + 5).toString();
    return v;
}

} // namespace

QList<MetricDefinition> MetricRepository::definitions() const
{
    QList<MetricDefinition> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT key, name, word, kind, topic, required_for, aliases FROM metric_definitions "
                           u"ORDER BY builtin DESC, rowid"_s);
    while (q.next()) {
        MetricDefinition d;
        d.key = q.value(0).toString();
        d.name = q.value(1).toString();
        d.word = q.value(2).toString();
        d.kind = metricKindFromKey(q.value(3).toString());
        d.topic = q.value(4).toString();
        d.requiredFor = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        d.aliases = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
        result.append(d);
    }
    return result;
}

std::optional<MetricDefinition> MetricRepository::definition(const QString &key) const
{
    for (const MetricDefinition &d : definitions())
        if (d.key == key)
            return d;
    return std::nullopt;
}

void MetricRepository::validate(const MetricValue &value) const
{
    const auto def = definition(value.key);
    if (!def)
        throw Failure(u"指标目录中没有“%1”。可用 fazhi metric list 查看全部指标。"_s.arg(value.key), Failure::Kind::Input);
    if (!std::isfinite(value.value) || value.value < 0)
        throw Failure(u"指标数值必须是非负数。"_s, Failure::Kind::Input);
    if (def->kind == MetricKind::Rate && value.value > 100)
        throw Failure(u"“%1”是比率，不能超过100%。"_s.arg(def->name), Failure::Kind::Input);
}

void MetricRepository::set(const MetricValue &value)
{
    validate(value);
    sql::run(m_db.connection(),
             u"INSERT INTO metric_values (report_id, metric_key, value, approx, note, source) VALUES (?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT(report_id, metric_key) DO UPDATE SET value = excluded.value, approx = excluded.approx, "
             u"note = excluded.note, source = excluded.source"_s,
             {value.reportId, value.key, value.value, approxKey(value.approx), value.note, value.source});
}

MetricRepository::Fields MetricRepository::changedFields(const MetricValue &a, const MetricValue &b)
{
    Fields changed;
    if (a.value != b.value)
        changed |= Field::Value;
    if (a.approx != b.approx)
        changed |= Field::Approx;
    if (a.note != b.note)
        changed |= Field::Note;
    if (a.source != b.source)
        changed |= Field::Source;
    return changed;
}

void MetricRepository::copyFields(MetricValue &to, const MetricValue &from, Fields fields)
{
    if (fields & Field::Value)
        to.value = from.value;
    if (fields & Field::Approx)
        to.approx = from.approx;
    if (fields & Field::Note)
        to.note = from.note;
    if (fields & Field::Source)
        to.source = from.source;
}

QString MetricRepository::fieldText(const MetricValue &value, Field field)
{
    switch (field) {
    case Field::Value: return QString::number(value.value, 'g', 15);
    case Field::Approx: return approxKey(value.approx);
    case Field::Note: return value.note;
    case Field::Source: return value.source;
    }
    return {};
}

void MetricRepository::setFields(const MetricValue &value, Fields fields)
{
    validate(value);
    QStringList assignments;
    if (fields & Field::Value)
        assignments << u"value = excluded.value"_s;
    if (fields & Field::Approx)
        assignments << u"approx = excluded.approx"_s;
    if (fields & Field::Note)
        assignments << u"note = excluded.note"_s;
    if (fields & Field::Source)
        assignments << u"source = excluded.source"_s;
    const QString onConflict = assignments.isEmpty() ? u"DO NOTHING"_s : u"DO UPDATE SET "_s + assignments.join(u", "_s);
    sql::run(m_db.connection(),
             u"INSERT INTO metric_values (report_id, metric_key, value, approx, note, source) VALUES (?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT(report_id, metric_key) "_s + onConflict,
             {value.reportId, value.key, value.value, approxKey(value.approx), value.note, value.source});
}

void MetricRepository::remove(qint64 reportId, const QString &key)
{
    sql::run(m_db.connection(), u"DELETE FROM metric_values WHERE report_id = ? AND metric_key = ?"_s, {reportId, key});
}

QList<MetricValue> MetricRepository::forReport(qint64 reportId) const
{
    QList<MetricValue> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT v.report_id, v.metric_key, v.value, v.approx, v.note, v.source FROM metric_values v "
                           u"JOIN metric_definitions d ON d.key = v.metric_key WHERE v.report_id = ? ORDER BY d.rowid"_s,
                           {reportId});
    while (q.next())
        result.append(readValue(q, 0));
    return result;
}

QList<std::pair<int, MetricValue>> MetricRepository::history(qint64 unitId, const QString &key) const
{
    QList<std::pair<int, MetricValue>> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT r.year, v.report_id, v.metric_key, v.value, v.approx, v.note, v.source "
                           u"FROM metric_values v JOIN reports r ON r.id = v.report_id "
                           u"WHERE r.unit_id = ? AND v.metric_key = ? ORDER BY r.year"_s,
                           {unitId, key});
    while (q.next())
        result.append({q.value(0).toInt(), readValue(q, 1)});
    return result;
}

} // namespace fazhi
