// SPDX-License-Identifier: GPL-3.0-or-later
// What a rule sees: the report, its layout and recognised structure, the checklist data and the options;
// and where it puts what it finds.
#pragma once

#include "check/CheckOptions.h"
#include "check/Checklist.h"
#include "check/Finding.h"
#include "check/StructureMap.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"

#include <QHash>
#include <QList>

#include <optional>

namespace fazhi {

struct RuleContext
{
    const ReportDocument &doc;
    const ReportLayout &layout;
    const StructureMap &structure;
    const Checklist &checklist;
    const CheckOptions &options;

    int year() const { return doc.report.year; }
    /// The plain text of the sections of standard part `number` (see StructureMap::sectionsOf), a block a line.
    QString textOfPart(int number) const;
    /// Plain text of all blocks whose section is one of `sectionIds`.
    QString textOfSections(const QList<qint64> &sectionIds) const;
    /// Whether the blocks of `sectionId` in part `partIndex` tell this year's work: parts 1 and 3 and
    /// extra parts.
    bool isWorkSection(int partIndex, qint64 sectionId) const;

    /// Occurrences of every topic keyword where this year's work is told (the whole body when no part is
    /// recognised), counted by the checker per piece before the document rules run.
    const QHash<QString, int> *topicCounts = nullptr;
};

/// One paragraph-sized piece of plain text that text rules look at: the blocks of one section (or of the
/// report's own fields), as a contiguous range of the plain text. Findings are cached per piece.
struct TextUnit
{
    QStringView text;   ///< the range of the plain text, blocks separated by line breaks
    int offset = 0;     ///< where `text` starts in the plain text
    qint64 sectionId = 0;
    int partIndex = -1;

    /// `text` with full-width digits and Latin letters folded to half-width (scan::foldWidth), unit for
    /// unit so that offsets stay valid; folded on first use, once for all the rules that read it.
    QStringView folded() const;

    mutable std::optional<QString> foldedText; ///< folded()'s cache
};

/// Collects one rule's findings; a rule that does not apply says so.
class RuleOutput
{
public:
    RuleOutput(QString rule, FindingLevel level) : m_rule(std::move(rule)), m_level(level) {}

    /// A finding of this rule at its default level, to be filled in and add()ed.
    Finding make() const
    {
        Finding f;
        f.rule = m_rule;
        f.level = m_level;
        return f;
    }
    void add(Finding finding) { m_findings.append(std::move(finding)); }
    /// Adds a finding at [start, start + length) of `unit`'s text.
    void addAt(const TextUnit &unit, qsizetype start, qsizetype length, QString message, QString suggestion,
               std::optional<QString> fix = std::nullopt)
    {
        Finding f = make();
        f.offset = unit.offset + int(start);
        f.length = int(length);
        f.message = std::move(message);
        f.suggestion = std::move(suggestion);
        f.fix = std::move(fix);
        add(std::move(f));
    }
    void notApplicable() { m_applies = false; }

    bool applies() const { return m_applies; }
    const QList<Finding> &findings() const { return m_findings; }
    QList<Finding> &findings() { return m_findings; }

private:
    QString m_rule;
    FindingLevel m_level;
    QList<Finding> m_findings;
    bool m_applies = true;
};

} // namespace fazhi
