// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DocumentStore.h"

#include "template/ReportSkeleton.h"
#include "storage/Database.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fazhi {

ReportDocument DocumentStore::load(qint64 reportId, bool withPrevious) const
{
    ReportDocument doc;
    const auto report = ReportRepository(m_db).find(reportId);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(reportId), Failure::Kind::Input);
    doc.report = *report;
    const auto unit = UnitRepository(m_db).find(report->unitId);
    if (unit)
        doc.unit = *unit;
    doc.sections = SectionRepository(m_db).forReport(reportId);
    doc.metrics = MetricRepository(m_db).forReport(reportId);
    doc.problems = ProblemRepository(m_db).forReport(reportId);
    if (withPrevious) {
        if (const auto prev = ReportRepository(m_db).previous(report->unitId, report->year))
            doc.previous = std::make_shared<const ReportDocument>(load(prev->id, false));
    }
    return doc;
}

void DocumentStore::replaceSections(qint64 reportId, const QList<Section> &sections)
{
    Transaction tx(m_db);
    SectionRepository repo(m_db);
    for (const Section &s : repo.forReport(reportId))
        if (s.isPart())
            repo.remove(s.id); // subsections go with their part (ON DELETE CASCADE)
    QHash<qint64, qint64> idMap;
    int partPosition = 0;
    QHash<qint64, int> childPosition;
    for (Section s : sections) {
        const qint64 provisional = s.id;
        s.reportId = reportId;
        if (s.parentId != 0) {
            if (!idMap.contains(s.parentId))
                throw Failure(u"报告结构有误：小节找不到所属部分。"_s, Failure::Kind::Input);
            s.parentId = idMap.value(s.parentId);
            s.position = childPosition[s.parentId]++;
        } else {
            s.position = partPosition++;
        }
        s.id = 0;
        idMap.insert(provisional, repo.insert(s));
    }
    ReportRepository(m_db).touch(reportId);
    tx.commit();
}

qint64 DocumentStore::insert(ReportDocument doc)
{
    Transaction tx(m_db);
    UnitRepository units(m_db);
    if (doc.unit.id <= 0) {
        if (const auto existing = units.findByName(doc.unit.fullName))
            doc.unit = *existing;
        else
            doc.unit.id = units.insert(doc.unit);
    }
    doc.report.unitId = doc.unit.id;
    // The content goes in while the report is a draft; a submitted or approved state (an import of such a
    // report) is set last, since from then on the content is locked.
    const ReportStatus status = doc.report.status;
    doc.report.status = ReportStatus::Draft;
    const qint64 reportId = ReportRepository(m_db).insert(doc.report);
    replaceSections(reportId, doc.sections);
    MetricRepository metrics(m_db);
    for (MetricValue v : doc.metrics) {
        v.reportId = reportId;
        metrics.set(v);
    }
    ProblemRepository problems(m_db);
    int position = 0;
    for (Problem p : doc.problems) {
        p.reportId = reportId;
        p.position = position++;
        problems.insert(p);
    }
    if (status != ReportStatus::Draft)
        ReportRepository(m_db).setStatus(reportId, status);
    tx.commit();
    return reportId;
}

CarryOver DocumentStore::carryOver(const ReportDocument &previous)
{
    CarryOver carried;
    for (const Problem &p : previous.problems)
        if (p.status != ProblemStatus::Rectified)
            carried.problems.append(p);
    for (const Section &part : previous.parts())
        if (part.part == 4)
            carried.plans.append({part, previous.subsections(part.id)});
    return carried;
}

qint64 DocumentStore::createReport(qint64 unitId, int year, bool fromPrevious, const QString &templateName)
{
    const auto unit = UnitRepository(m_db).find(unitId);
    if (!unit)
        throw Failure(u"找不到编号为 %1 的单位。"_s.arg(unitId), Failure::Kind::Input);
    ReportDocument doc = ReportSkeleton::build(*unit, year, templateName);

    std::optional<ReportDocument> previous;
    if (fromPrevious) {
        const auto prev = ReportRepository(m_db).previous(unitId, year);
        if (!prev)
            throw Failure(u"“%1”在 %2 年之前没有报告，无法从上一年度报告创建。"_s.arg(unit->fullName).arg(year),
                          Failure::Kind::Input);
        previous = load(prev->id, false);
        if (!previous->report.addressee.isEmpty())
            doc.report.addressee = previous->report.addressee;
        if (!previous->report.signatories.isEmpty())
            doc.report.signatories = previous->report.signatories;
        doc.report.note = previous->report.note;
    }

    Transaction tx(m_db);
    const qint64 reportId = ReportRepository(m_db).insert(doc.report);
    replaceSections(reportId, doc.sections);
    if (previous) {
        const CarryOver carried = carryOver(*previous);
        ProblemRepository problems(m_db);
        int position = 0;
        for (const Problem &old : carried.problems) {
            Problem p = old;
            p.id = 0;
            p.reportId = reportId;
            p.position = position++;
            p.continuesId = old.id;
            problems.insert(p);
        }
        ReferenceRepository references(m_db);
        for (const CarryOver::Plans &plans : carried.plans) {
            QString body = plans.part.body;
            for (const Section &sub : plans.items)
                body += u"\n\n## "_s + sub.heading + u"\n\n"_s + sub.body;
            references.insert(reportId, u"previous-plans"_s,
                              u"%1年报告：%2"_s.arg(previous->report.year).arg(plans.part.heading), body.trimmed());
        }
    }
    tx.commit();
    return reportId;
}

} // namespace fazhi
