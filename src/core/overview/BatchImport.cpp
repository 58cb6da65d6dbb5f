// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/BatchImport.h"

#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <exception>

using namespace Qt::StringLiterals;

namespace fazhi {

QJsonObject BatchImportItem::toJson() const
{
    QJsonObject o{{u"file"_s, file}, {u"ok"_s, ok}};
    if (!ok) {
        o.insert(u"error"_s, error);
        return o;
    }
    o.insert(u"report_id"_s, reportId > 0 ? QJsonValue(reportId) : QJsonValue());
    o.insert(u"unit_id"_s, unitId > 0 ? QJsonValue(unitId) : QJsonValue());
    o.insert(u"unit"_s, unit);
    o.insert(u"unit_created"_s, unitCreated);
    o.insert(u"year"_s, year);
    o.insert(u"title"_s, title);
    o.insert(u"parts"_s, parts);
    o.insert(u"metrics"_s, metrics);
    o.insert(u"problems"_s, problems);
    o.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return o;
}

QStringList BatchImport::files(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        throw Failure(u"“%1”不是文件夹。"_s.arg(folder), Failure::Kind::Input);
    QDir dir(folder);
    if (!dir.isReadable())
        throw Failure(u"无法读取文件夹“%1”（没有读取权限）。"_s.arg(folder), Failure::Kind::Input);
    QStringList paths;
    // Files only (links to files included), by name; hidden files and Word/WPS lock files are not reports.
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        if (e.fileName().startsWith(u"~$"_s) || e.fileName().startsWith(u".~"_s))
            continue;
        paths << e.filePath();
    }
    // Unreadable files are listed too, so that the batch reports them rather than passing over them.
    const QFileInfoList all = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : all)
        if (!e.isReadable() && !paths.contains(e.filePath()))
            paths << e.filePath();
    return paths;
}

BatchImportItem BatchImport::importOne(Database &db, const QString &path, const ImportOptions &options, bool dryRun)
{
    BatchImportItem item;
    item.path = path;
    item.file = QFileInfo(path).fileName();
    try {
        ImportResult result = Importer::importFile(path, options);
        ReportDocument &doc = result.document;
        item.title = doc.report.title;
        item.year = doc.report.year;
        item.warnings = result.warnings;
        item.metrics = int(doc.metrics.size());
        item.problems = int(doc.problems.size());
        for (const Section &part : doc.parts())
            item.parts += part.part > 0 ? 1 : 0;
        if (!doc.report.year)
            throw Failure(u"未能识别报告的年度。"_s, Failure::Kind::Input);
        if (options.unitId > 0) {
            const auto unit = UnitRepository(db).find(options.unitId);
            if (!unit)
                throw Failure(u"没有编号为 %1 的单位。"_s.arg(options.unitId), Failure::Kind::Input);
            doc.unit = *unit;
        } else if (doc.unit.fullName.trimmed().isEmpty()) {
            throw Failure(u"未能识别发文单位。"_s, Failure::Kind::Input);
        } else if (const auto existing = UnitRepository(db).findByName(doc.unit.fullName)) {
            doc.unit = *existing;
        }
        item.unit = doc.unit.fullName;
        item.unitId = doc.unit.id;
        item.unitCreated = doc.unit.id <= 0;
        if (doc.unit.id > 0) {
            if (const auto other = ReportRepository(db).findByUnitYear(doc.unit.id, doc.report.year))
                throw Failure(u"“%1”已有 %2 年度的报告（编号 %3），没有重复导入。"_s.arg(doc.unit.fullName).arg(doc.report.year).arg(other->id),
                              Failure::Kind::Input);
        }
        if (!dryRun) {
            // DocumentStore::insert is one transaction: the unit, the report and all its content, or nothing.
            item.reportId = DocumentStore(db).insert(doc);
            if (const auto stored = ReportRepository(db).find(item.reportId))
                item.unitId = stored->unitId;
        }
        item.ok = true;
    } catch (const Failure &f) {
        item.error = f.message();
        spdlog::warn("batch import: {} refused: {} ({})", path.toStdString(), f.message().toStdString(), f.detail().toStdString());
    } catch (const std::exception &e) {
        item.error = u"导入时出错，未导入。"_s;
        spdlog::error("batch import: {} failed: {}", path.toStdString(), e.what());
    }
    if (!item.ok)
        item.reportId = 0;
    return item;
}

QList<BatchImportItem> BatchImport::run(Database &db, const QStringList &paths, const ImportOptions &options, bool dryRun,
                                        const Progress &progress)
{
    QList<BatchImportItem> items;
    for (int i = 0; i < paths.size(); ++i) {
        items << importOne(db, paths.at(i), options, dryRun);
        if (progress && !progress(i, int(paths.size()), items.last()))
            break;
    }
    return items;
}

} // namespace fazhi
