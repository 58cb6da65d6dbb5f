// SPDX-License-Identifier: GPL-3.0-or-later
// lint.number.* and lint.doc-number: ranges (GB/T 15835-2011), doubled approximations, figures run together
// by a lost character, and the year of a 文号 in 〔〕 (GB/T 9704-2012).
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/OfficialDate.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void range(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.folded();
    // A year range that lost its dash: (20202025年).
    static const QRegularExpression lost(u"(?<![0-9])((?:19|20)[0-9]{2})((?:19|20)[0-9]{2})(?=年)"_s);
    for (auto it = lost.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int from = m.captured(1).toInt(), to = m.captured(2).toInt();
        if (to <= from || to - from > 30)
            continue;
        const QString fixed = m.captured(1) + u'—' + m.captured(2);
        out.addAt(unit, m.capturedStart(), m.capturedLength(), u"年份范围“%1年”缺少连接号"_s.arg(m.captured()),
                  u"改为“%1年”。"_s.arg(fixed), fixed);
    }
    // A year range joined by a hyphen or a tilde: 2021-2025年 → 2021—2025年.
    static const QRegularExpression years(u"(?<![0-9])((?:19|20)[0-9]{2})([-－~～–])((?:19|20)[0-9]{2})(?=年)"_s);
    for (auto it = years.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.addAt(unit, m.capturedStart(2), 1, u"年份范围用了“%1”"_s.arg(m.captured(2)),
                  u"年份范围用一字线“—”：“%1—%2年”。"_s.arg(m.captured(1), m.captured(3)), u"—"_s);
    }
    // The first number of a range lost its unit: 5-10万人 → 5万～10万人, 4-6% → 4%～6%.
    static const QRegularExpression unitLost(
        u"(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)([-－~～—–])([0-9]+(?:\\.[0-9]+)?)(万|亿|%|％)"_s);
    QList<qsizetype> handled;
    for (auto it = unitLost.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString fixed = m.captured(1) + m.captured(4) + u'～' + m.captured(3) + m.captured(4);
        handled.append(m.capturedStart(2));
        out.addAt(unit, m.capturedStart(), m.capturedLength(), u"数值范围“%1”前一个数省略了“%2”"_s.arg(m.captured(), m.captured(4)),
                  u"改为“%1”（GB/T 15835：范围两端的单位都要写出）。"_s.arg(fixed), fixed);
    }
    // A numeric range joined by a hyphen or an ASCII tilde: 1-3个工作日 → 1～3个工作日.
    static const QRegularExpression dash(
        u"(?<![0-9A-Za-z.\\-－/])([0-9]+(?:\\.[0-9]+)?)([-－~])([0-9]+(?:\\.[0-9]+)?)(?=\\p{Han})"_s);
    for (auto it = dash.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (handled.contains(m.capturedStart(2)) || m.captured(1).startsWith(u'0'))
            continue;
        if (m.captured(1).size() == 4 && m.captured(3).size() == 4)
            continue; // years: handled above
        out.addAt(unit, m.capturedStart(2), 1, u"数值范围用了“%1”"_s.arg(m.captured(2)),
                  u"数值范围用浪纹线“～”：“%1～%2”。"_s.arg(m.captured(1), m.captured(3)), u"～"_s);
    }
}

void approx(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView folded = unit.folded();
    // An approximate word before the number and 余/多/左右/以上 after it say the same thing twice.
    static const QRegularExpression re(
        u"(大约|约|将近|近|超过|超|逾)((?:[0-9]+(?:\\.[0-9]+)?(?:万|亿|千|百)?)|[一二两三四五六七八九十百千万几数]+)"
        u"(余|多|[^0-9，。；、\\n]{0,3}?(左右|以上|上下))"_s);
    for (auto it = re.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        if (m.captured(1) == u"近"_s && start > 0) {
            const QChar before = folded.at(start - 1);
            if (before == u'最' || before == u'附' || before == u'邻' || before == u'靠' || before == u'接')
                continue;
        }
        const QString tail = m.capturedStart(4) >= 0 ? m.captured(4) : m.captured(3);
        out.addAt(unit, start, m.capturedLength(), u"“%1”重复表示约数"_s.arg(m.captured()),
                  u"“%1”和“%2”意思重复，只留一个。"_s.arg(m.captured(1), tail));
    }
}

void glued(const TextUnit &unit, const RuleContext &ctx, RuleOutput &out)
{
    const QStringView t = unit.folded();
    // A 文号 whose 〕 was lost: 〔202383号 → 〔2023〕83号.
    static const QRegularExpression docNumber(u"〔((?:19|20)[0-9]{2})([0-9]{1,4})号"_s);
    for (auto it = docNumber.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString fixed = u"〔"_s + m.captured(1) + u"〕"_s + m.captured(2) + u"号"_s;
        out.addAt(unit, m.capturedStart(), m.capturedLength(), u"文号“%1”的年份和序号连在一起，缺少“〕”"_s.arg(m.captured()),
                  u"改为“%1”。"_s.arg(fixed), fixed);
    }
    // A date whose 年月日 were lost: 2026121.
    static const QRegularExpression date(u"(?<![0-9A-Za-z〔\\[（(.])((?:19|20)[0-9]{5,6})(?![0-9年.%％])"_s);
    for (auto it = date.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString digits = m.captured(1);
        const int year = digits.left(4).toInt();
        if (ctx.year() > 0 && (year < ctx.year() - 1 || year > ctx.year() + 2))
            continue;
        const QString rest = digits.mid(4);
        QStringList readings;
        for (int split = 1; split < rest.size(); ++split) {
            const QString month = rest.left(split), day = rest.mid(split);
            if (month.size() > 2 || day.size() > 2)
                continue;
            const QDate d(year, month.toInt(), day.toInt());
            if (d.isValid())
                readings.append(officialDate(d));
        }
        readings.removeDuplicates();
        if (readings.isEmpty())
            continue;
        out.addAt(unit, m.capturedStart(1), m.capturedLength(1), u"“%1”疑似丢失了“年”“月”“日”的日期"_s.arg(digits),
                  u"写成“%1”。"_s.arg(readings.join(u"”或“"_s)),
                  readings.size() == 1 ? std::optional<QString>(readings.first()) : std::nullopt);
    }
}

void docNumber(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    static const QRegularExpression re(u"(?<=\\p{Han})([\\[［【（(])((?:19|20)[0-9]{2})([\\]］】）)])([0-9]{1,5})号"_s);
    const QStringView folded = unit.folded();
    for (auto it = re.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString fixed = u"〔"_s + m.captured(2) + u"〕"_s;
        out.addAt(unit, m.capturedStart(1), m.capturedEnd(3) - m.capturedStart(1),
                  u"文号的年份用了“%1%2”"_s.arg(m.captured(1), m.captured(3)),
                  u"文号年份用六角括号：“%1%2号”。"_s.arg(fixed, m.captured(4)), fixed);
    }
}

/// Full-width digits inside a number (２０２５年, 1５件): the text uses half-width Arabic digits.
void fullwidth(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!scan::isDigit(t.at(i)))
            continue;
        qsizetype end = i;
        bool wide = false;
        while (end < t.size() && (scan::isDigit(t.at(end)) || t.at(end) == u'．' || t.at(end) == u'.')) {
            wide = wide || t.at(end).unicode() >= 0xFF10;
            ++end;
        }
        if (wide) {
            const QString fixed = scan::foldWidth(t.mid(i, end - i));
            out.addAt(unit, i, end - i, u"数字“%1”用了全角字符"_s.arg(t.mid(i, end - i)), u"改为半角数字“%1”。"_s.arg(fixed), fixed);
        }
        i = end;
    }
}

/// A stated total and its breakdown in one sentence: 共办理案件65件，其中行政处罚40件、行政强制30件.
/// The parts may leave some out, but together they cannot be more than the total.
void sum(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.folded();
    static const QRegularExpression total(u"(?:共|总计|合计|累计)[^0-9，。；、\\n]{0,10}?([0-9]+)(件|项|个|次|名|人|家|起|条|份|场|所|户|宗)[^。；\\n]{0,6}?其中"_s);
    static const QRegularExpression part(u"([0-9]+)(件|项|个|次|名|人|家|起|条|份|场|所|户|宗)"_s);
    for (auto it = total.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint64 stated = m.captured(1).toLongLong();
        const QString word = m.captured(2);
        // The rest of the sentence, read no further than a breakdown can reach.
        const QStringView window = t.mid(m.capturedEnd(), 200);
        const QStringView rest = window.left(scan::sentenceEnd(window, 0));
        const qsizetype nested = rest.indexOf(u"其中"_s); // a breakdown of a part counts it twice
        qint64 parts = 0;
        int count = 0;
        for (auto p = part.globalMatch(rest); p.hasNext();) {
            const QRegularExpressionMatch pm = p.next();
            if (pm.captured(2) != word)
                continue;
            if (nested >= 0 && pm.capturedStart() > nested)
                break;
            if (pm.capturedStart() > 0 && rest.at(pm.capturedStart() - 1) == u'占')
                continue;
            parts += pm.captured(1).toLongLong();
            ++count;
        }
        // A breakdown that ends with 其他/其余 lists every part: its sum is the total. Otherwise it may list some.
        const bool whole = rest.contains(u"其他"_s) || rest.contains(u"其余"_s);
        if (count < 2 || parts == stated || (parts < stated && !whole))
            continue;
        out.addAt(unit, m.capturedStart(1), m.capturedLength(1) + word.size(),
                  parts > stated ? u"合计“%1%2”少于其中各项之和%3%2"_s.arg(m.captured(1), word).arg(parts)
                                 : u"合计“%1%2”与其中各项（含其他）之和%3%2不符"_s.arg(m.captured(1), word).arg(parts),
                  u"核对总数和分项数字。"_s);
    }
}

/// A change against last year stated with both years' figures: 罚没款412.6万元，同比增长25.0%（2024年为380.0万元）.
void growth(const TextUnit &unit, RuleOutput &out)
{
    const QStringView t = unit.folded();
    static const QRegularExpression change(
        u"([0-9]+(?:\\.[0-9]+)?)(万元|亿元|元|件|项|个|次|名|人|家|起|条|份|宗|户|场)[^。；0-9\\n]{0,6}?"
        u"(?:同比|较上年|比上年|较去年|比去年)(增长|增加|上升|提高|下降|减少|降低)了?([0-9]+(?:\\.[0-9]+)?)[%％]"_s);
    static const QRegularExpression previous(
        u"(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)(?:同期)?(?:为|是|的)?([0-9]+(?:\\.[0-9]+)?)(万元|亿元|元|件|项|个|次|名|人|家|起|条|份|宗|户|场)"_s);
    for (auto it = change.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView window = t.mid(m.capturedEnd(), 40);
        const QStringView after = window.left(scan::sentenceEnd(window, 0));
        const QRegularExpressionMatch p = previous.match(after);
        if (!p.hasMatch() || p.captured(2) != m.captured(2) || p.capturedStart() > 4)
            continue;
        const double now = m.captured(1).toDouble(), before = p.captured(1).toDouble();
        if (before <= 0)
            continue;
        const bool down = m.captured(3) == u"下降"_s || m.captured(3) == u"减少"_s || m.captured(3) == u"降低"_s;
        const double computed = 100.0 * (down ? before - now : now - before) / before;
        const QString said = m.captured(4);
        const qsizetype dot = said.indexOf(u'.');
        const int decimals = dot < 0 ? 0 : int(said.size() - dot - 1);
        if (std::abs(computed - said.toDouble()) <= std::pow(10.0, -decimals) + 1e-9)
            continue;
        const QString right = QString::number(computed, 'f', std::max(decimals, 1));
        out.addAt(unit, m.capturedStart(4), m.capturedLength(4) + 1,
                  u"%1%2%与前后两年的数字不符：（%3－%4）÷%5＝%6%"_s.arg(m.captured(3), said, down ? p.captured(1) : m.captured(1),
                                                                   down ? m.captured(1) : p.captured(1), p.captured(1), right),
                  u"核对增减幅度或两年的数字。"_s);
    }
}

/// A rate stated with its own numerator and denominator: 受理120件，办结100件，办结率95%.
void rate(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    growth(unit, out);
    const QStringView t = unit.folded();
    static const QRegularExpression rateRe(u"(\\p{Han}{2})率(?:为|达|达到|是)?([0-9]+(?:\\.[0-9]+)?)[%％]"_s);
    static const QRegularExpression figure(u"([0-9]+)(件|项|个|次|名|人|家|起|条|份|宗)"_s);
    for (auto it = rateRe.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString verb = m.captured(1);
        // The sentence before the rate, read no further back than its figures can be.
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 200);
        const QStringView window = t.mid(from, m.capturedStart() - from);
        const QStringView before = window.mid(scan::sentenceStart(window, int(window.size())));
        // The numerator follows the rate's own verb (办结100件 for 办结率), the denominator comes first.
        const qsizetype verbAt = before.lastIndexOf(verb);
        if (verbAt < 0)
            continue;
        const QRegularExpressionMatch num = figure.match(before.mid(verbAt + verb.size(), 8));
        if (!num.hasMatch() || num.capturedStart() > 3)
            continue;
        const QRegularExpressionMatch den = figure.match(before.left(verbAt));
        if (!den.hasMatch() || den.captured(2) != num.captured(2))
            continue;
        const double n = num.captured(1).toDouble(), d = den.captured(1).toDouble();
        if (d <= 0 || n > d)
            continue;
        const QString said = m.captured(2);
        const qsizetype dot = said.indexOf(u'.');
        const int decimals = dot < 0 ? 0 : int(said.size() - dot - 1);
        const double computed = 100.0 * n / d;
        if (std::abs(computed - said.toDouble()) <= std::pow(10.0, -decimals) + 1e-9)
            continue;
        const QString right = QString::number(computed, 'f', std::max(decimals, 1));
        out.addAt(unit, m.capturedStart(2), m.capturedLength(2) + 1,
                  u"%1率%2%与正文数字不符：%3÷%4＝%5%"_s.arg(verb, said, num.captured(1), den.captured(1), right),
                  u"核对%1率或其分子、分母。"_s.arg(verb));
    }
}

} // namespace

void registerNumberRules(QList<RuleInfo> &rules)
{
    rules.append({u"lint.number.range"_s, FindingLevel::Warning, u"数值范围"_s, {}, range});
    rules.append({u"lint.number.approx"_s, FindingLevel::Info, u"重复的约数"_s, {}, approx});
    rules.append({u"lint.number.glued"_s, FindingLevel::Warning, u"连在一起的数字"_s, {}, glued});
    rules.append({u"lint.doc-number"_s, FindingLevel::Warning, u"文号年份"_s, {}, docNumber});
    rules.append({u"lint.number.fullwidth"_s, FindingLevel::Warning, u"全角数字"_s, {}, fullwidth});
    rules.append({u"lint.number.sum"_s, FindingLevel::Warning, u"总数与分项"_s, {}, sum});
    rules.append({u"lint.number.rate"_s, FindingLevel::Warning, u"比率与其分子分母"_s, {}, rate});
}

} // namespace fazhi
