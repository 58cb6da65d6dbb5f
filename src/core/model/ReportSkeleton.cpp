// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ReportSkeleton.h"

using namespace Qt::StringLiterals;

namespace fazhi {

QString ReportSkeleton::canonicalHeading(int part, int year)
{
    switch (part) {
    case 1: return u"%1年推进法治政府建设的主要举措和成效"_s.arg(year);
    case 2: return u"%1年推进法治政府建设存在的不足和原因"_s.arg(year);
    case 3: return u"%1年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"_s.arg(year);
    case 4: return u"%1年推进法治政府建设的主要安排"_s.arg(year + 1);
    case 5: return u"其他需要报告的情况"_s;
    }
    return {};
}

ReportDocument ReportSkeleton::build(const Unit &unit, int year, const QString &templateName)
{
    ReportDocument doc;
    doc.unit = unit;
    doc.report.unitId = unit.id;
    doc.report.year = year;
    doc.report.templateName = templateName;
    doc.report.title = u"%1关于%2年法治政府建设情况的报告"_s.arg(unit.fullName).arg(year);
    doc.report.addressee = unit.addressee;
    doc.report.signatories = unit.signatories.isEmpty() ? QStringList{unit.fullName} : unit.signatories;
    doc.report.opening = u"%1年，……。现将有关情况报告如下："_s.arg(year);
    for (int part = 1; part <= 5; ++part) {
        Section s;
        s.id = -part; // provisional, replaced when stored
        s.part = part;
        s.position = part - 1;
        s.heading = canonicalHeading(part, year);
        doc.sections.append(s);
    }
    return doc;
}

} // namespace fazhi
