// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/StructureMap.h"

#include "check/TextScan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

bool matchesAny(const QString &text, const QStringList &patterns)
{
    for (const QString &p : patterns)
        if (text.contains(p))
            return true;
    return false;
}

bool matches(const QString &heading, const Checklist &checklist, int part)
{
    const PartSpec *spec = checklist.part(part);
    return spec && matchesAny(heading, spec->patterns);
}

} // namespace

int StructureMap::classifyHeading(const QString &heading, const Checklist &checklist, bool *alsoNextYear)
{
    if (alsoNextYear)
        *alsoNextYear = false;
    const bool m2 = matches(heading, checklist, 2);
    const bool m4 = matches(heading, checklist, 4);
    if (matches(heading, checklist, 3) && !m4)
        return 3;
    if (matches(heading, checklist, 5))
        return 5;
    if (m2 && m4) {
        if (alsoNextYear)
            *alsoNextYear = true;
        return 2;
    }
    if (m4)
        return 4;
    if (m2)
        return 2;
    if (matches(heading, checklist, 1))
        return 1;
    return 0;
}

int StructureMap::standardOf(int partIndex) const
{
    if (partIndex < 0 || partIndex >= m_parts.size())
        return -1;
    return m_parts.at(partIndex).standard;
}

StructureMap StructureMap::recognise(const ReportDocument &doc, const ReportLayout &layout,
                                     const Checklist &checklist)
{
    StructureMap map;
    const QList<Section> parts = doc.parts();
    // Each part's subsections in order, gathered in one pass (ReportDocument::subsections reads every
    // section once per part).
    QHash<qint64, QList<Section>> subsectionsOf;
    for (const Section &s : doc.sections)
        if (!s.isPart())
            subsectionsOf[s.parentId].append(s);
    for (QList<Section> &subs : subsectionsOf)
        std::stable_sort(subs.begin(), subs.end(), [](const Section &a, const Section &b) { return a.position < b.position; });
    QHash<qint64, int> headingOffset;
    for (const LayoutBlock &b : layout.blocks())
        if ((b.kind == BlockKind::PartHeading || b.kind == BlockKind::SubHeading || b.headingLength > 0) &&
            !headingOffset.contains(b.sectionId))
            headingOffset.insert(b.sectionId, b.offset);

    const auto setPlace = [&](int number, Presence presence, qint64 sectionId, int partIndex, int offset, int length) {
        Place &p = map.m_places[number];
        // A part of its own beats a subsection, which beats a sentence; the first of a kind wins.
        if (p.presence != Presence::Absent && int(p.presence) <= int(presence))
            return;
        p = {presence, sectionId, partIndex, offset, length};
    };

    // A thematic report puts topic headings (深入学习贯彻习近平法治思想 …) where part 1 should be: when no
    // part names the measures, the unrecognised parts before the first recognised one stand for part 1.
    bool hasMeasures = false;
    int firstRecognised = int(parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        const int standard = parts.at(i).part > 0 ? parts.at(i).part : classifyHeading(parts.at(i).heading, checklist);
        hasMeasures = hasMeasures || standard == 1;
        if (standard > 0)
            firstRecognised = std::min(firstRecognised, i);
    }
    const auto isHinted = [&](const QString &heading) {
        for (const ExtraPartHint &hint : checklist.extraParts)
            if (matchesAny(heading, hint.patterns))
                return true;
        return false;
    };
    const bool thematic = !hasMeasures && firstRecognised >= 2;

    for (int i = 0; i < parts.size(); ++i) {
        const Section &s = parts.at(i);
        RecognisedPart r{s.id, i, s.heading.trimmed(), 0, false, false, false};
        bool combined = false;
        int fromHeading = classifyHeading(r.heading, checklist, &combined);
        if (thematic && i < firstRecognised && fromHeading == 0 && s.part == 0 && !isHinted(r.heading)) {
            fromHeading = 1;
            r.thematic = true;
        }
        if (s.part >= 1 && s.part <= 5) {
            r.standard = s.part;
            r.alsoNextYear = s.part == 2 && combined;
        } else {
            r.standard = fromHeading;
            r.alsoNextYear = combined;
            r.fromHeading = true;
        }
        map.m_parts.append(r);
        const int offset = headingOffset.value(s.id, -1);
        if (r.standard > 0) {
            setPlace(r.standard, Presence::Part, s.id, i, offset, int(r.heading.size()) + 2);
            map.m_sections[r.standard].append(s.id);
        }
        if (r.alsoNextYear)
            setPlace(4, Presence::Part, s.id, i, offset, int(r.heading.size()) + 2);

        bool splitSubsections = false;
        const QList<Section> subs = subsectionsOf.value(s.id);
        for (const Section &sub : subs) {
            bool subCombined = false;
            const int subStandard = classifyHeading(sub.heading.trimmed(), checklist, &subCombined);
            const int subOffset = headingOffset.value(sub.id, -1);
            int owner = r.standard;
            if (subStandard == 3 && r.standard != 3) {
                setPlace(3, Presence::Subsection, sub.id, i, subOffset, int(sub.heading.size()) + 3);
                owner = 3;
            } else if ((r.alsoNextYear || r.standard == 2 || r.standard == 4 || r.standard == 0) &&
                       (subStandard == 2 || subStandard == 4) && subStandard != r.standard) {
                setPlace(subStandard, Presence::Subsection, sub.id, i, subOffset, int(sub.heading.size()) + 3);
                owner = subStandard;
                splitSubsections = true;
            } else if (r.alsoNextYear && subStandard == 2) {
                splitSubsections = true;
            }
            if (owner != r.standard)
                map.m_subStandard.insert(sub.id, owner);
            if (owner > 0)
                map.m_sections[owner].append(sub.id);
        }
        if (r.alsoNextYear && !splitSubsections)
            map.m_sections[4].append(s.id);
        else if (r.alsoNextYear)
            for (const Section &sub : subs)
                if (map.m_subStandard.value(sub.id, r.standard) == 4 && !map.m_sections[4].contains(sub.id))
                    map.m_sections[4].append(sub.id);
    }

    // Part 3 as a run-in sentence inside the measures (or an extra part).
    if (map.m_places[3].presence == Presence::Absent) {
        const QString &text = layout.plainText();
        for (const LayoutBlock &b : layout.blocks()) {
            if (b.partIndex < 0 || b.kind == BlockKind::PartHeading)
                continue;
            const int standard = map.standardOf(b.partIndex);
            if (standard != 1 && standard != 0)
                continue;
            for (const QString &word : checklist.leaderDutyWords) {
                const qsizetype at = b.text.indexOf(word);
                if (at < 0)
                    continue;
                const int start = scan::sentenceStart(text, b.offset + int(at));
                const int end = scan::sentenceEnd(text, b.offset + int(at));
                const QStringView sentence = QStringView(text).mid(start, end - start);
                // A sentence about the leaders doing their duty, not a plan or a passing mention.
                if (!sentence.contains(u"履行"_s) && !sentence.contains(u"落实"_s) && !sentence.contains(u"述法"_s))
                    continue;
                setPlace(3, Presence::Sentence, b.sectionId, b.partIndex, start, end - start);
                break;
            }
            if (map.m_places[3].presence != Presence::Absent)
                break;
        }
    }
    return map;
}

} // namespace fazhi
