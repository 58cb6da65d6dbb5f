// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/TemplateContext.h"

#include "check/CheckOptions.h"
#include "model/MetricCatalog.h"
#include "text/Numbering.h"
#include "text/OfficialDate.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QVariantMap unitContext(const Unit &unit)
{
    return {
        {u"name"_s, unit.fullName},
        {u"short_name"_s, unit.shortName.isEmpty() ? unit.fullName : unit.shortName},
        {u"kind"_s, unitKindKey(unit.kind)},
        {u"kind_label"_s, unitKindLabel(unit.kind)},
        {u"is_government"_s, unit.kind == UnitKind::Government},
        {u"is_department"_s, unit.kind == UnitKind::Department},
        {u"is_township"_s, unit.kind == UnitKind::Township},
    };
}

QVariantMap metricContext(const ReportDocument &doc, const MetricValue &m)
{
    const MetricDefinition *def = MetricCatalog::builtin().find(m.key);
    const QString word = def ? def->word : QString();
    QVariantMap o{
        {u"key"_s, m.key},   {u"name"_s, def ? def->name : m.key},
        {u"word"_s, word},   {u"value"_s, formatMetricValue(m, word)},
        {u"note"_s, m.note}, {u"has_change"_s, false},
    };
    if (doc.previous)
        if (const MetricValue *prev = doc.previous->metric(m.key)) {
            o.insert(u"previous"_s, formatMetricValue(*prev, word));
            if (const auto change = formatChange(prev->value, m.value)) {
                o.insert(u"change"_s, *change);
                o.insert(u"has_change"_s, true);
            }
        }
    return o;
}

} // namespace

QVariantMap TemplateContext::forDocument(const ReportDocument &doc, const QDate &reportDue,
                                         const QDate &publishDue)
{
    const Report &r = doc.report;
    QVariantMap c;
    c.insert(u"unit"_s, unitContext(doc.unit));
    c.insert(u"year"_s, QString::number(r.year));
    c.insert(u"next_year"_s, QString::number(r.year + 1));
    c.insert(u"previous_year"_s, QString::number(r.year - 1));
    c.insert(u"title"_s, r.title);
    c.insert(u"addressee"_s, r.addressee);
    c.insert(u"opening"_s, r.opening);
    c.insert(u"note"_s, r.note);

    QVariantList signatories;
    for (const QString &s : r.signatories)
        signatories.append(QVariantMap{{u"name"_s, s}});
    c.insert(u"signatories"_s, signatories);
    c.insert(u"has_signatories"_s, !signatories.isEmpty());
    c.insert(u"written_date"_s, officialDate(r.writtenDate));
    const CheckOptions defaults;
    c.insert(u"report_due"_s, officialDate(reportDue.isValid() ? reportDue : defaults.reportDueDate(r.year)));
    c.insert(u"publish_due"_s,
             officialDate(publishDue.isValid() ? publishDue : defaults.publishDueDate(r.year)));

    QVariantList sections;
    const QList<Section> parts = doc.parts();
    for (int p = 0; p < parts.size(); ++p) {
        const Section &part = parts.at(p);
        QVariantList subs;
        const QList<Section> children = doc.subsections(part.id);
        for (int s = 0; s < children.size(); ++s)
            subs.append(QVariantMap{{u"number"_s, numbering::label(2, s + 1)},
                                    {u"heading"_s, children.at(s).heading},
                                    {u"body"_s, children.at(s).body},
                                    {u"run_in"_s, children.at(s).runIn}});
        sections.append(QVariantMap{{u"number"_s, numbering::label(1, p + 1)},
                                    {u"heading"_s, part.heading},
                                    {u"part"_s, QString::number(part.part)},
                                    {u"is_extra"_s, part.part == 0},
                                    {u"body"_s, part.body},
                                    {u"guidance"_s, part.guidance},
                                    {u"subsections"_s, subs}});
    }
    c.insert(u"sections"_s, sections);

    QVariantList metrics;
    QVariantMap metricByKey;
    for (const MetricValue &m : doc.metrics) {
        const QVariantMap o = metricContext(doc, m);
        metrics.append(o);
        metricByKey.insert(m.key, o);
    }
    c.insert(u"metrics"_s, metrics);
    c.insert(u"metric"_s, metricByKey);
    c.insert(u"has_metrics"_s, !metrics.isEmpty());

    QVariantList required;
    for (const MetricDefinition &d : MetricCatalog::builtin().requiredFor(doc.unit.kind))
        required.append(QVariantMap{{u"key"_s, d.key}, {u"name"_s, d.name}, {u"word"_s, d.word}});
    c.insert(u"required_metrics"_s, required);
    c.insert(u"has_required_metrics"_s, !required.isEmpty());

    QVariantList problems;
    for (int i = 0; i < doc.problems.size(); ++i) {
        const Problem &p = doc.problems.at(i);
        problems.append(QVariantMap{{u"number"_s, numbering::label(3, i + 1)},
                                    {u"text"_s, p.text},
                                    {u"reason"_s, p.reason},
                                    {u"measure"_s, p.measure},
                                    {u"owner"_s, p.owner},
                                    {u"due_date"_s, officialDate(p.dueDate)},
                                    {u"status"_s, problemStatusLabel(p.status)},
                                    {u"continued"_s, p.continuesId != 0}});
    }
    c.insert(u"problems"_s, problems);
    c.insert(u"has_problems"_s, !problems.isEmpty());
    return c;
}

} // namespace fazhi
