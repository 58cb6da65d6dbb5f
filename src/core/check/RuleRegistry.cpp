// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/RuleRegistry.h"

namespace fazhi {

const QList<RuleInfo> &RuleRegistry::all()
{
    static const QList<RuleInfo> rules = [] {
        QList<RuleInfo> r;
        registerStructureRules(r);
        registerDateRules(r);
        registerTopicRules(r);
        registerMetricRules(r);
        registerPunctuationRules(r);
        registerEnumerationRules(r);
        registerNumberRules(r);
        registerWordRules(r);
        registerNumberingRules(r);
        registerCitationRules(r);
        return r;
    }();
    return rules;
}

const RuleInfo *RuleRegistry::find(const QString &id)
{
    for (const RuleInfo &r : all())
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace fazhi
