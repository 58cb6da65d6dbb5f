// SPDX-License-Identifier: GPL-3.0-or-later
// structure.numbering, structure.heading-glued, structure.placeholder, structure.empty-part: part and
// subsection numbers as the imported file wrote them, a subsection heading run into its text, template
// prompts left in, a required part with nothing under its heading.
#include "check/RuleRegistry.h"

#include "text/ChineseText.h"
#include "text/Numbering.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// The value of the numeral in a number as written ("三、" → 3, "（十二）、" → 12, "第二部分" → 2), 0 if none.
int writtenValue(const QString &written)
{
    static const QRegularExpression numeral(u"[一二三四五六七八九十]{1,3}|[0-9]{1,2}"_s);
    const QRegularExpressionMatch m = numeral.match(written);
    if (!m.hasMatch())
        return 0;
    return m.captured().at(0).isDigit() ? m.captured().toInt() : std::max(0, chinese::numeralValue(m.capturedView()));
}

/// The heading block of a section: its number, heading and (run in) the heading's full stop.
const LayoutBlock *headingBlock(const RuleContext &ctx, qint64 sectionId)
{
    for (const LayoutBlock &b : ctx.layout.blocks())
        if (b.sectionId == sectionId && (b.level == 1 || b.level == 2) && !b.number.isEmpty())
            return &b;
    return nullptr;
}

int headingLength(const LayoutBlock &b) { return b.headingLength > 0 ? b.headingLength : int(b.text.size()); }

void sourceNumbering(const RuleContext &ctx, RuleOutput &out)
{
    QHash<qint64, const Section *> byId;
    bool any = false;
    for (const Section &s : ctx.doc.sections) {
        byId.insert(s.id, &s);
        any = any || !s.sourceNumber.isEmpty();
    }
    if (!any) {
        out.notApplicable(); // typed in the program: the layout numbers from position
        return;
    }
    int lastWritten[3] = {0, 0, 0};
    for (const LayoutBlock &b : ctx.layout.blocks()) {
        if ((b.level != 1 && b.level != 2) || b.number.isEmpty())
            continue;
        if (b.level == 1)
            lastWritten[2] = 0;
        const Section *s = byId.value(b.sectionId);
        if (!s || s->sourceNumber.isEmpty())
            continue;
        const QString written = s->sourceNumber;
        const int value = writtenValue(written);
        const int expected = writtenValue(b.number);
        const int previous = lastWritten[b.level];
        lastWritten[b.level] = value;
        // "第二部分" is another accepted way of numbering parts; only its number is compared.
        const bool styleOk = written == b.number || (b.level == 1 && written.startsWith(u'第'));
        if (value == expected && styleOk)
            continue;
        Finding f = out.make();
        if (value == expected)
            f.message = u"序号“%1”的写法不对，应为“%2”"_s.arg(written, b.number);
        else if (value == previous)
            f.message = u"序号“%1”与上一个重复，应为“%2”"_s.arg(written, b.number);
        else if (value > expected)
            f.message = u"序号跳号：“%1”处应为“%2”"_s.arg(written, b.number);
        else
            f.message = u"序号“%1”不对，应为“%2”"_s.arg(written, b.number);
        f.offset = b.offset;
        f.length = headingLength(b);
        f.fix = b.text.left(f.length); // the layout already numbers from position
        f.suggestion = b.level == 1 ? u"一级标题依次用“一、”“二、”……（数字后用顿号）。"_s
                                    : u"二级标题依次用“（一）”“（二）”……（括号后不加标点）。"_s;
        out.add(f);
    }
}

void headingGlued(const RuleContext &ctx, RuleOutput &out)
{
    // A figure with its measure word, or an enumeration, belongs to the text, not to a heading.
    static const QRegularExpression textLike(
        u"[0-9０-９]+(?:\\.[0-9]+)?(?:件|个|次|场|人|名|万|亿|元|%|％|项|家|户|条|份|起|宗|余|期|批|所|处)|[一二三]是"_s);
    for (const Section &s : ctx.doc.sections) {
        if (s.isPart())
            continue;
        const QString h = s.heading.trimmed();
        if (h.isEmpty() || (!textLike.match(h).hasMatch() && h.size() <= 45))
            continue;
        const LayoutBlock *b = headingBlock(ctx, s.id);
        Finding f = out.make();
        f.message = u"小节标题与正文连在了一起：“%1”"_s.arg(h.size() > 24 ? h.left(24) + u"……"_s : h);
        f.suggestion = u"在标题末尾加句号，把其后的正文分开（标题只写这一方面工作的概括）。"_s;
        if (b) {
            f.offset = b->offset;
            f.length = headingLength(*b);
        }
        out.add(f);
    }
}

void placeholder(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    // The template's prompts: "……（概述全年法治政府建设总体情况）", "{{year}}", "××年".
    static const QRegularExpression prompt(
        u"……[（(][^）)\\n]{1,40}[）)]|[（(](?:概述|简述|填写|请填写|此处|请在此|待补充|待填写)[^）)\\n]{0,40}[）)]|\\{\\{[^}\\n]{1,40}\\}\\}|[×X]{2,}(?=[年月日个项件次人])"_s);
    for (auto it = prompt.globalMatch(unit.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.addAt(unit, m.capturedStart(), m.capturedLength(), u"模板的提示文字没有替换：“%1”"_s.arg(m.captured()),
                  u"换成本单位的实际情况，或删去这段提示。"_s);
    }
}

void emptyPart(const RuleContext &ctx, RuleOutput &out)
{
    for (const RecognisedPart &p : ctx.structure.parts()) {
        if (p.standard < 1 || p.standard > 4)
            continue;
        bool content = false;
        for (const Section &s : ctx.doc.sections)
            if ((s.id == p.sectionId || s.parentId == p.sectionId) &&
                (!s.body.trimmed().isEmpty() || (s.parentId != 0 && !s.heading.trimmed().isEmpty())))
                content = true;
        if (content)
            continue;
        Finding f = out.make();
        const PartSpec *spec = ctx.checklist.part(p.standard);
        f.message = u"第%1部分“%2”只有标题，没有内容"_s.arg(numbering::chineseNumeral(p.standard), p.heading);
        f.suggestion = spec ? u"写明%1的具体情况。"_s.arg(spec->name) : QString();
        if (const LayoutBlock *b = headingBlock(ctx, p.sectionId)) {
            f.offset = b->offset;
            f.length = int(b->text.size());
        }
        out.add(f);
    }
}

} // namespace

void registerNumberingRules(QList<RuleInfo> &rules)
{
    rules.append({u"structure.numbering"_s, FindingLevel::Warning, u"标题序号（按原文）"_s, sourceNumbering, {}});
    rules.append({u"structure.heading-glued"_s, FindingLevel::Warning, u"标题与正文相连"_s, headingGlued, {}});
    rules.append({u"structure.placeholder"_s, FindingLevel::Error, u"未替换的模板提示"_s, {}, placeholder});
    rules.append({u"structure.empty-part"_s, FindingLevel::Error, u"空的规定部分"_s, emptyPart, {}});
}

} // namespace fazhi
