// SPDX-License-Identifier: GPL-3.0-or-later
// topic.*: the report covers each topic its unit kind must report on, with substance (enough keyword
// groups and mentions in the measures and the leaders' part, not only in next year's plans).
#include "check/RuleRegistry.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void checkTopic(const QString &id, const RuleContext &ctx, RuleOutput &out)
{
    const TopicSpec *topic = ctx.checklist.topic(id);
    if (!topic || !topic->requiredFor.contains(unitKindKey(ctx.doc.unit.kind))) {
        out.notApplicable();
        return;
    }
    Q_ASSERT(ctx.topicCounts);
    int groups = 0;
    int hits = 0;
    QStringList missing;
    for (const QStringList &group : topic->groups) {
        int groupHits = 0;
        for (const QString &word : group)
            groupHits += ctx.topicCounts->value(word);
        if (groupHits > 0)
            ++groups;
        else if (!group.isEmpty())
            missing.append(group.first());
        hits += groupHits;
    }
    if (groups >= std::min<int>(topic->minGroups, int(topic->groups.size())) && hits >= topic->minHits)
        return;
    Finding f = out.make();
    f.message = hits == 0 ? u"未写到“%1”"_s.arg(topic->name) : u"对“%1”着墨不足"_s.arg(topic->name);
    if (!missing.isEmpty() && hits > 0)
        f.message += u"（未提及“%1”等）"_s.arg(missing.join(u"”“"_s));
    f.suggestion = topic->suggestion;
    out.add(f);
}

} // namespace

void registerTopicRules(QList<RuleInfo> &rules)
{
    static const char16_t *const ids[] = {u"topic.rule-of-law-thought", u"topic.leadership", u"topic.functions",
                                          u"topic.normative-docs", u"topic.major-decisions", u"topic.enforcement",
                                          u"topic.emergency", u"topic.disputes", u"topic.supervision",
                                          u"topic.digital", u"topic.legal-advisers", u"topic.publicity"};
    for (const char16_t *id : ids) {
        const QString rule = QString::fromUtf16(id);
        rules.append({rule, FindingLevel::Warning, u"内容覆盖"_s,
                      [rule](const RuleContext &ctx, RuleOutput &out) { checkTopic(rule, ctx, out); }, {}});
    }
}

} // namespace fazhi
