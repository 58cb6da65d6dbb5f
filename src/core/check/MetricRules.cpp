// SPDX-License-Identifier: GPL-3.0-or-later
// metrics.* and problems.*: required figures, rates within 0–100 %, the text agreeing with the recorded
// figures, and every recorded problem with a reason, a measure and last year's problems followed up.
#include "check/RuleRegistry.h"

#include "check/TextScan.h"
#include "model/MetricCatalog.h"
#include "text/ChineseText.h"

#include <QRegularExpression>
#include <QHash>
#include <QPair>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void required(const RuleContext &ctx, RuleOutput &out)
{
    const QList<MetricDefinition> needed = MetricCatalog::builtin().requiredFor(ctx.doc.unit.kind);
    if (needed.isEmpty()) {
        out.notApplicable();
        return;
    }
    QStringList missing;
    for (const MetricDefinition &d : needed)
        if (!ctx.doc.metric(d.key))
            missing.append(d.name);
    if (missing.isEmpty())
        return;
    Finding f = out.make();
    f.message = u"%1项必填指标没有数值：%2"_s.arg(missing.size()).arg(missing.join(u"、"_s));
    f.suggestion = u"在“指标”中填写这些数值（没有发生的填0），报告正文引用时与之一致。"_s;
    out.add(f);
}

/// A percentage that names a rate ("满意率达105%"), not a change ("增长150%").
void rateRangeText(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    static const QRegularExpression re(
        u"率[^，。；、\\n0-9]{0,6}?(-?[0-9]+(?:\\.[0-9]+)?)[%％]"_s);
    for (auto it = re.globalMatch(unit.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView lead = QStringView(unit.text).mid(std::max<qsizetype>(0, m.capturedStart() - 4),
                                                            std::min<qsizetype>(4, m.capturedStart()));
        if (lead.contains(u"增长"_s) || lead.contains(u"增幅"_s) || lead.contains(u"同比"_s) || lead.contains(u"提高"_s))
            continue;
        const double value = m.captured(1).toDouble();
        if (value >= 0 && value <= 100)
            continue;
        Finding f = out.make();
        f.offset = unit.offset + int(m.capturedStart(1));
        f.length = int(m.capturedLength(1)) + 1;
        f.message = u"比率“%1%”超出0%～100%"_s.arg(m.captured(1));
        f.suggestion = u"核对该比率的分子和分母。"_s;
        out.add(f);
    }
}

void rateRange(const RuleContext &ctx, RuleOutput &out)
{
    rateRangeText(TextUnit{ctx.layout.plainText(), 0, 0, -1}, ctx, out);
    for (const MetricValue &m : ctx.doc.metrics) {
        const MetricDefinition *d = MetricCatalog::builtin().find(m.key);
        if (!d || d->kind != MetricKind::Rate || (m.value >= 0 && m.value <= 100))
            continue;
        Finding f = out.make();
        f.message = u"指标“%1”的数值%2%超出0%～100%"_s.arg(d->name).arg(m.value);
        f.suggestion = u"比率应在0%到100%之间，请核对。"_s;
        out.add(f);
    }
}

void textConsistency(const RuleContext &ctx, RuleOutput &out)
{
    // After a metric's name in the text: a few words, then the figure and its measure word.
    static const QRegularExpression figure(
        u"[^，。；、\\n0-9]{0,8}?(约|近|超过|超)?([0-9]+(?:\\.[0-9]+)?)(万|亿|千)?(余|多)?"_s);
    struct Name
    {
        QString alias;
        const MetricValue *value;
        const MetricDefinition *definition;
    };
    QList<Name> names;
    scan::WordIndex index;
    for (const MetricValue &m : ctx.doc.metrics) {
        const MetricDefinition *d = MetricCatalog::builtin().find(m.key);
        if (!d)
            continue;
        QStringList aliases = d->aliases;
        aliases.prepend(d->name);
        for (const QString &alias : aliases)
            if (!alias.isEmpty()) {
                index.add(alias, names.size());
                names.append({alias, &m, d});
            }
    }
    if (names.isEmpty()) {
        out.notApplicable();
        return;
    }
    bool anyChecked = false;
    QSet<QPair<const MetricValue *, qsizetype>> seen; // a figure named by two aliases is one mention
    // A name may recur for another count (受众 of a campaign, 受众 of the year): when one mention agrees
    // with the record, the others are taken to be about something else.
    QSet<const MetricValue *> agreed;
    QHash<const MetricValue *, QList<Finding>> differing;
    const QString &text = ctx.layout.plainText();
    for (qsizetype at = 0; at < text.size(); ++at) {
        index.forEachAt(text, at, [&](const scan::WordIndex::Entry &entry) {
            const Name &n = names.at(entry.index);
            // Most mentions carry no figure: look for a digit close by before running the expression.
            const QStringView near = QStringView(text).mid(at + n.alias.size(), 12);
            if (std::none_of(near.begin(), near.end(), [](QChar c) { return c.isDigit(); }))
                return;
            const MetricValue &m = *n.value;
            const MetricDefinition *d = n.definition;
            // Matched in a window after the name, never in the whole text: each match of a long subject
            // is checked for valid UTF-16 from end to end, which made this rule quadratic.
            const qsizetype from = at + n.alias.size();
            const QRegularExpressionMatch match = figure.match(QStringView(text).mid(from, 64), 0, QRegularExpression::NormalMatch,
                                                               QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch() || !QStringView(text).mid(from + match.capturedEnd()).startsWith(d->word))
                return;
            anyChecked = true;
            if (seen.contains({&m, from + match.capturedStart(2)}))
                return;
            seen.insert({&m, from + match.capturedStart(2)});
            const std::optional<MetricValue> said = metricValueFromParts(
                match.capturedView(1), match.capturedView(2), match.capturedView(3), match.capturedView(4));
            if (!said)
                return;
            const bool approximate = m.approx != Approx::Exact || said->approx != Approx::Exact;
            const double tolerance = approximate ? std::max(1.0, std::abs(m.value) * 0.1) : 1e-9;
            if (std::abs(said->value - m.value) <= tolerance) {
                agreed.insert(&m);
                return;
            }
            Finding f = out.make();
            f.offset = int(from + match.capturedStart(2));
            f.length = int(match.capturedEnd() - match.capturedStart(2) + d->word.size());
            f.message = u"正文写“%1”为%2，指标记录为%3"_s.arg(n.alias, match.captured(2) + match.captured(3) + d->word,
                                                                formatMetricValue(m, d->word));
            f.suggestion = u"统一正文和指标中的数值。"_s;
            differing[&m].append(f);
        });
    }
    for (const MetricValue &m : ctx.doc.metrics)
        if (!agreed.contains(&m))
            for (const Finding &f : differing.value(&m))
                out.add(f);
    if (!anyChecked && out.findings().isEmpty())
        out.notApplicable();
}

/// Where a problem's text stands in the report, so the finding can point at it.
void placeProblem(const RuleContext &ctx, const Problem &p, Finding &f)
{
    const QString probe = p.text.trimmed().left(12);
    if (probe.size() < 4)
        return;
    const QString &text = ctx.layout.plainText();
    const qsizetype at = text.indexOf(probe);
    if (at < 0)
        return;
    f.offset = int(at);
    f.length = int(std::min<qsizetype>(p.text.trimmed().size(), text.size() - at));
}

/// Share of `text`'s wording (bigrams) that recurs in the plans, in percent.
int overlap(const QSet<quint32> &plans, QStringView text)
{
    const QSet<quint32> pairs = chinese::hanBigrams(text);
    if (pairs.isEmpty())
        return 0;
    int found = 0;
    for (quint32 pair : pairs)
        found += plans.contains(pair);
    return found * 100 / int(pairs.size());
}

/// Text that every problem of a report is looked up in (part 4's plans, or the year's work), with what it
/// contains remembered per word: a check reads it once per distinct term, not once per problem and term.
class TermLookup
{
public:
    explicit TermLookup(QString text) : m_text(std::move(text)), m_bigrams(chinese::hanBigrams(m_text)) {}
    const QSet<quint32> &bigrams() const { return m_bigrams; }
    bool contains(const QString &word) const
    {
        const auto known = m_seen.constFind(word);
        if (known != m_seen.cend())
            return *known;
        const bool found = m_text.contains(word);
        m_seen.insert(word, found);
        return found;
    }

private:
    QString m_text;
    QSet<quint32> m_bigrams;
    mutable QHash<QString, bool> m_seen;
};

/// Whether `plans` speak of `term`: the term itself, or a term of the same synonym group (普法宣传 ↔ 法治宣传:
/// a group counts when the term contains one of its members).
bool plansMention(const TermLookup &plans, const QString &term, const QList<QStringList> &synonyms)
{
    if (plans.contains(term))
        return true;
    for (const QStringList &group : synonyms) {
        const bool inGroup = std::any_of(group.cbegin(), group.cend(), [&](const QString &w) { return term.contains(w); });
        if (inGroup && std::any_of(group.cbegin(), group.cend(), [&](const QString &w) { return plans.contains(w); }))
            return true;
    }
    return false;
}

/// Share of the problem's key terms (ICU words of two Han characters or more, not the wording every problem
/// shares) that part 4 mentions, in percent; -1 when it has fewer than two such terms.
int termsAnswered(const TermLookup &plans, QStringView problem, const Checklist &list)
{
    QStringList terms;
    for (const QString &w : scan::words(problem)) {
        if (w.size() < 2 || !std::all_of(w.cbegin(), w.cend(), [](QChar c) { return chinese::isHan(c); }))
            continue;
        if (list.termStopwords.contains(w) || terms.contains(w))
            continue;
        terms.append(w);
    }
    if (terms.size() < 2)
        return -1;
    const auto found = std::count_if(terms.cbegin(), terms.cend(),
                                     [&](const QString &term) { return plansMention(plans, term, list.synonyms); });
    return int(found * 100 / terms.size());
}

/// Whether next year's plans take the problem up: enough of its wording (or of its lead phrase before
/// "：", e.g. "法治宣传不广泛与实效形式单一：……") recurs in part 4, as character pairs or as key terms.
bool plansAddress(const TermLookup &planText, const Problem &p, const Checklist &list)
{
    const QSet<quint32> &plans = planText.bigrams();
    if (plans.isEmpty())
        return false;
    const QString text = p.text.trimmed();
    QStringView lead = text;
    const qsizetype colon = text.indexOf(u'：');
    if (colon >= 4 && colon <= 30)
        lead = lead.left(colon);
    if (std::max(overlap(plans, text), overlap(plans, lead)) >= 35)
        return true;
    // Each sentence of the problem on its own: one answered sentence of a problem answers it.
    for (QStringView sentence : QStringView(text).split(u'。', Qt::SkipEmptyParts)) {
        if (sentence.size() > 60)
            sentence = sentence.left(60);
        if (termsAnswered(planText, sentence, list) >= 60)
            return true;
    }
    return termsAnswered(planText, lead, list) >= 60;
}

void problemReasons(const RuleContext &ctx, RuleOutput &out)
{
    if (ctx.doc.problems.isEmpty()) {
        out.notApplicable();
        return;
    }
    for (const Problem &p : ctx.doc.problems) {
        if (!p.reason.trimmed().isEmpty())
            continue;
        Finding f = out.make();
        placeProblem(ctx, p, f);
        f.message = u"问题“%1”没有写原因"_s.arg(p.text.left(20));
        f.suggestion = u"为每个问题写明原因，说明为什么会出现。"_s;
        out.add(f);
    }
}

void problemMeasures(const RuleContext &ctx, RuleOutput &out)
{
    if (ctx.doc.problems.isEmpty()) {
        out.notApplicable();
        return;
    }
    const TermLookup planText(ctx.textOfPart(4));
    for (const Problem &p : ctx.doc.problems) {
        if (!p.measure.trimmed().isEmpty() || plansAddress(planText, p, ctx.checklist))
            continue;
        Finding f = out.make();
        placeProblem(ctx, p, f);
        f.message = u"问题“%1”在下一年度安排中没有对应的整改措施"_s.arg(p.text.left(20));
        f.suggestion = u"在第四部分写明该问题的整改措施、责任和时限。"_s;
        out.add(f);
    }
}

void carryover(const RuleContext &ctx, RuleOutput &out)
{
    if (!ctx.doc.previous) {
        out.notApplicable();
        return;
    }
    const QString &text = ctx.layout.plainText();
    for (const Problem &old : ctx.doc.previous->problems) {
        if (old.status == ProblemStatus::Rectified)
            continue;
        const bool followed = std::any_of(ctx.doc.problems.cbegin(), ctx.doc.problems.cend(), [&](const Problem &p) {
            return (old.id != 0 && p.continuesId == old.id) || p.text.trimmed() == old.text.trimmed();
        });
        if (followed || (old.text.size() >= 8 && text.contains(old.text.trimmed())))
            continue;
        Finding f = out.make();
        f.message = u"上年度未整改的问题“%1”本年度没有交代"_s.arg(old.text.left(20));
        f.suggestion = u"说明该问题本年度的整改进展；已整改的，在问题中标记为已整改。"_s;
        out.add(f);
    }
}

/// A problem carried over from last year and marked rectified, of which the year's work (parts 1, 3 and 5)
/// says nothing: the report claims a rectification it does not describe.
void rectifiedSilent(const RuleContext &ctx, RuleOutput &out)
{
    QList<const Problem *> claimed;
    for (const Problem &p : ctx.doc.problems)
        if (p.continuesId != 0 && p.status == ProblemStatus::Rectified)
            claimed.append(&p);
    if (claimed.isEmpty()) {
        out.notApplicable();
        return;
    }
    const TermLookup work(ctx.textOfPart(1) + u'\n' + ctx.textOfPart(3) + u'\n' + ctx.textOfPart(5));
    for (const Problem *p : std::as_const(claimed)) {
        if (plansAddress(work, *p, ctx.checklist))
            continue;
        Finding f = out.make();
        placeProblem(ctx, *p, f);
        f.message = u"上年度的问题“%1”标为已整改，但正文没有交代整改情况"_s.arg(p->text.left(20));
        f.suggestion = u"在第一部分写明该问题是怎样整改的、效果如何；尚未整改完毕的，把状态改为整改中。"_s;
        out.add(f);
    }
}

} // namespace

void registerMetricRules(QList<RuleInfo> &rules)
{
    rules.append({u"metrics.required"_s, FindingLevel::Warning, u"必填指标"_s, required, {}});
    rules.append({u"metrics.rate-range"_s, FindingLevel::Error, u"比率范围"_s, rateRange, {}});
    rules.append({u"metrics.text-consistency"_s, FindingLevel::Warning, u"正文与指标一致"_s, textConsistency, {}});
    rules.append({u"problems.reasons"_s, FindingLevel::Warning, u"问题的原因"_s, problemReasons, {}});
    rules.append({u"problems.measures"_s, FindingLevel::Warning, u"问题的整改措施"_s, problemMeasures, {}});
    rules.append({u"problems.carryover"_s, FindingLevel::Warning, u"上年问题的延续"_s, carryover, {}});
    rules.append({u"problems.rectified-silent"_s, FindingLevel::Warning, u"已整改问题的交代"_s, rectifiedSilent, {}});
}

} // namespace fazhi
