// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi report new | list | show
#include "Cli.h"

#include "model/MetricCatalog.h"
#include "model/ModelJson.h"
#include "storage/DocumentStore.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

qint64 reportIdFrom(const Options &o)
{
    if (o.has(u"report"_s))
        return o.requiredInt(u"report"_s);
    if (o.positional().size() == 1) {
        bool ok = false;
        const qint64 id = o.positional().first().toLongLong(&ok);
        if (ok)
            return id;
    }
    throw Failure(u"请给出报告编号：fazhi report show ID。"_s, Failure::Kind::Input);
}

int reportNew(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s, u"year"_s, u"template"_s}, {u"from-previous"_s});
    const qint64 unitId = o.requiredInt(u"unit"_s);
    const int year = int(o.requiredInt(u"year"_s));
    DocumentStore store(ctx.db());
    const qint64 id = store.createReport(unitId, year, o.has(u"from-previous"_s), o.value(u"template"_s, u"standard"_s));
    const ReportDocument doc = store.load(id);
    if (ctx.json()) {
        ctx.printJson(json::toJson(doc));
    } else {
        ctx.out() << u"已创建报告 %1：%2\n"_s.arg(id).arg(doc.report.title);
        if (o.has(u"from-previous"_s))
            ctx.out() << u"从 %1 年报告延续了 %2 个未整改问题。\n"_s.arg(doc.previous ? doc.previous->report.year : 0)
                             .arg(doc.problems.size());
    }
    return Ok;
}

int reportList(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s}, {});
    ReportRepository reports(ctx.db());
    const QList<Report> list = o.has(u"unit"_s) ? reports.forUnit(o.requiredInt(u"unit"_s)) : reports.all();
    if (ctx.json()) {
        QJsonArray array;
        for (const Report &r : list)
            array.append(json::toJson(r));
        ctx.printJson(array);
        return Ok;
    }
    if (list.isEmpty()) {
        ctx.out() << u"没有报告。\n"_s;
        return Ok;
    }
    UnitRepository units(ctx.db());
    for (const Report &r : list) {
        const auto unit = units.find(r.unitId);
        ctx.out() << u"%1\t%2\t%3年度\t%4\t%5\n"_s.arg(r.id)
                         .arg(unit ? unit->fullName : QString())
                         .arg(r.year)
                         .arg(reportStatusLabel(r.status), r.title);
    }
    return Ok;
}

int reportShow(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const ReportDocument doc = DocumentStore(ctx.db()).load(reportIdFrom(o));
    const QList<ReportReference> references = ReferenceRepository(ctx.db()).forReport(doc.report.id);
    if (ctx.json()) {
        QJsonObject obj = json::toJson(doc);
        QJsonArray refs;
        for (const ReportReference &r : references)
            refs.append(QJsonObject{{u"kind"_s, r.kind}, {u"title"_s, r.title}, {u"body"_s, r.body}});
        obj.insert(u"references"_s, refs);
        if (doc.previous)
            obj.insert(u"previous_report_id"_s, doc.previous->report.id);
        ctx.printJson(obj);
        return Ok;
    }
    QTextStream &out = ctx.out();
    const Report &r = doc.report;
    out << r.title << u'\n'
        << u"单位：%1（%2）\n"_s.arg(doc.unit.fullName, unitKindLabel(doc.unit.kind))
        << u"年度：%1　状态：%2\n"_s.arg(r.year).arg(reportStatusLabel(r.status));
    printReportOverview(out, doc, u"（未填）"_s);
    if (!doc.metrics.isEmpty()) {
        out << u"\n指标：\n"_s;
        for (const MetricValue &m : doc.metrics) {
            const MetricDefinition *d = MetricCatalog::builtin().find(m.key);
            out << u"  "_s << (d ? d->name : m.key) << u"："_s << formatMetricValue(m, d ? d->word : QString());
            if (doc.previous)
                if (const MetricValue *prev = doc.previous->metric(m.key))
                    if (const auto change = formatChange(prev->value, m.value))
                        out << u"（较上年"_s << *change << u"）"_s;
            out << u'\n';
        }
    }
    if (!doc.problems.isEmpty()) {
        out << u"\n问题：\n"_s;
        for (const Problem &p : doc.problems)
            out << u"  [%1]%2 %3\n"_s.arg(problemStatusLabel(p.status), p.continuesId ? u"（上年延续）"_s : QString(), p.text);
    }
    for (const ReportReference &ref : references)
        out << u"\n参考：%1\n%2\n"_s.arg(ref.title, ref.body);
    return Ok;
}

const Registry::Registration regNew(u"report new"_s, u"--unit ID --year Y [--from-previous] [--template 名称]"_s,
                                    u"新建年度报告（--from-previous 从上一年度报告延续）"_s, reportNew);
const Registry::Registration regList(u"report list"_s, u"[--unit ID]"_s, u"列出报告"_s, reportList);
const Registry::Registration regShow(u"report show"_s, u"ID"_s, u"显示报告的结构、指标和问题"_s, reportShow);

} // namespace

} // namespace fazhi::cli
