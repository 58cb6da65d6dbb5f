// SPDX-License-Identifier: GPL-3.0-or-later
// lint.punct.* and lint.space: half-width marks in Chinese text, unpaired brackets and quotes, 顿号 between
// quoted items, spaces between Chinese characters (GB/T 15834-2011).
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/ChineseText.h"

#include <QRegularExpression>

#include <array>
#include <optional>

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

/// For the half-width parentheses of a text: where each one's partner (or the line's end) is and whether
/// Han characters stand between them, found in one pass each way rather than one scan per parenthesis.
class ParenScan
{
public:
    explicit ParenScan(QStringView t) : m_hanBefore(t.size() + 1, 0), m_closeAfter(t.size(), 0), m_openBefore(t.size(), 0)
    {
        for (qsizetype i = 0; i < t.size(); ++i)
            m_hanBefore[i + 1] = m_hanBefore.at(i) + (chinese::isHan(t.at(i)) ? 1 : 0);
        qsizetype open = -1; // the last '(' or line break seen
        for (qsizetype i = 0; i < t.size(); ++i) {
            m_openBefore[i] = open;
            if (t.at(i) == u'(' || t.at(i) == u'\n')
                open = i;
        }
        qsizetype close = t.size(); // the next ')' or line break
        for (qsizetype i = t.size() - 1; i >= 0; --i) {
            m_closeAfter[i] = close;
            if (t.at(i) == u')' || t.at(i) == u'\n')
                close = i;
        }
    }
    /// The first ')' or line break after `i`, or the text's end.
    qsizetype closeAfter(qsizetype i) const { return m_closeAfter.at(i); }
    /// The last '(' or line break before `i`, or -1.
    qsizetype openBefore(qsizetype i) const { return m_openBefore.at(i); }
    /// Whether [from, to) holds a Han character.
    bool anyHan(qsizetype from, qsizetype to) const { return to > from && m_hanBefore.at(to) > m_hanBefore.at(from); }

private:
    QList<qsizetype> m_hanBefore;
    QList<qsizetype> m_closeAfter;
    QList<qsizetype> m_openBefore;
};

void halfwidth(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const QStringView t = unit.text;
    std::optional<ParenScan> parens;
    if (t.contains(u'(') || t.contains(u')'))
        parens.emplace(t);
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
            const qsizetype close = parens->closeAfter(i);
            const QChar after = close + 1 < t.size() ? t.at(close + 1) : QChar(u'\n');
            inChinese = chinese::isChineseText(prev) || chinese::isChineseText(after) || parens->anyHan(i + 1, close);
            break;
        }
        case u')': {
            const qsizetype open = parens->openBefore(i);
            const QChar before = open > 0 ? t.at(open - 1) : QChar(u'\n');
            const bool paired = open >= 0 && t.at(open) == u'(';
            inChinese = chinese::isChineseText(next) || chinese::isChineseText(before) ||
                        (paired && parens->anyHan(open + 1, i)) || (open < 0 && chinese::isChineseText(prev));
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
    static const QString opens = u"“‘《（〈【〔"_s;
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
        // Per kind of mark, where its open ones stand in the stack: a closer finds its opener at once, and
        // every entry is pushed and popped once, however many marks the line leaves open.
        std::array<QList<qsizetype>, 7> openOfKind;
        QList<int> kindAt;
        for (qsizetype i = lineStart; i < lineEnd; ++i) {
            const QChar c = t.at(i);
            if (const qsizetype open = opens.indexOf(c); open >= 0) {
                openOfKind[open].append(stack.size());
                kindAt.append(int(open));
                stack.append(i);
                continue;
            }
            const qsizetype kind = closes.indexOf(c);
            if (kind < 0)
                continue;
            if (openOfKind.at(kind).isEmpty()) {
                report(i, false);
                continue;
            }
            const qsizetype match = openOfKind.at(kind).last();
            for (qsizetype k = stack.size() - 1; k > match; --k) {
                report(stack.at(k), true);
                openOfKind[kindAt.at(k)].removeLast();
            }
            openOfKind[kind].removeLast();
            stack.resize(match);
            kindAt.resize(match);
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

/// Whether the space [from, to) parts a quoted slogan into two balanced halves: “学法知法 守法用法”.
bool balancedSlogan(QStringView t, qsizetype from, qsizetype to)
{
    qsizetype open = from - 1;
    while (open >= 0 && chinese::isHan(t.at(open)))
        --open;
    qsizetype close = to;
    while (close < t.size() && chinese::isHan(t.at(close)))
        ++close;
    if (open < 0 || close >= t.size() || !((t.at(open) == u'“' && t.at(close) == u'”') || (t.at(open) == u'‘' && t.at(close) == u'’')))
        return false;
    const qsizetype left = from - open - 1, right = close - to;
    return left >= 2 && left == right;
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
        if (end < t.size() && chinese::isHan(t.at(i - 1)) && chinese::isHan(t.at(end)) && !balancedSlogan(t, i, end))
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
