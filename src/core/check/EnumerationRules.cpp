// SPDX-License-Identifier: GPL-3.0-or-later
// lint.enum.*: in-paragraph enumerations (一是……二是……, 第一，第二，) and paragraph sequence numbers
// （一） 1. （1） ①: skipped or repeated numbers, a skipped level, the wrong mark after a number, and an
// enumerator run on to the text before it ("满意率100%二是").
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/ChineseText.h"
#include "text/Numbering.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

struct Enumerator
{
    qsizetype start = 0;   ///< in the unit's text
    qsizetype length = 0;  ///< the numeral and 是 (or 第 and the numeral)
    int number = 0;
    bool ordinal = false;  ///< 第一，第二， rather than 一是，二是
};

/// Characters that make "一是" part of a word rather than an enumerator: 之一是, 统一是, 唯一是, 第一是 …
bool bindsToNumeral(QChar c)
{
    static const QString binders = u"之统唯其万第同不划归专如合初周期单逐均守说定整混纯太择按星礼位类个十百千零"_s;
    return binders.contains(c);
}

QList<Enumerator> enumerators(QStringView t)
{
    static const QRegularExpression re(u"([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，、])"_s);
    QList<Enumerator> result;
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool ordinal = m.capturedStart(2) >= 0;
        const QStringView numeral = ordinal ? m.capturedView(2) : m.capturedView(1);
        const int n = chinese::numeralValue(numeral);
        if (n < 0)
            continue;
        const qsizetype start = m.capturedStart();
        if (!ordinal && start > 0 && bindsToNumeral(t.at(start - 1)))
            continue;
        if (ordinal && start > 0 && chinese::isHan(t.at(start - 1)) && t.at(start - 1) != u'是')
            continue; // 排名第一，
        result.append({start, m.capturedLength(), n, ordinal});
    }
    return result;
}

/// Which enumerators belong to a real list: the one before in the sequence comes earlier in the piece, or
/// the one after comes later. One pass each way, whatever the number of enumerators.
QList<bool> inLists(const QList<Enumerator> &list)
{
    const auto key = [](bool ordinal, int number) { return (qint64(number) << 1) | (ordinal ? 1 : 0); };
    QList<bool> result(list.size(), false);
    QSet<qint64> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Enumerator &e = list.at(i);
        result[i] = seen.contains(key(e.ordinal, e.number - 1));
        seen.insert(key(e.ordinal, e.number));
    }
    seen.clear();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const Enumerator &e = list.at(i);
        result[i] = result.at(i) || seen.contains(key(e.ordinal, e.number + 1));
        seen.insert(key(e.ordinal, e.number));
    }
    return result;
}

QString enumText(const Enumerator &e, int number)
{
    return e.ordinal ? u"第"_s + numbering::chineseNumeral(number)
                     : numbering::chineseNumeral(number) + u"是"_s;
}

struct Marker
{
    qsizetype start = 0;
    qsizetype length = 0;
    int style = 0;   ///< 2 （一）, 3 1., 4 （1）, 5 ①
    int number = 0;
};

std::optional<Marker> lineMarker(QStringView line)
{
    static const QRegularExpression re(
        u"^(?:（([一二三四五六七八九十]{1,3})）|([0-9]{1,2})[.．](?![0-9])|（([0-9]{1,2})）|([①-⑳]))"_s);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Marker marker{0, m.capturedLength(), 0, 0};
    if (m.capturedStart(1) >= 0) {
        marker.style = 2;
        marker.number = std::max(0, chinese::numeralValue(m.capturedView(1)));
    } else if (m.capturedStart(2) >= 0) {
        marker.style = 3;
        marker.number = m.captured(2).toInt();
    } else if (m.capturedStart(3) >= 0) {
        marker.style = 4;
        marker.number = m.captured(3).toInt();
    } else {
        marker.style = 5;
        marker.number = m.captured(4).at(0).unicode() - 0x2460 + 1;
    }
    return marker;
}

void sequence(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    const QList<Enumerator> list = enumerators(t);
    for (const bool ordinal : {false, true}) {
        int last = 0;
        int count = 0;
        for (const Enumerator &e : list)
            count += e.ordinal == ordinal;
        if (count < 2)
            continue;
        for (const Enumerator &e : list) {
            if (e.ordinal != ordinal)
                continue;
            if (e.number == 1) {
                last = 1;
                continue;
            }
            if (last == 0) {
                out.addAt(unit, e.start, e.length, u"列举从“%1”开始，缺少“%2”"_s.arg(enumText(e, e.number), enumText(e, 1)),
                          u"检查列举是否从“%1”开始。"_s.arg(enumText(e, 1)));
            } else if (e.number == last) {
                out.addAt(unit, e.start, e.length, u"列举序号“%1”重复"_s.arg(enumText(e, e.number)),
                          u"改为“%1”。"_s.arg(enumText(e, last + 1)), enumText(e, last + 1));
            } else if (e.number != last + 1) {
                out.addAt(unit, e.start, e.length,
                          u"列举序号跳号：“%1”之后是“%2”"_s.arg(enumText(e, last), enumText(e, e.number)),
                          u"改为“%1”，或补上漏写的一项。"_s.arg(enumText(e, last + 1)));
            }
            last = e.number;
        }
    }

    // 其次 (or 再次) opening a clause with no 首先 before it in the section.
    static const QRegularExpression then(u"(?:^|(?<=[\\n。；，：]))(其次|再次)(?=[，、\\p{Han}])"_s);
    const qsizetype firstly = t.indexOf(u"首先"_s);
    for (auto it = then.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (firstly >= 0 && firstly + 2 <= m.capturedStart())
            continue;
        out.addAt(unit, m.capturedStart(1), m.capturedLength(1), u"“%1”之前没有“首先”"_s.arg(m.captured(1)),
                  u"列举用“首先……其次……”，或统一改用“一是……二是……”。"_s);
    }

    // Paragraph sequence numbers typed into the text, and a level skipped under a part heading.
    QHash<int, int> lastOf;
    bool partUnit = false;
    bool sawSecondLevel = false;
    qsizetype lineStart = 0;
    for (int lineNo = 0; lineStart <= t.size(); ++lineNo) {
        qsizetype lineEnd = t.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = t.size();
        const QStringView line = t.mid(lineStart, lineEnd - lineStart);
        static const QRegularExpression partNumber(u"^[一二三四五六七八九十]{1,3}、"_s);
        if (lineNo == 0 && partNumber.match(line).hasMatch())
            partUnit = true;
        if (const auto m = lineMarker(line); m && m->number > 0) {
            if (m->style == 2)
                sawSecondLevel = true;
            if (partUnit && !sawSecondLevel && (m->style == 3 || m->style == 4) && m->number == 1)
                out.addAt(unit, lineStart, m->length, u"层级跳过：一级标题下直接用了“%1”"_s.arg(line.left(m->length)),
                          u"一级标题下先用“（一）”，再用“1.”“（1）”（GB/T 9704—2012 7.3.3）。"_s);
            const int last = lastOf.value(m->style, 0);
            if (m->number != 1 && last > 0 && m->number != last + 1)
                out.addAt(unit, lineStart, m->length,
                          m->number == last ? u"序号“%1”重复"_s.arg(line.left(m->length))
                                            : u"序号跳号：“%1”前应为第%2项"_s.arg(line.left(m->length)).arg(last + 1),
                          u"按顺序编号。"_s);
            lastOf.insert(m->style, m->number);
            // A lower level restarts below a higher one.
            for (int lower = m->style + 1; lower <= 5; ++lower)
                lastOf.remove(lower);
        }
        lineStart = lineEnd + 1;
    }
}

void punct(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    // 1、 （一）、 第一、 ①、 at the start of a line or a sentence, before Chinese text.
    static const QRegularExpression re(
        u"(?:^|(?<=[\\n。；：！？]))([0-9]{1,2}、|（[一二三四五六七八九十]{1,3}）、|[①-⑳][、.．]|第[一二三四五六七八九十]{1,3}、)(?=\\p{Han}|“)"_s);
    for (auto it = re.globalMatch(unit.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured(1);
        QString fixed;
        if (found.at(0).isDigit())
            fixed = found.chopped(1) + u'.';
        else if (found.startsWith(u'（') || (found.at(0).unicode() >= 0x2460 && found.at(0).unicode() <= 0x2473))
            fixed = found.chopped(1);
        else
            fixed = found.chopped(1) + u'，';
        out.addAt(unit, m.capturedStart(1), m.capturedLength(1), u"序号“%1”后的标点不对"_s.arg(found),
                  u"改为“%1”（“1.”用下脚点，“（一）”“①”后不加标点，“第一”后用逗号）。"_s.arg(fixed), fixed);
    }
}

void runOn(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    const QList<Enumerator> list = enumerators(t);
    const QList<bool> listed = inLists(list);
    // The mark the paragraph puts before its other enumerators.
    QChar mark = u'。';
    for (const Enumerator &other : list)
        if (other.start > 0 && t.at(other.start - 1) == u'；')
            mark = u'；';
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Enumerator &e = list.at(i);
        if (e.ordinal || e.start == 0 || !listed.at(i))
            continue;
        const QChar prev = t.at(e.start - 1);
        if (scan::isClauseEnd(prev) || prev == u'\n' || prev == u'“' || prev == u'（' || prev == u'、' || prev == u' ')
            continue;
        const QString word = t.mid(e.start, e.length).toString();
        out.addAt(unit, e.start, e.length, u"“%1”前缺少句末标点，与上一句连在了一起"_s.arg(word),
                  u"在“%1”前加“%2”。"_s.arg(word, mark), mark + word);
    }
}

} // namespace

void registerEnumerationRules(QList<RuleInfo> &rules)
{
    rules.append({u"lint.enum.sequence"_s, FindingLevel::Warning, u"列举与序号顺序"_s, {}, sequence});
    rules.append({u"lint.enum.punct"_s, FindingLevel::Warning, u"序号后的标点"_s, {}, punct});
    rules.append({u"lint.enum.run-on"_s, FindingLevel::Warning, u"列举前缺少标点"_s, {}, runOn});
}

} // namespace fazhi
