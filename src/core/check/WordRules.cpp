// SPDX-License-Identifier: GPL-3.0-or-later
// lint.dup-char, lint.confusable, lint.outdated: doubled characters and words, words from the confusion
// list, and formulas or documents superseded before the report's year. The lists are checklist data.
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "text/ChineseText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Whether one of `words` occurs in `t` covering [from, to).
bool covered(QStringView t, qsizetype from, qsizetype to, const QStringList &words)
{
    for (const QString &w : words) {
        for (qsizetype start = std::max<qsizetype>(0, to - w.size()); start <= from && start + w.size() <= t.size(); ++start)
            if (t.mid(start, w.size()) == w)
                return true;
    }
    return false;
}

void dupChar(const TextUnit &unit, const RuleContext &ctx, RuleOutput &out)
{
    const QStringView t = unit.text;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const QChar c = t.at(i);
        if (t.at(i + 1) != c)
            continue;
        if (!chinese::isHan(c)) {
            // Doubled marks (，，) come from the list alone.
            for (const DoubledChar &d : ctx.checklist.doubledChars)
                if (d.text.size() == 1 && d.text.at(0) == c && !covered(t, i, i + 2, d.exceptions)) {
                    out.addAt(unit, i, 2, u"“%1%1”重复"_s.arg(c), u"删去一个“%1”。"_s.arg(c), QString(c));
                    break;
                }
            continue;
        }
        // How ICU cuts the words around the pair: "习近平|平|法治", "2025年|年底", "人民|民主".
        const qsizetype from = std::max<qsizetype>(0, i - 6);
        const QStringView window = t.mid(from, std::min<qsizetype>(t.size(), i + 8) - from);
        const QList<int> bounds = scan::wordBoundaries(window);
        const auto wordAt = [&](qsizetype pos) {
            const int local = int(pos - from);
            const auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), local);
            return std::pair<int, int>{*(it - 1), it == bounds.cend() ? int(window.size()) : *it};
        };
        const auto [firstStart, firstEnd] = wordAt(i);
        const auto [secondStart, secondEnd] = wordAt(i + 1);
        const bool oneWord = firstStart == secondStart;
        // A measure word doubled after a figure (65次次, 136件件) is a slip even where the doubling is a word;
        // "2025年年底" is not.
        if (i > 0 && scan::isDigit(t.at(i - 1))) {
            if (oneWord || secondEnd - secondStart == 1)
                out.addAt(unit, i, 2, u"“%1%1”重复"_s.arg(c), u"删去一个“%1”。"_s.arg(c), QString(c));
            continue;
        }
        bool listed = false;
        for (const DoubledChar &d : ctx.checklist.doubledChars) {
            if (d.text.size() != 1 || d.text.at(0) != c)
                continue;
            listed = true;
            if (covered(t, i, i + 2, d.exceptions) || ctx.checklist.reduplications.contains(t.mid(i, 2).toString()))
                break;
            out.addAt(unit, i, 2, u"“%1%1”重复"_s.arg(c), u"删去一个“%1”。"_s.arg(c), QString(c));
            break;
        }
        if (listed)
            continue;
        // The last character of a longer word written twice: "群众众", "纠纷纷", "规范性性". ICU's dictionary
        // does not know every word, so three readings count: a word then the character alone (群众|众); the
        // pair as a word of its own right after a word that ends in the character (纠|纷纷, where the text
        // before reads 纠纷); two lone characters that are no reduplication (规范|性|性). Never 一次次, AABB
        // (认认真真) or a word that starts with it (人民|民主).
        const QString pair = t.mid(i, 2).toString();
        const bool aabb = (i + 3 < t.size() && t.at(i + 2) == t.at(i + 3) && t.at(i + 2) != c) ||
                          (i >= 2 && t.at(i - 2) == t.at(i - 1) && t.at(i - 1) != c);
        bool slip = false;
        if (oneWord) {
            if (firstEnd - firstStart == 2 && i > 0) {
                const QStringView before = t.mid(std::max<qsizetype>(0, i - 4), i + 1 - std::max<qsizetype>(0, i - 4));
                const QList<int> b = scan::wordBoundaries(before);
                slip = b.size() >= 2 && before.size() - b.at(b.size() - 2) >= 2;
            }
        } else if (secondEnd - secondStart == 1) {
            // A lone Han character after the pair means ICU lost the thread (学习|习|近|平): no judgement.
            const bool loneAfter = i + 2 < t.size() && chinese::isHan(t.at(i + 2)) && wordAt(i + 2).second - wordAt(i + 2).first == 1;
            slip = !loneAfter && (firstEnd - firstStart >= 2 || !ctx.checklist.reduplications.contains(pair));
        }
        // A lone character before a word that begins with it (执|执法人员): a slip, unless the character is a word
        // of its own that may stand there (对|对象, 在|在于, 下|下发).
        if (!oneWord && !slip && firstEnd - firstStart == 1 && secondEnd - secondStart >= 2 &&
            !ctx.checklist.loneBeforeSame.contains(c) && !ctx.checklist.reduplications.contains(pair))
            slip = true;
        // Names ICU's dictionary cuts apart (学习|习|近平) are data: the official names.
        const QStringView rest = t.mid(i + 1);
        const auto &names = ctx.checklist.officialNames;
        const bool name = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return rest.startsWith(n); });
        if (slip && !aabb && !name && (i == 0 || t.at(i - 1) != u'一'))
            out.addAt(unit, i, 2, u"“%1”多写了一个“%2”"_s.arg(t.mid(i - (i > 0 ? 1 : 0), 2 + (i > 0 ? 1 : 0)), c),
                      u"删去一个“%1”。"_s.arg(c), QString(c));
    }
    // A doubled word: 加强加强.
    for (qsizetype i = 0; i + 3 < t.size(); ++i) {
        if (t.at(i) != t.at(i + 2) || t.at(i + 1) != t.at(i + 3) || t.at(i) == t.at(i + 1) || t.at(i) == u'一')
            continue;
        if (!chinese::isHan(t.at(i)) || !chinese::isHan(t.at(i + 1)))
            continue;
        const QString word = t.mid(i, 2).toString();
        if (ctx.checklist.reduplications.contains(word + word))
            continue;
        out.addAt(unit, i, 4, u"“%1”重复"_s.arg(word + word), u"删去一个“%1”。"_s.arg(word), word);
        i += 3;
    }
}

/// Edit distance of two short strings (insertions, deletions and substitutions count one each).
int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// A near miss of an official name (习近平新时代中国特色社会注意思想): the text at a place where a name of six
/// characters or more begins its first three, one character off (two for names over twelve), and no name
/// written exactly there.
void officialNames(const TextUnit &unit, const RuleContext &ctx, RuleOutput &out, const QList<std::pair<qsizetype, qsizetype>> &flagged)
{
    const QStringView t = unit.text;
    const QStringList &names = ctx.checklist.officialNames;
    QSet<QChar> firsts;
    for (const QString &n : names)
        if (n.size() >= 6)
            firsts.insert(n.at(0));
    for (qsizetype at = 0; at + 3 <= t.size(); ++at) {
        if (!firsts.contains(t.at(at)))
            continue;
        const QStringView key = t.mid(at, 3);
        int best = 1000;
        const QString *closest = nullptr;
        qsizetype closestLength = 0;
        bool exact = false;
        for (const QString &n : names) {
            if (n.size() < 6 || !n.startsWith(key))
                continue;
            for (qsizetype length = n.size() - 1; length <= n.size() + 1 && at + length <= t.size(); ++length) {
                const int d = editDistance(t.mid(at, length), n);
                exact = exact || d == 0;
                if (d < best) {
                    best = d;
                    closest = &n;
                    closestLength = length;
                }
            }
        }
        if (exact || !closest || best > (closest->size() > 12 ? 2 : 1))
            continue;
        // A confusable word inside the name (习近平法制思想) is already a finding with its own fix.
        if (std::any_of(flagged.cbegin(), flagged.cend(), [&](const auto &r) { return r.first < at + closestLength && at < r.second; }))
            continue;
        out.addAt(unit, at, closestLength, u"“%1”应为“%2”"_s.arg(t.mid(at, closestLength), *closest),
                  u"规范名称须写全写对：改为“%1”。"_s.arg(*closest), *closest);
        at += closestLength - 1;
    }
}

void confusable(const TextUnit &unit, const RuleContext &ctx, RuleOutput &out)
{
    const QStringView t = unit.text;
    QList<std::pair<qsizetype, qsizetype>> flagged;
    for (qsizetype at = 0; at < t.size(); ++at) {
        // Entries keep the list's order: a longer entry listed first wins its place.
        for (const scan::WordIndex::Entry *found : ctx.checklist.confusableWords.at(t, at)) {
            const ConfusableEntry *e = &ctx.checklist.confusables.at(found->index);
            const QStringView after = t.mid(at + e->wrong.size());
            const QStringView before = t.left(at);
            const auto startsWithAny = [&](const QStringList &list) {
                return std::any_of(list.cbegin(), list.cend(), [&](const QString &x) { return after.startsWith(x); });
            };
            if (startsWithAny(e->notBefore))
                continue;
            if (!e->onlyBefore.isEmpty() && !startsWithAny(e->onlyBefore))
                continue;
            if (std::any_of(e->notAfter.cbegin(), e->notAfter.cend(), [&](const QString &x) { return before.endsWith(x); }))
                continue;
            flagged.append({at, at + e->wrong.size()});
            out.addAt(unit, at, e->wrong.size(), u"“%1”应为“%2”"_s.arg(e->wrong, e->right),
                      e->note.isEmpty() ? u"改为“%1”。"_s.arg(e->right) : u"改为“%1”：%2。"_s.arg(e->right, e->note),
                      e->right);
            break;
        }
    }
    officialNames(unit, ctx, out, flagged);
}

/// The text with the forms a clerk types for one mark folded to one, unit for unit so that offsets stay
/// valid: every dash and tilde of a period (2015-2020, 2015～2020, 2015至2020) to "—", half-width
/// parentheses and commas to full-width ones.
QString foldPeriodMarks(QStringView t)
{
    QString out = t.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        switch (out.at(i).unicode()) {
        case u'-': case u'－': case u'–': case u'―': case u'~': case u'～': case u'−':
            out[i] = u'—';
            break;
        case u'至':
            if (i > 0 && i + 1 < out.size() && out.at(i - 1).isDigit() && out.at(i + 1).isDigit())
                out[i] = u'—';
            break;
        case u'(': out[i] = u'（'; break;
        case u')': out[i] = u'）'; break;
        case u',': out[i] = u'，'; break;
        default: break;
        }
    }
    return out;
}

void outdated(const TextUnit &unit, const RuleContext &ctx, RuleOutput &out)
{
    if (ctx.year() <= 0)
        return;
    // Periods and names are compared with their marks folded: the catalogue lists each name once.
    const QString text = foldPeriodMarks(unit.text);
    QSet<qsizetype> reported; // where an entry's finding starts: a shorter form of the same name adds none
    for (const OutdatedEntry &e : ctx.checklist.outdated) {
        if (ctx.year() < e.fromYear)
            continue;
        reported.clear();
        for (const QString &listed : e.patterns) {
            const QString pattern = foldPeriodMarks(listed);
            for (qsizetype at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
                if (reported.contains(at))
                    continue;
                reported.insert(at);
                out.addAt(unit, at, pattern.size(), e.message + u"（本报告为%1年度）"_s.arg(ctx.year()),
                          u"改用现行表述：%1。"_s.arg(e.replacement));
            }
        }
    }
}

} // namespace

void registerWordRules(QList<RuleInfo> &rules)
{
    rules.append({u"lint.dup-char"_s, FindingLevel::Warning, u"重复的字词"_s, {}, dupChar});
    rules.append({u"lint.confusable"_s, FindingLevel::Warning, u"易错词"_s, {}, confusable});
    rules.append({u"lint.outdated"_s, FindingLevel::Warning, u"过时的表述"_s, {}, outdated});
}

} // namespace fazhi
