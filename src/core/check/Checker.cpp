// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/Checker.h"

#include "check/RuleRegistry.h"
#include "check/StructureMap.h"
#include "check/TextScan.h"
#include "text/ReportLayout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

struct UnitRange
{
    TextUnit unit;
    int end = 0;
};

/// Consecutive blocks of one section (or of the report's own fields) form one piece of text.
QList<UnitRange> textUnits(const ReportLayout &layout)
{
    QList<UnitRange> units;
    const QString &text = layout.plainText();
    for (const LayoutBlock &b : layout.blocks()) {
        const int end = b.offset + int(b.text.size());
        if (!units.isEmpty() && units.last().unit.sectionId == b.sectionId &&
            units.last().unit.partIndex == b.partIndex) {
            units.last().end = end;
            continue;
        }
        units.append({TextUnit{{}, b.offset, b.sectionId, b.partIndex}, end});
    }
    for (UnitRange &u : units)
        u.unit.text = QStringView(text).mid(u.unit.offset, u.end - u.unit.offset);
    return units;
}

/// Occurrences of each topic keyword in one piece of text.
QHash<QString, int> countTopicWords(QStringView text, const scan::WordIndex &index)
{
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < text.size(); ++i)
        index.forEachAt(text, i, [&counts](const scan::WordIndex::Entry &e) { ++counts[e.word]; });
    return counts;
}

bool isWaived(const Finding &f, const QList<Waiver> &waivers, Waiver *which)
{
    for (const Waiver &w : waivers)
        if (w.rule == f.rule && w.anchor == f.anchor()) {
            *which = w;
            return true;
        }
    return false;
}

} // namespace

Checker::Checker(CheckOptions options, const Checklist *checklist)
    : m_options(std::move(options)), m_checklist(checklist ? *checklist : Checklist::builtin())
{
}

bool Checker::isEnabled(const QString &rule) const
{
    return m_checklist.isEnabled(rule) && !m_options.disabled.contains(rule);
}

CheckResult Checker::check(const ReportDocument &doc) { return check(doc, ReportLayout::build(doc)); }

CheckResult Checker::check(const ReportDocument &doc, const ReportLayout &layout)
{
    const StructureMap structure = StructureMap::recognise(doc, layout, m_checklist);
    RuleContext ctx{doc, layout, structure, m_checklist, m_options};
    const QString &plain = layout.plainText();

    CheckResult result;
    result.unit = doc.unit.fullName;
    result.year = doc.report.year;
    result.title = doc.report.title;
    result.plainText = plain;

    const QList<UnitRange> units = textUnits(layout);
    const QString keyPrefix = QString::number(doc.report.year) + u'|' + unitKindKey(doc.unit.kind) + u'|';
    QHash<QString, UnitResult> nextCache;
    m_lastRead = 0;
    m_lastReused = 0;

    // Text rules: per piece, from the cache when the piece's text is unchanged.
    QList<const RuleInfo *> textRules;
    for (const RuleInfo &rule : RuleRegistry::all())
        if (rule.text && isEnabled(rule.id))
            textRules.append(&rule);
    QHash<QString, QList<Finding>> textFindings;
    QHash<QString, int> workCounts;
    QHash<QString, int> bodyCounts;
    bool anyWork = false;
    for (const UnitRange &range : units) {
        const QString key = keyPrefix + range.unit.text.toString();
        auto cached = m_cache.constFind(key);
        UnitFindings unitFindings;
        if (cached != m_cache.cend()) {
            unitFindings = cached->findings;
            ++m_lastReused;
        } else {
            // Rules report plain-text offsets; the cache keeps them relative to the piece.
            TextUnit local = range.unit;
            for (const RuleInfo *rule : textRules) {
                RuleOutput out(rule->id, rule->level);
                rule->text(local, ctx, out);
                for (Finding &f : out.findings())
                    f.offset -= range.unit.offset;
                if (!out.findings().isEmpty())
                    unitFindings.insert(rule->id, out.findings());
            }
            ++m_lastRead;
        }
        UnitCounts counts = cached != m_cache.cend() ? cached->counts : countTopicWords(range.unit.text, m_checklist.topicWords);
        if (ctx.isWorkSection(range.unit.partIndex, range.unit.sectionId)) {
            anyWork = true;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                workCounts[it.key()] += it.value();
        }
        if (range.unit.partIndex >= 0)
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                bodyCounts[it.key()] += it.value();
        nextCache.insert(key, {unitFindings, counts});
        for (auto it = unitFindings.cbegin(); it != unitFindings.cend(); ++it)
            for (Finding f : it.value()) {
                f.offset += range.unit.offset;
                f.sectionId = range.unit.sectionId;
                f.part = structure.standardOf(range.unit.partIndex);
                textFindings[it.key()].append(f);
            }
    }
    m_cache = std::move(nextCache);
    // Topic keywords were counted per piece; the topic rules add up the pieces that tell this year's work.
    if (!anyWork)
        workCounts = bodyCounts;
    ctx.topicCounts = &workCounts;

    QList<Finding> all;
    for (const RuleInfo &rule : RuleRegistry::all()) {
        if (!isEnabled(rule.id))
            continue;
        RuleOutput out(rule.id, rule.level);
        if (rule.document)
            rule.document(ctx, out);
        else
            out.findings() = textFindings.value(rule.id);
        if (!out.applies())
            continue;
        const auto setting = m_checklist.rules.constFind(rule.id);
        int failures = 0;
        bool waived = false;
        for (Finding f : out.findings()) {
            if (setting != m_checklist.rules.cend() && setting->level)
                f.level = *setting->level;
            if (f.hasPlace()) {
                f.excerpt = scan::excerpt(plain, f.offset, f.length);
                const int block = layout.blockAt(f.offset);
                if (block >= 0) {
                    const LayoutBlock &b = layout.blocks().at(block);
                    if (f.sectionId == 0)
                        f.sectionId = b.sectionId;
                    if (f.part < 0)
                        f.part = structure.standardOf(b.partIndex);
                }
            }
            Waiver waiver;
            if (isWaived(f, m_options.waivers, &waiver)) {
                result.waived.append({f, waiver});
                waived = true;
                continue;
            }
            all.append(f);
            ++failures;
        }
        // A rule whose only findings were marked not applicable neither passed nor failed.
        if (failures)
            result.failed.append(rule.id);
        else if (!waived)
            result.passed.append(rule.id);
    }
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        if (a.hasPlace() != b.hasPlace())
            return !a.hasPlace();
        return a.offset < b.offset;
    });
    result.findings = all;
    return result;
}

} // namespace fazhi
