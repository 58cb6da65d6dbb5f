// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi check (FILE | --report ID | --all [--year Y]) [--json] [--fix]
#include "Cli.h"

#include "check/Checker.h"
#include "check/FixApplier.h"
#include "import/Importer.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WaiverRepository.h"
#include "util/Failure.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

void printHuman(QTextStream &out, const CheckResult &r)
{
    out << u"检查：%1"_s.arg(r.title.isEmpty() ? u"（无标题）"_s : r.title);
    if (!r.unit.isEmpty() || r.year > 0)
        out << u"（%1%2）"_s.arg(r.unit, r.year > 0 ? u"，%1年度"_s.arg(r.year) : QString());
    out << u"\n\n"_s;
    for (const Finding &f : r.findings) {
        out << u"[%1] "_s.arg(findingLevelLabel(f.level));
        if (f.part > 0)
            out << u"第%1部分　"_s.arg(f.part);
        out << f.message << u"（"_s << f.rule << u"）\n"_s;
        if (!f.excerpt.isEmpty())
            out << u"    原文：“"_s << f.excerpt << u"”\n"_s;
        if (!f.suggestion.isEmpty())
            out << u"    建议："_s << f.suggestion << u'\n';
    }
    if (r.findings.isEmpty())
        out << u"没有发现问题。\n"_s;
    out << u"\n错误 %1 项，警告 %2 项，提示 %3 项；通过 %4 条规则；得分 %5。\n"_s.arg(r.count(FindingLevel::Error))
               .arg(r.count(FindingLevel::Warning))
               .arg(r.count(FindingLevel::Info))
               .arg(r.passed.size())
               .arg(r.score());
    if (const int fixable = r.fixableCount())
        out << u"其中 %1 项可自动改正：fazhi check … --fix 输出改正后的文本。\n"_s.arg(fixable);
    if (!r.waived.isEmpty())
        out << u"另有 %1 项已标记为不适用。\n"_s.arg(r.waived.size());
}

/// Every stored report (of one year), each checked with the installation's settings and its own waivers.
int checkAll(Context &ctx, int year)
{
    Database &db = ctx.db();
    const CheckOptions settings = SettingsRepository(db).checkOptions();
    QHash<qint64, QString> unitNames;
    for (const Unit &u : UnitRepository(db).all())
        unitNames.insert(u.id, u.fullName);
    QJsonArray results;
    int checked = 0;
    int withErrors = 0;
    int errors = 0;
    int warnings = 0;
    for (const Report &report : ReportRepository(db).all()) {
        if (year > 0 && report.year != year)
            continue;
        CheckOptions options = settings;
        options.waivers = WaiverRepository(db).forReport(report.id);
        const ReportDocument doc = DocumentStore(db).load(report.id);
        const CheckResult result = Checker(options).check(doc);
        const int e = result.count(FindingLevel::Error);
        const int w = result.count(FindingLevel::Warning);
        ++checked;
        withErrors += e > 0 ? 1 : 0;
        errors += e;
        warnings += w;
        if (ctx.json()) {
            QJsonObject json = result.toJson();
            json.insert(u"report_id"_s, report.id);
            json.insert(u"unit_id"_s, report.unitId);
            json.insert(u"unit"_s, unitNames.value(report.unitId));
            json.insert(u"year"_s, report.year);
            json.insert(u"status"_s, reportStatusKey(report.status));
            results.append(json);
        } else {
            ctx.out() << u"报告 %1\t%2\t%3年度\t%4\t错误 %5 项，警告 %6 项，得分 %7\n"_s.arg(report.id)
                             .arg(unitNames.value(report.unitId))
                             .arg(report.year)
                             .arg(reportStatusLabel(report.status))
                             .arg(e)
                             .arg(w)
                             .arg(result.score());
        }
    }
    if (ctx.json()) {
        ctx.printJson(results);
    } else if (checked == 0) {
        ctx.out() << (year > 0 ? u"没有 %1 年度的报告。\n"_s.arg(year) : u"数据库里还没有报告。\n"_s);
    } else {
        ctx.out() << u"\n共检查 %1 份报告，%2 份有错误；错误 %3 项，警告 %4 项。\n"_s.arg(checked).arg(withErrors).arg(errors).arg(warnings);
    }
    return withErrors > 0 ? Failed : Ok;
}

int check(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"year"_s}, {u"fix"_s, u"all"_s});
    if (o.has(u"all"_s)) {
        if (o.has(u"report"_s) || o.has(u"fix"_s) || !o.positional().isEmpty())
            throw Failure(u"--all 检查数据库里的全部报告，不能再给出文件、--report 或 --fix。"_s, Failure::Kind::Input);
        int year = 0;
        if (o.has(u"year"_s)) {
            year = int(o.requiredInt(u"year"_s));
            if (year < 1990 || year > 2100)
                throw Failure(u"年度 %1 不合理，请给出四位数的年份。"_s.arg(year), Failure::Kind::Input);
        }
        return checkAll(ctx, year);
    }
    if (o.has(u"year"_s))
        throw Failure(u"--year 只和 --all 一起使用：fazhi check --all --year 年度。"_s, Failure::Kind::Input);
    ReportDocument doc;
    CheckOptions options;
    // A Failure goes to the driver like every other command's: input failures exit 2, operation failures 1.
    if (o.has(u"report"_s)) {
        const qint64 id = o.requiredInt(u"report"_s);
        doc = DocumentStore(ctx.db()).load(id);
        options = SettingsRepository(ctx.db()).checkOptions();
        options.waivers = WaiverRepository(ctx.db()).forReport(id);
    } else {
        if (o.positional().size() != 1)
            throw Failure(u"请给出要检查的报告文件，或用 --report 指定报告编号。"_s, Failure::Kind::Input);
        doc = Importer::importFile(o.positional().first()).document;
        // Deadlines and switched-off rules come from the installation's settings, when it has a database.
        if (QFile::exists(ctx.dbPath())) {
            try {
                options = SettingsRepository(ctx.db()).checkOptions();
            } catch (const Failure &f) {
                spdlog::warn("check: settings unavailable: {} ({})", f.message().toStdString(), f.detail().toStdString());
            }
        }
    }

    Checker checker(options);
    const ReportLayout layout = ReportLayout::build(doc);
    const CheckResult result = checker.check(doc, layout);
    // The fixes go into the report's own text, as the workspace's fix button makes them; what is printed
    // is that report laid out again.
    const auto fixedText = [&] {
        ReportDocument fixed = doc;
        FixApplier::applyAll(fixed, layout, result.findings);
        return ReportLayout::build(fixed).plainText();
    };
    if (o.has(u"fix"_s) && !ctx.json()) {
        ctx.out() << fixedText() << u'\n';
    } else if (ctx.json()) {
        QJsonObject json = result.toJson();
        if (o.has(u"fix"_s))
            json.insert(u"fixed_text"_s, fixedText());
        ctx.printJson(json);
    } else {
        printHuman(ctx.out(), result);
    }
    return result.count(FindingLevel::Error) > 0 ? Failed : Ok;
}

const Registry::Registration reg(u"check"_s, u"(文件 | --report ID | --all [--year Y]) [--json] [--fix]"_s,
                                 u"按检查清单检查报告（结构、日期、内容覆盖、指标、校对）；--all 检查数据库里的全部报告"_s, check);

} // namespace

} // namespace fazhi::cli
