// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for the checklist: small reports built in code, and the published fixture reports read by the
// real importer.
#pragma once

#include "check/Checker.h"
#include "check/FixApplier.h"
#include "import/Importer.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"
#include "util/Clock.h"

#include "TestSupport.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

namespace fazhi::test {

/// A report skeleton: title, addressee, opening, and parts given as (heading, body) with optional
/// subsections; the `part` fields stay 0 so the checker recognises parts from their headings.
class DocBuilder
{
public:
    DocBuilder(int year = 2025, UnitKind kind = UnitKind::Department,
               const QString &unit = QStringLiteral("重庆市江津区城市管理局"))
    {
        m_doc.unit.fullName = unit;
        m_doc.unit.kind = kind;
        m_doc.report.year = year;
        m_doc.report.title = unit + QStringLiteral("关于%1年法治政府建设情况的报告").arg(year);
        m_doc.report.addressee = QStringLiteral("区委、区政府");
        m_doc.report.opening = QStringLiteral("%1年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：").arg(year);
        m_doc.report.signatories = {unit};
        m_doc.report.writtenDate = QDate(year + 1, 1, 13);
        m_doc.report.publishedDate = QDate(year + 1, 1, 20);
    }

    DocBuilder &part(const QString &heading, const QString &body = {}, int standard = 0)
    {
        Section s;
        s.id = ++m_nextId;
        s.part = standard;
        s.position = m_partPosition++;
        s.heading = heading;
        s.body = body;
        m_doc.sections.append(s);
        m_currentPart = s.id;
        m_subPosition = 0;
        return *this;
    }

    DocBuilder &sub(const QString &heading, const QString &body, bool runIn = true)
    {
        Section s;
        s.id = ++m_nextId;
        s.parentId = m_currentPart;
        s.position = m_subPosition++;
        s.heading = heading;
        s.body = body;
        s.runIn = runIn;
        m_doc.sections.append(s);
        return *this;
    }

    /// The five standard parts with plausible content.
    DocBuilder &standardParts()
    {
        const int y = m_doc.report.year;
        part(QStringLiteral("%1年推进法治政府建设的主要举措和成效").arg(y));
        sub(QStringLiteral("深入学习贯彻习近平法治思想"),
            QStringLiteral("一是通过党委会、中心组专题学习习近平法治思想。二是开展法治培训8场。"));
        part(QStringLiteral("%1年推进法治政府建设存在的不足和原因").arg(y),
             QStringLiteral("一是执法队伍专业化水平不高。究其原因，主要是培训不足。"));
        part(QStringLiteral("%1年党政主要负责人履行推进法治建设第一责任人职责情况").arg(y),
             QStringLiteral("局主要负责人认真履行第一责任人职责，带头述法。"));
        part(QStringLiteral("%1年推进法治政府建设的主要安排").arg(y + 1),
             QStringLiteral("一是加强执法培训。二是完善制度。"));
        part(QStringLiteral("其他需要报告的情况"), QStringLiteral("无。"));
        return *this;
    }

    ReportDocument &doc() { return m_doc; }
    ReportDocument build() const { return m_doc; }

    /// The part with next year's plans (主要安排), as standardParts() writes it.
    Section &plansPart()
    {
        const auto it = std::find_if(m_doc.sections.begin(), m_doc.sections.end(), [](const Section &s) {
            return s.isPart() && s.heading.contains(QStringLiteral("主要安排"));
        });
        REQUIRE(it != m_doc.sections.end());
        return *it;
    }

private:
    ReportDocument m_doc;
    qint64 m_nextId = 0;
    qint64 m_currentPart = 0;
    int m_partPosition = 0;
    int m_subPosition = 0;
};

/// Runs the checker with a fixed clock (1 May of the year after the report: deadlines passed).
inline CheckResult runCheck(const ReportDocument &doc, CheckOptions options = {})
{
    static FixedClock clock(QDate(2026, 5, 1));
    if (!options.clock)
        options.clock = &clock;
    Checker checker(options);
    return checker.check(doc);
}

inline QList<Finding> findingsOf(const CheckResult &r, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.rule == rule)
            out.append(f);
    return out;
}

/// One paragraph in part 1 of an otherwise sound report; the findings of `rule` on it.
inline QList<Finding> lintParagraph(const QString &paragraph, const QString &rule, int year = 2025)
{
    DocBuilder b(year);
    b.standardParts();
    b.doc().sections[0].body = markdownEscape(paragraph);
    return findingsOf(runCheck(b.build()), rule);
}

/// The text of a finding's place in the plain text.
inline QString placeText(const CheckResult &r, const Finding &f) { return r.plainText.mid(f.offset, f.length); }

/// A published fixture report as the importer reads it: the checker sees what a clerk who imports the file sees.
inline ReportDocument fixtureDocument(const QString &name)
{
    return Importer::importFile(fixture(name)).document;
}

} // namespace fazhi::test
