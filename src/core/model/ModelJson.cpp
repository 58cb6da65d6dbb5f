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

namespace {

QDate dateFrom(const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QStringList stringsFrom(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list.append(s.toString());
    return list;
}

Section sectionFrom(const QJsonObject &o)
{
    Section s;
    s.heading = o.value(u"heading"_s).toString();
    s.position = o.value(u"position"_s).toInt();
    s.body = o.value(u"body"_s).toString();
    s.runIn = o.value(u"run_in"_s).toBool();
    s.part = o.value(u"part"_s).toInt();
    return s;
}

} // namespace

ReportDocument documentFromJson(const QJsonObject &o)
{
    ReportDocument doc;
    const QJsonObject u = o.value(u"unit"_s).toObject();
    doc.unit.fullName = u.value(u"full_name"_s).toString();
    doc.unit.shortName = u.value(u"short_name"_s).toString();
    doc.unit.kind = unitKindFromKey(u.value(u"kind"_s).toString());
    doc.unit.signatories = stringsFrom(u.value(u"signatories"_s));
    doc.unit.addressee = u.value(u"addressee"_s).toString();

    doc.report = reportFromJson(o);
    doc.report.id = 0;
    doc.report.unitId = 0;

    qint64 nextId = -1;
    for (const QJsonValue &pv : o.value(u"parts"_s).toArray()) {
        Section part = sectionFrom(pv.toObject());
        part.id = nextId--;
        doc.sections.append(part);
        for (const QJsonValue &sv : pv.toObject().value(u"subsections"_s).toArray()) {
            Section sub = sectionFrom(sv.toObject());
            sub.part = 0;
            sub.id = nextId--;
            sub.parentId = part.id;
            doc.sections.append(sub);
        }
    }
    for (const QJsonValue &mv : o.value(u"metrics"_s).toArray())
        doc.metrics.append(metricFromJson(mv.toObject()));
    int position = 0;
    for (const QJsonValue &pv : o.value(u"problems"_s).toArray()) {
        Problem problem = problemFromJson(pv.toObject());
        problem.id = problem.reportId = problem.continuesId = 0; // another database's rows
        problem.position = position++;
        doc.problems.append(problem);
    }
    return doc;
}

Report reportFromJson(const QJsonObject &o)
{
    Report r;
    r.id = o.value(u"id"_s).toInteger();
    r.unitId = o.value(u"unit_id"_s).toInteger();
    r.year = o.value(u"year"_s).toInt();
    r.title = o.value(u"title"_s).toString();
    r.addressee = o.value(u"addressee"_s).toString();
    r.opening = o.value(u"opening"_s).toString();
    r.signatories = stringsFrom(o.value(u"signatories"_s));
    r.templateName = o.value(u"template"_s).toString(u"standard"_s);
    r.status = reportStatusFromKey(o.value(u"status"_s).toString(u"draft"_s));
    r.writtenDate = dateFrom(o.value(u"written_date"_s));
    r.publishedDate = dateFrom(o.value(u"published_date"_s));
    r.publishedUrl = o.value(u"published_url"_s).toString();
    r.note = o.value(u"note"_s).toString();
    return r;
}

MetricValue metricFromJson(const QJsonObject &m)
{
    MetricValue v;
    v.key = m.value(u"key"_s).toString();
    v.value = m.value(u"value"_s).toDouble();
    v.approx = approxFromKey(m.value(u"approx"_s).toString(u"exact"_s));
    v.note = m.value(u"note"_s).toString();
    v.source = m.value(u"source"_s).toString();
    return v;
}

Problem problemFromJson(const QJsonObject &p)
{
    Problem problem;
    problem.id = p.value(u"id"_s).toInteger();
    problem.reportId = p.value(u"report_id"_s).toInteger();
    problem.position = p.value(u"position"_s).toInt();
    problem.text = p.value(u"text"_s).toString();
    problem.reason = p.value(u"reason"_s).toString();
    problem.measure = p.value(u"measure"_s).toString();
    problem.owner = p.value(u"owner"_s).toString();
    problem.dueDate = dateFrom(p.value(u"due_date"_s));
    problem.status = problemStatusFromKey(p.value(u"status"_s).toString(u"open"_s));
    problem.continuesId = p.value(u"continues_id"_s).toInteger();
    return problem;
}

} // namespace fazhi::json
