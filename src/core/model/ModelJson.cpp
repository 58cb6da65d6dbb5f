// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ModelJson.h"

#include "model/MetricCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fazhi::json {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id) { return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null); }

} // namespace

QJsonObject toJson(const Unit &unit)
{
    return {{u"id"_s, unit.id},
            {u"full_name"_s, unit.fullName},
            {u"short_name"_s, unit.shortName},
            {u"kind"_s, unitKindKey(unit.kind)},
            {u"parent_id"_s, idOrNull(unit.parentId)},
            {u"signatories"_s, QJsonArray::fromStringList(unit.signatories)},
            {u"addressee"_s, unit.addressee}};
}

QJsonObject toJson(const Report &report)
{
    return {{u"id"_s, report.id},
            {u"unit_id"_s, report.unitId},
            {u"year"_s, report.year},
            {u"title"_s, report.title},
            {u"addressee"_s, report.addressee},
            {u"opening"_s, report.opening},
            {u"signatories"_s, QJsonArray::fromStringList(report.signatories)},
            {u"template"_s, report.templateName},
            {u"status"_s, reportStatusKey(report.status)},
            {u"written_date"_s, dateOrNull(report.writtenDate)},
            {u"published_date"_s, dateOrNull(report.publishedDate)},
            {u"published_url"_s, report.publishedUrl},
            {u"note"_s, report.note},
            {u"created_at"_s, report.createdAt.toString(Qt::ISODate)},
            {u"updated_at"_s, report.updatedAt.toString(Qt::ISODate)}};
}

QJsonObject toJson(const Section &section)
{
    QJsonObject o{{u"id"_s, section.id},
                  {u"heading"_s, section.heading},
                  {u"position"_s, section.position},
                  {u"body"_s, section.body},
                  {u"run_in"_s, section.runIn}};
    if (section.isPart())
        o.insert(u"part"_s, section.part > 0 ? QJsonValue(section.part) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const MetricValue &value, const MetricDefinition *definition)
{
    QJsonObject o{{u"key"_s, value.key},
                  {u"value"_s, value.value},
                  {u"approx"_s, approxKey(value.approx)},
                  {u"note"_s, value.note},
                  {u"source"_s, value.source}};
    if (definition) {
        o.insert(u"name"_s, definition->name);
        o.insert(u"word"_s, definition->word);
        o.insert(u"text"_s, formatMetricValue(value, definition->word));
    }
    return o;
}

QJsonObject toJson(const MetricDefinition &d)
{
    return {{u"key"_s, d.key},
            {u"name"_s, d.name},
            {u"word"_s, d.word},
            {u"kind"_s, metricKindKey(d.kind)},
            {u"topic"_s, d.topic},
            {u"required_for"_s, QJsonArray::fromStringList(d.requiredFor)}};
}

QJsonObject toJson(const Problem &p)
{
    return {{u"id"_s, p.id},
            {u"report_id"_s, p.reportId},
            {u"text"_s, p.text},
            {u"reason"_s, p.reason},
            {u"measure"_s, p.measure},
            {u"owner"_s, p.owner},
            {u"due_date"_s, dateOrNull(p.dueDate)},
            {u"status"_s, problemStatusKey(p.status)},
            {u"continues_id"_s, idOrNull(p.continuesId)}};
}

QJsonObject toJson(const ReportDocument &doc)
{
    QJsonArray parts;
    for (const Section &part : doc.parts()) {
        QJsonObject o = toJson(part);
        QJsonArray subs;
        for (const Section &sub : doc.subsections(part.id))
            subs.append(toJson(sub));
        o.insert(u"subsections"_s, subs);
        parts.append(o);
    }
    QJsonArray metrics;
    for (const MetricValue &m : doc.metrics)
        metrics.append(toJson(m, MetricCatalog::builtin().find(m.key)));
    QJsonArray problems;
    for (const Problem &p : doc.problems)
        problems.append(toJson(p));
    QJsonObject o = toJson(doc.report);
    o.insert(u"unit"_s, toJson(doc.unit));
    o.insert(u"parts"_s, parts);
    o.insert(u"metrics"_s, metrics);
    o.insert(u"problems"_s, problems);
    return o;
}

} // namespace fazhi::json
