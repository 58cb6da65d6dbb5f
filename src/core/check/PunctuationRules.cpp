// SPDX-License-Identifier: GPL-3.0-or-later
// lint.punct.* and lint.space: half-width marks in Chinese text, unpaired brackets and quotes, 顿号 between
// quoted items, spaces between Chinese characters (GB/T 15834-2011).
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/ChineseText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

bool isAsciiAlnum(QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber()); }

QChar fullWidth(QChar c)
{
    switch (c.unicode()) {
    case u',': return u'，';
    case u'.': return u'。';
    case u';': return u'；';
    case u':': return u'：';
    case u'?': return u'？';
    case u'!': return u'！';
    case u'(': return u'（';
    case u')': return u'）';
    default: return c;
    }
}

void halfwidth(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (fullWidth(c) == c)
            continue;
        const QChar prev = i > 0 ? t.at(i - 1) : QChar(u'\n');
        const QChar next = i + 1 < t.size() ? t.at(i + 1) : QChar(u'\n');
        bool inChinese = false;
        switch (c.unicode()) {
        case u'.':
            // "1.5", "1." (a sequence number), "..." and Latin text stay; a full stop between Chinese does not.
            inChinese = chinese::isHan(prev) && (chinese::isChineseText(next) || next == u'\n');
            break;
        case u'(': {
            qsizetype close = i + 1;
            while (close < t.size() && t.at(close) != u')' && t.at(close) != u'\n')
                ++close;
            const QChar after = close + 1 < t.size() ? t.at(close + 1) : QChar(u'\n');
            const QStringView inside = t.mid(i + 1, std::max<qsizetype>(0, close - i - 1));
            inChinese = chinese::isChineseText(prev) || chinese::isChineseText(after) ||
                        std::any_of(inside.begin(), inside.end(), [](QChar x) { return chinese::isHan(x); });
            break;
        }
        case u')': {
            qsizetype open = i - 1;
            while (open >= 0 && t.at(open) != u'(' && t.at(open) != u'\n')
                --open;
            const QChar before = open > 0 ? t.at(open - 1) : QChar(u'\n');
            const QStringView inside = open >= 0 && t.at(open) == u'(' ? t.mid(open + 1, i - open - 1) : QStringView();
            inChinese =
                chinese::isChineseText(next) || chinese::isChineseText(before) ||
                std::any_of(inside.begin(), inside.end(), [](QChar x) { return chinese::isHan(x); }) ||
                (open < 0 && chinese::isChineseText(prev));
            break;
        }
        default:
            if (scan::isDigit(prev) && scan::isDigit(next))
                break; // 1,000 and 3:2
            if (isAsciiAlnum(prev) && isAsciiAlnum(next))
                break;
            inChinese = chinese::isChineseText(prev) || chinese::isChineseText(next);
        }
        if (!inChinese)
            continue;
        out.addAt(unit, i, 1, u"中文里用了半角标点“%1”"_s.arg(c), u"改为全角“%1”。"_s.arg(fullWidth(c)),
                  QString(fullWidth(c)));
    }
}

QChar closerOf(QChar open)
{
    static const QString opens = u"“‘《（〈【〔"_s;
    static const QString closes = u"”’》）〉】〕"_s;
    const qsizetype i = opens.indexOf(open);
    return i >= 0 ? closes.at(i) : QChar();
}

void pairs(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    static const QString closes = u"”’》）〉】〕"_s;
    static const QRegularExpression gluedDocNumber(u"^〔(?:19|20)[0-9]{3,}号"_s);
    const QStringView t = unit.text;
    qsizetype lineStart = 0;
    while (lineStart <= t.size()) {
        qsizetype lineEnd = t.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = t.size();
        QList<qsizetype> stack;
        const auto report = [&](qsizetype at, bool opener) {
            const QChar c = t.at(at);
            // A 〔 that lost its 〕 inside a 文号 is reported by lint.number.glued.
            if (c == u'〔' && gluedDocNumber.match(t.mid(at, 12)).hasMatch())
                return;
            // A quotation running over several paragraphs opens each one and closes only the last.
            if (opener && c == u'“' && at == lineStart && lineEnd < t.size() && lineEnd + 1 < t.size() &&
                t.at(lineEnd + 1) == u'“')
                return;
            out.addAt(unit, at, 1,
                      opener ? u"“%1”没有对应的“%2”"_s.arg(c, closerOf(c)) : u"“%1”前面没有对应的开口标点"_s.arg(c),
                      u"补全成对的标点，或删去多余的一个。"_s);
        };
        for (qsizetype i = lineStart; i < lineEnd; ++i) {
            const QChar c = t.at(i);
            if (!closerOf(c).isNull()) {
                stack.append(i);
                continue;
            }
            if (!closes.contains(c))
                continue;
            qsizetype match = stack.size() - 1;
            while (match >= 0 && closerOf(t.at(stack.at(match))) != c)
                --match;
            if (match < 0) {
                report(i, false);
                continue;
            }
            for (qsizetype k = stack.size() - 1; k > match; --k)
                report(stack.at(k), true);
            stack.resize(match);
        }
        for (qsizetype at : stack)
            report(at, true);
        lineStart = lineEnd + 1;
    }
}

void dunhaoQuoted(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    static const QRegularExpression re(u"(?:》、《|”、“)"_s);
    for (auto it = re.globalMatch(unit.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.addAt(unit, m.capturedStart() + 1, 1, u"书名号或引号标示的并列成分之间用了顿号"_s,
                  u"并列的书名号、引号之间通常不用顿号（GB/T 15834—2011 5.1.5），可删去。"_s, QString());
    }
}

void space(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    for (qsizetype i = 1; i + 1 < t.size(); ++i) {
        const auto blank = [&](qsizetype k) { return t.at(k) != u'\n' && t.at(k).isSpace(); };
        if (!blank(i))
            continue;
        qsizetype end = i;
        while (end < t.size() && blank(end))
            ++end;
        if (end < t.size() && chinese::isHan(t.at(i - 1)) && chinese::isHan(t.at(end)))
            out.addAt(unit, i, end - i, u"两个汉字之间有空格"_s, u"删去空格。"_s, QString());
        i = end;
    }
}

} // namespace

void registerPunctuationRules(QList<RuleInfo> &rules)
{
    rules.append({u"lint.punct.halfwidth"_s, FindingLevel::Warning, u"半角标点"_s, {}, halfwidth});
    rules.append({u"lint.punct.pairs"_s, FindingLevel::Error, u"成对标点"_s, {}, pairs});
    rules.append({u"lint.punct.dunhao-quoted"_s, FindingLevel::Info, u"书名号、引号间的顿号"_s, {}, dunhaoQuoted});
    rules.append({u"lint.space"_s, FindingLevel::Info, u"汉字间的空格"_s, {}, space});
}

} // namespace fazhi
