// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi import FILE: reads an existing report (TXT, HTML, DOCX, Markdown, PDF, .doc/.wps/.rtf, scans) into the
// structured model. fazhi import FOLDER: every file of the folder, each in its own transaction.
#include "Cli.h"

#include "import/Importer.h"
#include "model/MetricCatalog.h"
#include "overview/BatchImport.h"
#include "storage/DocumentStore.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QFileInfo>
#include <QJsonArray>
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

int importFolder(Context &ctx, const QString &folder, const ImportOptions &options, bool dryRun)
{
    const QStringList paths = BatchImport::files(folder);
    if (paths.isEmpty())
        throw Failure(u"文件夹“%1”里没有文件。"_s.arg(folder), Failure::Kind::Input);
    Database &db = ctx.db();
    const QList<BatchImportItem> items =
        BatchImport::run(db, paths, options, dryRun, [&](int index, int total, const BatchImportItem &item) {
            ctx.err() << u"[%1/%2] %3："_s.arg(index + 1).arg(total).arg(item.file);
            if (!item.ok)
                ctx.err() << u"未导入——"_s << item.error << u'\n';
            else if (dryRun)
                ctx.err() << u"可以导入（%1，%2年度）\n"_s.arg(item.unit).arg(item.year);
            else
                ctx.err() << u"已导入为报告 %1（%2，%3年度）\n"_s.arg(item.reportId).arg(item.unit).arg(item.year);
            ctx.flush();
            return true;
        });
    int imported = 0;
    int failed = 0;
    int unitsCreated = 0;
    for (const BatchImportItem &item : items) {
        (item.ok ? imported : failed) += 1;
        unitsCreated += item.ok && item.unitCreated ? 1 : 0;
    }
    if (ctx.json()) {
        QJsonArray files;
        for (const BatchImportItem &item : items)
            files.append(item.toJson());
        ctx.printJson(QJsonObject{{u"folder"_s, folder}, {u"dry_run"_s, dryRun}, {u"files"_s, files},
                                  {u"imported"_s, imported}, {u"failed"_s, failed}, {u"units_created"_s, unitsCreated}});
        return failed > 0 ? Failed : Ok;
    }
    QTextStream &out = ctx.out();
    out << u"共 %1 个文件：%2 %3 份报告（其中新单位 %4 个），%5 个未导入。\n"_s.arg(items.size())
               .arg(dryRun ? u"可以导入"_s : u"导入"_s)
               .arg(imported)
               .arg(unitsCreated)
               .arg(failed);
    if (imported > 0) {
        out << u"\n识别出的报告：\n"_s;
        for (const BatchImportItem &item : items) {
            if (!item.ok)
                continue;
            out << u"  %1 → %2%3 %4年度"_s.arg(item.file, item.unit, item.unitCreated ? u"（新单位）"_s : QString()).arg(item.year);
            if (item.reportId > 0)
                out << u" 报告 %1"_s.arg(item.reportId);
            out << u"：标准部分 %1 个，指标 %2 项，问题 %3 个"_s.arg(item.parts).arg(item.metrics).arg(item.problems);
            if (!item.warnings.isEmpty())
                out << u"，请核对 %1 处"_s.arg(item.warnings.size());
            out << u'\n';
        }
    }
    if (failed > 0) {
        out << u"\n未导入的文件：\n"_s;
        for (const BatchImportItem &item : items)
            if (!item.ok)
                out << u"  %1：%2\n"_s.arg(item.file, item.error);
    }
    return failed > 0 ? Failed : Ok;
}

int importReport(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s, u"year"_s}, {u"dry-run"_s});
    if (o.positional().size() != 1)
        throw Failure(u"请给出一个要导入的文件或文件夹：fazhi import 文件或文件夹 [--unit 单位] [--year 年度] [--dry-run]。"_s, Failure::Kind::Input);
    ImportOptions options;
    if (o.has(u"unit"_s))
        options.unitId = unitOption(ctx, o);
    if (o.has(u"year"_s)) {
        options.year = int(o.requiredInt(u"year"_s));
        if (options.year < 1990 || options.year > 2100)
            throw Failure(u"年度 %1 不合理，请给出四位数的年份。"_s.arg(options.year), Failure::Kind::Input);
    }
    if (QFileInfo(o.positional().first()).isDir()) {
        if (options.unitId > 0)
            throw Failure(u"导入文件夹时不能用 --unit：文件夹里的报告各自识别发文单位。"_s, Failure::Kind::Input);
        return importFolder(ctx, o.positional().first(), options,
                            o.has(u"dry-run"_s));
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

const Registry::Registration regImport(u"import"_s, u"(文件 | 文件夹) [--unit 单位] [--year 年度] [--dry-run]"_s,
                                       u"导入已有的报告（TXT、HTML、DOCX、Markdown、PDF、DOC、WPS、RTF、扫描图像）；给出文件夹则逐个导入其中的文件，每份一个事务；--dry-run 只显示识别结果"_s, importReport);

} // namespace

} // namespace fazhi::cli
