// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that need code: C++ functions registered by their stable id. Document rules look at the whole
// report once; text rules look at one TextUnit at a time, so that their findings can be cached per section
// and re-checking after an edit only re-reads the edited section.
#pragma once

#include "check/RuleContext.h"

#include <functional>

namespace fazhi {

using DocumentRule = std::function<void(const RuleContext &, RuleOutput &)>;
using TextRule = std::function<void(const TextUnit &, const RuleContext &, RuleOutput &)>;

struct RuleInfo
{
    QString id;
    FindingLevel level = FindingLevel::Warning;
    QString title;        ///< Chinese, one line
    DocumentRule document;///< set for a document rule
    TextRule text;        ///< set for a text rule
};

class RuleRegistry
{
public:
    /// Every rule, in the order the checklist lists them.
    static const QList<RuleInfo> &all();
    static const RuleInfo *find(const QString &id);
};

// Each group of rules adds itself from its own file.
void registerStructureRules(QList<RuleInfo> &rules);
void registerDateRules(QList<RuleInfo> &rules);
void registerTopicRules(QList<RuleInfo> &rules);
void registerMetricRules(QList<RuleInfo> &rules);
void registerPunctuationRules(QList<RuleInfo> &rules);
void registerEnumerationRules(QList<RuleInfo> &rules);
void registerNumberRules(QList<RuleInfo> &rules);
void registerWordRules(QList<RuleInfo> &rules);
void registerNumberingRules(QList<RuleInfo> &rules);
void registerCitationRules(QList<RuleInfo> &rules);

} // namespace fazhi
