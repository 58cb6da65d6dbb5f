// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi report new | list | show | set | delete
#include "Cli.h"

#include "storage/AuditLog.h"

#include "model/DraftYears.h"
#include "model/MetricCatalog.h"
#include "model/ModelJson.h"
#include "storage/DocumentStore.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

qint64 reportIdFrom(const Options &o, const QString &command = u"show"_s)
{
    if (o.has(u"report"_s))
        return o.requiredInt(u"report"_s);
    if (o.positional().size() == 1) {
        bool ok = false;
        const qint64 id = o.positional().first().toLongLong(&ok);
        if (ok)
            return id;
    }
    throw Failure(u"请给出报告编号：fazhi report %1 ID。"_s.arg(command), Failure::Kind::Input);
}

/// Today for the year bounds: the system clock, or the date in FAZHI_TODAY (YYYY-MM-DD) when set, so that
/// a test or a demonstration can fix the day.
const Clock &clock()
{
    static const FixedClock fixed(QDate::fromString(qEnvironmentVariable("FAZHI_TODAY"), Qt::ISODate));
    return fixed.today().isValid() ? static_cast<const Clock &>(fixed) : Clock::system();
}

std::optional<Report> existingReport(Database &db, qint64 id)
{
    auto report = ReportRepository(db).find(id);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。可用 fazhi report list 查看报告编号。"_s.arg(id),
                      Failure::Kind::Input);
    return report;
}

int reportNew(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s, u"year"_s, u"template"_s}, {u"from-previous"_s});
    const qint64 unitId = unitOption(ctx, o);
    const int year = int(o.requiredInt(u"year"_s));
    draftYears::require(year, clock());
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
    const QList<Report> list = o.has(u"unit"_s) ? reports.forUnit(unitOption(ctx, o)) : reports.all();
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

int reportSet(Context &ctx)
{
    const Options o(
        ctx.args(),
        {u"report"_s, u"year"_s, u"title"_s, u"addressee"_s, u"signatory"_s, u"written-date"_s, u"note"_s},
        {});
    const qint64 id = reportIdFrom(o, u"set"_s);
    Report report = *existingReport(ctx.db(), id);
    const Report before = report;
    QStringList changed;
    QList<Section> headings;
    if (o.has(u"year"_s)) {
        const int year = int(o.requiredInt(u"year"_s));
        if (year != report.year) {
            draftYears::require(year, clock());
            if (const auto other = ReportRepository(ctx.db()).findByUnitYear(report.unitId, year))
                throw Failure(
                    u"该单位已有 %1 年度的报告（编号 %2），每个单位每年只能有一份报告。"_s.arg(year).arg(
                        other->id),
                    Failure::Kind::Input);
            // The years the template wrote follow the report's year, unless the clerk gives a new title.
            report.title = draftYears::moveYears(report.title, before.year, year);
            for (Section s : SectionRepository(ctx.db()).forReport(id)) {
                const QString heading = draftYears::moveYears(s.heading, before.year, year);
                if (heading != s.heading) {
                    s.heading = heading;
                    headings.append(s);
                }
            }
            report.year = year;
            changed.append(u"年度 %1 → %2"_s.arg(before.year).arg(year));
        }
    }
    if (o.has(u"title"_s))
        report.title = o.value(u"title"_s).trimmed();
    if (report.title != before.title)
        changed.append(u"标题"_s);
    if (o.has(u"addressee"_s)) {
        report.addressee = o.value(u"addressee"_s).trimmed();
        changed.append(u"主送机关"_s);
    }
    if (o.has(u"signatory"_s)) {
        report.signatories =
            o.value(u"signatory"_s).split(QRegularExpression(u"[,，、;；]"_s), Qt::SkipEmptyParts);
        for (QString &organ : report.signatories)
            organ = organ.trimmed();
        changed.append(u"发文机关署名"_s);
    }
    if (o.has(u"written-date"_s)) {
        const QString value = o.value(u"written-date"_s).trimmed();
        report.writtenDate = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !report.writtenDate.isValid())
            throw Failure(u"成文日期“%1”无法识别，请写成 2026-01-13 的形式（空值表示清除）。"_s.arg(value),
                          Failure::Kind::Input);
        changed.append(u"成文日期"_s);
    }
    if (o.has(u"note"_s)) {
        report.note = o.value(u"note"_s).trimmed();
        changed.append(u"附注"_s);
    }
    if (changed.isEmpty())
        throw Failure(
            u"没有要修改的内容：请给出 --year、--title、--addressee、--signatory、--written-date 或 --note。"_s,
            Failure::Kind::Input);
    Transaction tx(ctx.db());
    ReportRepository(ctx.db()).update(report);
    SectionRepository sections(ctx.db());
    for (const Section &s : std::as_const(headings))
        sections.update(s);
    tx.commit();
    spdlog::info("report {} changed: {}", id, changed.join(u", "_s).toStdString());
    if (ctx.json()) {
        ctx.printJson(json::toJson(DocumentStore(ctx.db()).load(id)));
    } else {
        ctx.out() << u"已修改报告 %1：%2\n"_s.arg(id).arg(changed.join(u"、"_s));
        if (!headings.isEmpty())
            ctx.out() << u"%1 个部分标题中的年份已随之更改。\n"_s.arg(headings.size());
        if (report.year != before.year)
            ctx.out() << u"开头和正文中写到的年份没有改动，请自行核对。\n"_s;
    }
    return Ok;
}

int reportDelete(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const qint64 id = reportIdFrom(o, u"delete"_s);
    const Report report = *existingReport(ctx.db(), id);
    if (report.status == ReportStatus::Submitted || report.status == ReportStatus::Approved ||
        report.status == ReportStatus::Published)
        throw Failure(
            u"报告 %1 的状态是“%2”，已报送的报告不能删除。"_s.arg(id).arg(reportStatusLabel(report.status)),
            Failure::Kind::Input);
    const auto unit = UnitRepository(ctx.db()).find(report.unitId);
    Transaction tx(ctx.db());
    ReportRepository(ctx.db()).remove(id);
    // The trail outlives the report: who deleted which draft.
    AuditLog(ctx.db()).append(actingName(), id, u"delete"_s, 0,
                              u"%1 %2年度 %3"_s.arg(unit ? unit->fullName : QString()).arg(report.year).arg(report.title));
    tx.commit();
    spdlog::info("report {} ({} {}) deleted", id, unit ? unit->fullName.toStdString() : std::string(),
                 report.year);
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"deleted"_s, id}, {u"year"_s, report.year}, {u"title"_s, report.title}});
    else
        ctx.out() << u"已删除报告 %1：%2（%3年度）\n"_s.arg(id).arg(report.title).arg(report.year);
    return Ok;
}

const Registry::Registration regNew(u"report new"_s, u"--unit 单位 --year Y [--from-previous] [--template 名称]"_s,
                                    u"新建年度报告（--from-previous 从上一年度报告延续）"_s, reportNew);
const Registry::Registration regList(u"report list"_s, u"[--unit 单位]"_s, u"列出报告"_s, reportList);
const Registry::Registration regShow(u"report show"_s, u"ID"_s, u"显示报告的结构、指标和问题"_s, reportShow);
const Registry::Registration
    regSet(u"report set"_s,
           u"ID [--year Y] [--title 标题] [--addressee 主送机关] [--signatory 机关1,机关2] "
           u"[--written-date YYYY-MM-DD] [--note 附注]"_s,
           u"修改报告的年度、标题等（改年度时标题和部分标题中的年份随之更改）"_s, reportSet);
const Registry::Registration regDelete(u"report delete"_s, u"ID"_s, u"删除一份尚未报送的报告"_s,
                                       reportDelete);

} // namespace

} // namespace fazhi::cli
