// SPDX-License-Identifier: GPL-3.0-or-later
// structure.*: title, addressee, the five parts and their order, signature and date.
#include "check/RuleRegistry.h"
#include "text/OfficialDate.h"

#include "text/Numbering.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

using Presence = StructureMap::Presence;

QString partName(const RuleContext &ctx, int number)
{
    const PartSpec *spec = ctx.checklist.part(number);
    return spec ? spec->name : QString();
}

QList<int> yearsIn(const QString &text)
{
    static const QRegularExpression re(u"(?<![0-9])((?:19|20)[0-9]{2})(?=年)"_s);
    QList<int> years;
    for (auto it = re.globalMatch(text); it.hasNext();)
        years.append(it.next().captured(1).toInt());
    return years;
}

void title(const RuleContext &ctx, RuleOutput &out)
{
    const QString t = ctx.doc.report.title.trimmed();
    Finding f = out.make();
    if (t.isEmpty()) {
        f.message = u"缺少标题"_s;
        f.suggestion = u"按“单位名称＋关于%1年法治政府建设情况的报告”拟写标题。"_s.arg(ctx.year());
        out.add(f);
        return;
    }
    const QList<int> years = yearsIn(t);
    if (years.isEmpty() && !t.contains(u"年度"_s)) {
        f.message = u"标题没有写明报告年度"_s;
    } else if (!years.isEmpty() && !years.contains(ctx.year())) {
        f.message = u"标题写的是%1年，报告年度是%2年"_s.arg(years.first()).arg(ctx.year());
    } else {
        return;
    }
    f.offset = 0;
    f.length = int(t.size());
    f.suggestion = u"标题应写明所报告的年度：“……关于%1年法治政府建设情况的报告”。"_s.arg(ctx.year());
    out.add(f);
}

void addressee(const RuleContext &ctx, RuleOutput &out)
{
    for (const LayoutBlock &b : ctx.layout.blocks()) {
        if (b.kind != BlockKind::Addressee)
            continue;
        if (b.text.endsWith(u'：'))
            return;
        Finding f = out.make();
        f.message = u"主送机关后应使用全角冒号“：”"_s;
        f.offset = b.offset + int(b.text.size()) - 1;
        f.length = 1;
        f.fix = u"："_s;
        f.suggestion = u"将主送机关末尾的标点改为全角冒号。"_s;
        out.add(f);
        return;
    }
    Finding f = out.make();
    f.message = u"缺少主送机关"_s;
    f.suggestion = u"在标题下一行顶格写主送机关（如“区委、区政府：”），末尾用全角冒号。"_s;
    out.add(f);
}

void requirePart(const RuleContext &ctx, RuleOutput &out, int number, const QString &what)
{
    if (ctx.structure.place(number).presence != Presence::Absent)
        return;
    Finding f = out.make();
    f.message = u"缺少%1部分：%2"_s.arg(what, partName(ctx, number));
    f.suggestion = number == 4 ? u"单列一部分写明%1年推进法治政府建设的主要安排，并对应上文问题写整改措施。"_s.arg(ctx.year() + 1)
                               : u"按督察工作规定单列“%1”一部分。"_s.arg(partName(ctx, number));
    out.add(f);
}

void part1(const RuleContext &ctx, RuleOutput &out) { requirePart(ctx, out, 1, u"第一"_s); }
void part2(const RuleContext &ctx, RuleOutput &out) { requirePart(ctx, out, 2, u"第二"_s); }
void part4(const RuleContext &ctx, RuleOutput &out) { requirePart(ctx, out, 4, u"第四"_s); }

void part2Reasons(const RuleContext &ctx, RuleOutput &out)
{
    const StructureMap::Place place = ctx.structure.place(2);
    if (place.presence == Presence::Absent) {
        out.notApplicable();
        return;
    }
    const QList<qint64> part2 = ctx.structure.sectionsOf(2);
    const QSet<qint64> inPart2(part2.cbegin(), part2.cend());
    for (const Section &s : ctx.doc.sections)
        if (inPart2.contains(s.id) && s.heading.contains(u"原因"_s))
            return;
    // Only the shortcomings' own text: in a combined part, not the plans.
    QList<qint64> ids = ctx.structure.sectionsOf(2);
    ids.removeIf([&](qint64 id) { return ctx.structure.subsectionStandard(id) == 4; });
    const QString text = ctx.textOfSections(ids);
    for (const QString &word : ctx.checklist.reasonWords)
        if (text.contains(word))
            return;
    Finding f = out.make();
    f.message = u"“存在的不足”只列问题，没有分析原因"_s;
    f.offset = place.offset;
    f.length = place.length;
    f.suggestion = u"增加原因分析（可单设“主要原因”小节，或在各问题后写明“究其原因……”），并与下一年度整改措施对应。"_s;
    out.add(f);
}

void part3(const RuleContext &ctx, RuleOutput &out)
{
    const StructureMap::Place place = ctx.structure.place(3);
    Finding f = out.make();
    switch (place.presence) {
    case Presence::Part:
        return;
    case Presence::Absent:
        f.message = u"缺少第三部分：%1"_s.arg(partName(ctx, 3));
        f.suggestion = u"单列第三部分，写明党政主要负责人本年度亲自部署、推动法治建设和述法的具体情况。"_s;
        out.add(f);
        return;
    case Presence::Subsection:
        f.level = FindingLevel::Warning;
        f.message = u"第一责任人职责情况只作为其他部分的小节出现，未单列第三部分"_s;
        break;
    case Presence::Sentence:
        f.level = FindingLevel::Warning;
        f.message = u"第一责任人职责情况只有正文中的一句话，未单列第三部分"_s;
        break;
    }
    f.offset = place.offset;
    f.length = place.length;
    f.suggestion = u"将这部分内容扩写并单列为第三部分“%1”。"_s.arg(partName(ctx, 3));
    out.add(f);
}

void part5(const RuleContext &ctx, RuleOutput &out)
{
    if (ctx.structure.place(5).presence != Presence::Absent)
        return;
    Finding f = out.make();
    f.message = u"没有“其他需要报告的情况”部分"_s;
    f.suggestion = u"如无其他情况，可单列第五部分并写“无”。"_s;
    out.add(f);
}

void order(const RuleContext &ctx, RuleOutput &out)
{
    int highest = 0;
    for (const RecognisedPart &p : ctx.structure.parts()) {
        if (p.standard <= 0)
            continue;
        if (p.standard < highest) {
            Finding f = out.make();
            f.message = u"第%1部分“%2”排在了第%3部分之后"_s.arg(
                numbering::chineseNumeral(p.standard), p.heading, numbering::chineseNumeral(highest));
            const StructureMap::Place place = ctx.structure.place(p.standard);
            f.offset = place.partIndex == p.index ? place.offset : -1;
            f.length = f.offset >= 0 ? place.length : 0;
            f.suggestion = u"按“举措和成效、不足和原因、第一责任人职责、下一年度安排、其他情况”的顺序排列各部分。"_s;
            out.add(f);
        }
        highest = std::max(highest, p.alsoNextYear ? 4 : p.standard);
    }
}

void extraPart(const RuleContext &ctx, RuleOutput &out)
{
    QStringList thematic;
    int thematicOffset = -1;
    for (const RecognisedPart &p : ctx.structure.parts())
        if (p.thematic) {
            thematic.append(p.heading);
            if (thematicOffset < 0)
                thematicOffset = ctx.structure.place(1).partIndex == p.index ? ctx.structure.place(1).offset : -1;
        }
    if (!thematic.isEmpty()) {
        Finding f = out.make();
        f.message = u"用%1个专题标题（“%2”等）代替了第一部分“主要举措和成效”"_s.arg(thematic.size()).arg(thematic.first());
        f.suggestion = u"设第一部分“%1年推进法治政府建设的主要举措和成效”，把各专题作为其下的（一）（二）……小节。"_s.arg(ctx.year());
        f.offset = thematicOffset;
        f.length = f.offset >= 0 ? int(thematic.first().size()) + 2 : 0;
        out.add(f);
    }
    for (const RecognisedPart &p : ctx.structure.parts()) {
        if (p.standard != 0)
            continue;
        Finding f = out.make();
        f.message = u"“%1”不属于五个规定部分"_s.arg(p.heading);
        f.suggestion = u"将其内容并入相应部分。"_s;
        for (const ExtraPartHint &hint : ctx.checklist.extraParts)
            for (const QString &pattern : hint.patterns)
                if (p.heading.contains(pattern)) {
                    f.suggestion = hint.suggestion;
                    goto found;
                }
    found:
        for (const LayoutBlock &b : ctx.layout.blocks())
            if (b.kind == BlockKind::PartHeading && b.sectionId == p.sectionId) {
                f.offset = b.offset;
                f.length = int(b.text.size());
                break;
            }
        out.add(f);
    }
}

/// The core of an organ's name, without the party-committee wrapping: 中共某某委员会 → 某某.
QString organCore(QString name)
{
    name = name.trimmed();
    for (const QString &prefix : {u"中国共产党"_s, u"中共"_s})
        if (name.startsWith(prefix))
            name = name.mid(prefix.size());
    for (const QString &suffix : {u"委员会"_s, u"党委"_s, u"党组"_s, u"人民政府"_s, u"政府"_s})
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    return name;
}

void signature(const RuleContext &ctx, RuleOutput &out)
{
    const QStringList organs = ctx.doc.report.signatories;
    Finding f = out.make();
    if (std::all_of(organs.cbegin(), organs.cend(), [](const QString &s) { return s.trimmed().isEmpty(); })) {
        f.message = u"正文后缺少发文机关署名"_s;
        f.suggestion = u"在正文之后（空一行）右空二字署发文机关全称%1。"_s.arg(
            ctx.doc.unit.fullName.isEmpty() ? QString() : u"，如“%1”"_s.arg(ctx.doc.unit.fullName));
        out.add(f);
        return;
    }
    const QString unit = ctx.doc.unit.fullName.trimmed();
    if (unit.isEmpty())
        return;
    const QString unitCore = organCore(unit);
    const QString shortName = ctx.doc.unit.shortName.trimmed();
    for (const QString &organ : organs) {
        const QString core = organCore(organ);
        if (organ.trimmed() == unit || (!core.isEmpty() && (unitCore.contains(core) || core.contains(unitCore))) ||
            (!shortName.isEmpty() && organ.contains(shortName)))
            return;
    }
    f.message = u"署名“%1”与报告单位“%2”不符"_s.arg(organs.join(u"、"_s), unit);
    for (const LayoutBlock &b : ctx.layout.blocks())
        if (b.kind == BlockKind::Signature) {
            f.offset = b.offset;
            f.length = int(b.text.size());
            break;
        }
    f.suggestion = u"署名应为报告单位（及其党委、党组）的全称。"_s;
    out.add(f);
}

void date(const RuleContext &ctx, RuleOutput &out)
{
    const QDate written = ctx.doc.report.writtenDate;
    if (written.isValid()) {
        // A report on year N sums up the whole year: it is written in N+1 (before its deadline), never in N.
        if (ctx.year() <= 0 || written.year() > ctx.year())
            return;
        Finding f = out.make();
        f.level = FindingLevel::Warning;
        f.message = u"成文日期%1早于%2年度结束，年度报告应在%3年写成"_s.arg(officialDate(written)).arg(ctx.year()).arg(ctx.year() + 1);
        for (const LayoutBlock &b : ctx.layout.blocks())
            if (b.kind == BlockKind::Date) {
                f.offset = b.offset;
                f.length = int(b.text.size());
            }
        f.suggestion = u"核对成文日期的年份，或报告所属年度。"_s;
        out.add(f);
        return;
    }
    Finding f = out.make();
    f.message = u"缺少成文日期"_s;
    // A date line the reader could not make a date of (e.g. "2026121") is usually kept in the note.
    static const QRegularExpression digits(u"^[0-9]{6,8}$"_s);
    for (const LayoutBlock &b : ctx.layout.blocks())
        if ((b.kind == BlockKind::Note || b.kind == BlockKind::Signature) && digits.match(b.text.trimmed()).hasMatch()) {
            f.message = u"成文日期“%1”不是有效日期"_s.arg(b.text.trimmed());
            f.offset = b.offset;
            f.length = int(b.text.size());
        }
    f.suggestion = u"在署名下一行用阿拉伯数字写全成文日期，如“%1年1月13日”。"_s.arg(ctx.year() + 1);
    out.add(f);
}

} // namespace

void registerStructureRules(QList<RuleInfo> &rules)
{
    const auto add = [&](const QString &id, FindingLevel level, const QString &title, DocumentRule fn) {
        rules.append({id, level, title, std::move(fn), {}});
    };
    add(u"structure.title"_s, FindingLevel::Error, u"标题及其年度"_s, title);
    add(u"structure.addressee"_s, FindingLevel::Warning, u"主送机关"_s, addressee);
    add(u"structure.part1.measures"_s, FindingLevel::Error, u"第一部分：主要举措和成效"_s, part1);
    add(u"structure.part2.shortcomings"_s, FindingLevel::Error, u"第二部分：存在的不足"_s, part2);
    add(u"structure.part2.reasons"_s, FindingLevel::Warning, u"第二部分：原因分析"_s, part2Reasons);
    add(u"structure.part3.leader-duty"_s, FindingLevel::Error, u"第三部分：第一责任人职责"_s, part3);
    add(u"structure.part4.next-year"_s, FindingLevel::Error, u"第四部分：下一年度安排"_s, part4);
    add(u"structure.part5.other"_s, FindingLevel::Info, u"第五部分：其他需要报告的情况"_s, part5);
    add(u"structure.order"_s, FindingLevel::Warning, u"各部分顺序"_s, order);
    add(u"structure.extra-part"_s, FindingLevel::Info, u"规定部分以外的部分"_s, extraPart);
    add(u"structure.signature"_s, FindingLevel::Error, u"发文机关署名"_s, signature);
    add(u"structure.date"_s, FindingLevel::Error, u"成文日期"_s, date);
}

} // namespace fazhi
