// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/ReportSkeleton.h"

#include "import/MarkdownForm.h"
#include "template/TemplateContext.h"
#include "template/TemplateEngine.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString skeletonFile = u"skeleton.md"_s;

/// Moves the template's <!-- … --> notes out of a section body into its guidance.
void extractGuidance(Section &section)
{
    static const QRegularExpression comment(u"<!--(.*?)-->"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList notes;
    for (auto it = comment.globalMatch(section.body); it.hasNext();) {
        const QString note = it.next().captured(1).trimmed();
        if (!note.isEmpty())
            notes.append(note);
    }
    if (notes.isEmpty())
        return;
    section.body = QString(section.body).remove(comment).trimmed();
    QStringList lines;
    for (const QString &note : notes)
        for (const QString &line : note.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
    section.guidance = lines.join(u'\n');
}

} // namespace

QString ReportSkeleton::canonicalHeading(int part, int year)
{
    switch (part) {
    case 1:
        return u"%1年推进法治政府建设的主要举措和成效"_s.arg(year);
    case 2:
        return u"%1年推进法治政府建设存在的不足和原因"_s.arg(year);
    case 3:
        return u"%1年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"_s.arg(year);
    case 4:
        return u"%1年推进法治政府建设的主要安排"_s.arg(year + 1);
    case 5:
        return u"其他需要报告的情况"_s;
    }
    return {};
}

ReportDocument ReportSkeleton::build(const Unit &unit, int year, const QString &templateName)
{
    // The context a new report's template sees: the unit, the year, and the signature block.
    ReportDocument seed;
    seed.unit = unit;
    seed.report.year = year;
    seed.report.addressee = unit.addressee;
    seed.report.signatories = unit.signatories.isEmpty() ? QStringList{unit.fullName} : unit.signatories;

    const QString name = templateName.isEmpty() ? u"standard"_s : templateName;
    const QString markdown = TemplateEngine::renderFile(
        name, skeletonFile, TemplateContext::forDocument(seed), TemplateEscape::Markdown);
    ReportDocument doc = MarkdownForm::read(markdown);
    doc.unit = unit;
    doc.report.unitId = unit.id;
    doc.report.year = year;
    doc.report.templateName = name;
    if (doc.report.signatories.isEmpty())
        doc.report.signatories = seed.report.signatories;
    for (Section &s : doc.sections)
        extractGuidance(s);
    return doc;
}

} // namespace fazhi
