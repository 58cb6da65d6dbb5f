// SPDX-License-Identifier: GPL-3.0-or-later
// date.* and year.*: how dates are written, the report and publication deadlines, the year named.
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/OfficialDate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void dateFormat(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    // Leading zeros (2025年06月13日, 2025年06月) and two-digit years (25年6月13日).
    static const QRegularExpression arabic(
        u"(?<![0-9０-９])([0-9]{2}|[0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?"_s);
    const QStringView folded = unit.folded();
    for (auto it = arabic.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString year = m.captured(1), month = m.captured(2), day = m.captured(3);
        const bool zeros = (month.size() == 2 && month.startsWith(u'0')) || (day.size() == 2 && day.startsWith(u'0'));
        const bool shortYear = year.size() == 2 && !day.isEmpty();
        if (!zeros && !shortYear)
            continue;
        Finding f = out.make();
        f.offset = unit.offset + int(m.capturedStart());
        f.length = int(m.capturedLength());
        if (shortYear) {
            f.message = u"日期的年份只写了两位：“%1”"_s.arg(m.captured());
            f.suggestion = u"年份写全四位，如“20%1年%2月%3日”。"_s.arg(year).arg(month.toInt()).arg(day.toInt());
        } else {
            f.message = u"日期的月、日不应加“0”：“%1”"_s.arg(m.captured());
            QString fixed = year + u'年' + QString::number(month.toInt()) + u'月';
            if (!day.isEmpty())
                fixed += QString::number(day.toInt()) + u'日';
            f.fix = fixed;
            f.suggestion = u"改为“%1”（GB/T 9704：成文日期用阿拉伯数字，不编虚位）。"_s.arg(fixed);
        }
        out.add(f);
    }
    // Chinese numerals in a line that is only a date: the 成文日期 written 二〇二六年一月十三日.
    static const QRegularExpression chinese(
        u"(?:^|\\n)\\s*([〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\\s*(?=\\n|$)"_s);
    for (auto it = chinese.globalMatch(unit.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Finding f = out.make();
        f.offset = unit.offset + int(m.capturedStart(1));
        f.length = int(m.capturedLength(1));
        f.message = u"成文日期用了汉字数字：“%1”"_s.arg(m.captured(1));
        f.suggestion = u"成文日期用阿拉伯数字写全年月日，如“2026年1月13日”。"_s;
        out.add(f);
    }
}

int dateBlockOffset(const RuleContext &ctx, int *length)
{
    for (const LayoutBlock &b : ctx.layout.blocks())
        if (b.kind == BlockKind::Date) {
            *length = int(b.text.size());
            return b.offset;
        }
    return -1;
}

void reportDue(const RuleContext &ctx, RuleOutput &out)
{
    const QDate written = ctx.doc.report.writtenDate;
    const QDate due = ctx.options.reportDueDate(ctx.year());
    if (!written.isValid() || !due.isValid()) {
        out.notApplicable();
        return;
    }
    if (written <= due)
        return;
    Finding f = out.make();
    f.message = u"成文日期%1晚于报送期限%2"_s.arg(officialDate(written), officialDate(due));
    f.offset = dateBlockOffset(ctx, &f.length);
    f.suggestion = u"年度报告应于%1前报送；确属延期的，请说明原因。"_s.arg(officialDate(due));
    out.add(f);
}

void publishDue(const RuleContext &ctx, RuleOutput &out)
{
    const QDate published = ctx.doc.report.publishedDate;
    const QDate due = ctx.options.publishDueDate(ctx.year());
    if (!due.isValid() || ctx.year() <= 0) {
        out.notApplicable();
        return;
    }
    Finding f = out.make();
    if (published.isValid()) {
        if (published <= due)
            return;
        f.message = u"公开日期%1晚于公开期限%2"_s.arg(officialDate(published), officialDate(due));
        f.suggestion = u"年度报告应于每年4月1日前（本单位设定为%1）通过报刊、网站等向社会公开。"_s.arg(officialDate(due));
    } else {
        if (ctx.doc.report.status == ReportStatus::Published || ctx.options.today() <= due)
            return;
        // Only the review workflow knows that a report is not yet public: one it holds as submitted or
        // approved. A draft, or a file read without a publication date, may well be public already.
        const ReportStatus status = ctx.doc.report.status;
        if (ctx.doc.report.id > 0 && (status == ReportStatus::Submitted || status == ReportStatus::Approved)) {
            f.message = u"已过公开期限%1，报告仍未公开"_s.arg(officialDate(due));
            f.suggestion = u"尽快在政府网站等渠道公开报告，并记录公开日期和网址。"_s;
        } else {
            f.level = FindingLevel::Info;
            f.message = u"公开日期未知：已过公开期限%1，无法判断是否按时公开"_s.arg(officialDate(due));
            f.suggestion = u"如已公开，请记录公开日期和网址；尚未公开的，尽快公开。"_s;
        }
    }
    out.add(f);
}

void yearConsistency(const RuleContext &ctx, RuleOutput &out)
{
    static const QRegularExpression yearRe(u"(?<![0-9])((?:19|20)[0-9]{2})(?=年)"_s);
    const int y = ctx.year();
    if (y <= 0) {
        out.notApplicable();
        return;
    }
    const auto flag = [&](int offset, int length, int named, int expected, const QString &where) {
        Finding f = out.make();
        f.offset = offset;
        f.length = length;
        f.message = u"%1写的是%2年，应为%3年"_s.arg(where).arg(named).arg(expected);
        f.fix = QString::number(expected);
        f.suggestion = u"核对年份：本报告是%1年度报告，下一年度安排针对%2年。"_s.arg(y).arg(y + 1);
        out.add(f);
    };
    const QList<LayoutBlock> &blocks = ctx.layout.blocks();
    // A year no report on year y can mean (2205年, 1025年): a slip of the keys, in any part. Targets of national
    // plans (2030, 2035, 2049, 2050) and a few years ahead (three-year actions) are real.
    static const QRegularExpression anyYear(u"(?<![0-9])([12][0-9]{3})(?=年)"_s);
    for (const LayoutBlock &b : blocks) {
        if (b.kind == BlockKind::Date)
            continue;
        for (auto it = anyYear.globalMatch(b.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int named = m.captured(1).toInt();
            const bool target = named == 2030 || named == 2035 || named == 2049 || named == 2050;
            if (named >= 1900 && (named <= y + 5 || target))
                continue;
            Finding f = out.make();
            f.offset = b.offset + int(m.capturedStart(1));
            f.length = 5;
            f.message = u"“%1年”与报告年度%2年相差太远，疑为笔误"_s.arg(named).arg(y);
            f.suggestion = u"核对年份。"_s;
            out.add(f);
        }
    }
    for (int i = 0; i < blocks.size(); ++i) {
        const LayoutBlock &b = blocks.at(i);
        int standard = -1;
        QString where;
        QStringView text = b.text;
        if (b.kind == BlockKind::PartHeading) {
            standard = ctx.structure.standardOf(b.partIndex);
            where = u"部分标题"_s;
        } else if (b.kind == BlockKind::Opening) {
            // The opening names the reported year: "2025年，……" or "现将2025年……报告如下".
            standard = 1;
            where = u"开头段落"_s;
        } else if (b.kind == BlockKind::Paragraph && ctx.structure.standardOf(b.partIndex) == 1) {
            // This year's measures: a sentence opening "2024年，……" tells the year it reports on; one that
            // compares (同比, 较上年, 以来, 相比) is left alone.
            static const QRegularExpression opens(u"(?:^|[。；！？])((?:19|20)[0-9]{2})年度?[，,]"_s);
            for (auto it = opens.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const int named = m.captured(1).toInt();
                if (named == y)
                    continue;
                const int end = scan::sentenceEnd(text, int(m.capturedEnd()));
                const QStringView sentence = text.mid(m.capturedStart(1), end - m.capturedStart(1));
                static const QStringList comparing = {u"同比"_s, u"上年"_s, u"相比"_s, u"以来"_s, u"较"_s, u"比"_s};
                if (std::any_of(comparing.cbegin(), comparing.cend(), [&](const QString &w) { return sentence.contains(w); }))
                    continue;
                flag(b.offset + int(m.capturedStart(1)), 4, named, y, u"第一部分"_s);
            }
            continue;
        } else if (i > 0 && blocks.at(i - 1).kind == BlockKind::PartHeading && b.kind == BlockKind::Paragraph &&
                   ctx.structure.standardOf(b.partIndex) == 4) {
            // First paragraph of part 4 opening with its year: "2024年，区城市管理局将……".
            standard = 4;
            where = u"下一年度安排"_s;
            text = text.left(6);
        } else {
            continue;
        }
        if (standard <= 0 || standard == 5)
            continue;
        const int expected = standard == 4 ? y + 1 : y;
        if (b.kind == BlockKind::Opening) {
            // Only the leading year and the lead-in's year ("现将2025年……报告如下", "2025年度法治政府建设
            // 情况报告如下"): a comparison elsewhere in the opening names other years.
            static const QRegularExpression lead(
                u"^((?:19|20)[0-9]{2})年|现将[^。：]{0,12}?((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年[^。：；，,]{0,24}报告如下"_s);
            QSet<qsizetype> seen;
            for (auto it = lead.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const int group = m.capturedStart(1) >= 0 ? 1 : m.capturedStart(2) >= 0 ? 2 : 3;
                const int named = m.captured(group).toInt();
                if (named != expected && !seen.contains(m.capturedStart(group))) {
                    seen.insert(m.capturedStart(group));
                    flag(b.offset + int(m.capturedStart(group)), 4, named, expected, where);
                }
            }
            continue;
        }
        for (auto it = yearRe.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int named = m.captured(1).toInt();
            const bool combined = standard == 2 && b.kind == BlockKind::PartHeading &&
                                  ctx.structure.parts().value(b.partIndex).alsoNextYear && named == y + 1;
            if (named != expected && !combined)
                flag(b.offset + int(m.capturedStart(1)), 4, named, expected, where);
        }
    }
}

} // namespace

void registerDateRules(QList<RuleInfo> &rules)
{
    rules.append({u"date.format"_s, FindingLevel::Warning, u"日期写法"_s, {}, dateFormat});
    rules.append({u"date.report-due"_s, FindingLevel::Warning, u"报送期限"_s, reportDue, {}});
    rules.append({u"date.publish-due"_s, FindingLevel::Error, u"公开期限"_s, publishDue, {}});
    rules.append({u"year.consistency"_s, FindingLevel::Warning, u"年份一致"_s, yearConsistency, {}});
}

} // namespace fazhi
