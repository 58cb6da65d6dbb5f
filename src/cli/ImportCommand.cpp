// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi import FILE: reads an existing report (TXT, HTML, DOCX, Markdown, PDF, .doc/.wps/.rtf, scans) into the
// structured model.
#include "Cli.h"

#include "import/Importer.h"
#include "model/MetricCatalog.h"
#include "storage/DocumentStore.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

void printSummary(QTextStream &out, const ImportResult &result)
{
    const ReportDocument &doc = result.document;
    const Report &r = doc.report;
    out << u"标题：%1\n"_s.arg(r.title.isEmpty() ? u"（未识别）"_s : r.title)
        << u"单位：%1（%2）\n"_s.arg(doc.unit.fullName.isEmpty() ? u"（未识别）"_s : doc.unit.fullName, unitKindLabel(doc.unit.kind))
        << u"年度：%1\n"_s.arg(r.year ? QString::number(r.year) : u"（未识别）"_s);
    printReportOverview(out, doc, u"（无）"_s);
    int mapped = 0;
    for (const MetricCandidate &c : result.candidates)
        mapped += c.key.isEmpty() ? 0 : 1;
    out << u"\n数字：共 %1 处，其中 %2 处对应指标，记入指标 %3 项。\n"_s.arg(result.candidates.size()).arg(mapped).arg(doc.metrics.size());
    out << u"问题：%1 个。\n"_s.arg(doc.problems.size());
    if (!result.repairs.isEmpty()) {
        out << u"\n修复：\n"_s;
        for (const QString &s : result.repairs)
            out << u"  - "_s << s << u'\n';
    }
    if (!result.warnings.isEmpty()) {
        out << u"\n请核对：\n"_s;
        for (const QString &s : result.warnings)
            out << u"  - "_s << s << u'\n';
    }
}

int importReport(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s, u"year"_s}, {u"dry-run"_s});
    if (o.positional().size() != 1)
        throw Failure(u"请给出一个要导入的文件：fazhi import 文件 [--unit ID] [--year 年度] [--dry-run]。"_s, Failure::Kind::Input);
    ImportOptions options;
    if (o.has(u"unit"_s))
        options.unitId = o.requiredInt(u"unit"_s);
    if (o.has(u"year"_s)) {
        options.year = int(o.requiredInt(u"year"_s));
        if (options.year < 1990 || options.year > 2100)
            throw Failure(u"年度 %1 不合理，请给出四位数的年份。"_s.arg(options.year), Failure::Kind::Input);
    }
    // A scan is read page by page (OCR, a few seconds a page): say where it has got to on standard error.
    options.progress = [&ctx](int page, int pages) {
        ctx.err() << u"正在识别第 %1/%2 页（文字识别）……\n"_s.arg(page).arg(pages);
        ctx.flush();
        return true;
    };
    ImportResult result = Importer::importFile(o.positional().first(), options);
    ReportDocument &doc = result.document;

    if (o.has(u"dry-run"_s)) {
        if (ctx.json())
            ctx.printJson(result.toJson());
        else
            printSummary(ctx.out(), result);
        return Ok;
    }
    if (!doc.report.year)
        throw Failure(u"未能识别报告的年度，请用 --year 指定后再导入。"_s, Failure::Kind::Input);
    if (options.unitId > 0) {
        const auto unit = UnitRepository(ctx.db()).find(options.unitId);
        if (!unit)
            throw Failure(u"没有编号为 %1 的单位。"_s.arg(options.unitId), Failure::Kind::Input);
        doc.unit = *unit;
    } else if (doc.unit.fullName.trimmed().isEmpty()) {
        throw Failure(u"未能识别发文单位，请用 --unit 指定单位编号后再导入。"_s, Failure::Kind::Input);
    }
    const qint64 id = DocumentStore(ctx.db()).insert(doc);
    if (ctx.json()) {
        QJsonObject obj = result.toJson();
        obj.insert(u"report_id"_s, id);
        ctx.printJson(obj);
        return Ok;
    }
    printSummary(ctx.out(), result);
    ctx.out() << u"\n已导入为报告 %1。\n"_s.arg(id);
    return Ok;
}

const Registry::Registration regImport(u"import"_s, u"文件 [--unit ID] [--year 年度] [--dry-run]"_s,
                                       u"导入已有的报告（TXT、HTML、DOCX、Markdown、PDF、DOC、WPS、RTF、扫描图像）；--dry-run 只显示识别结果"_s, importReport);

} // namespace

} // namespace fazhi::cli
