// SPDX-License-Identifier: GPL-3.0-or-later
// Which of the five standard parts a report has, and where: as a part of its own, as a subsection of
// another part, or only as a run-in sentence. Works on real reports: a part whose `part` field is 0 is
// recognised from its heading (variants, combined "存在问题和下一步工作打算", typos), subsections are
// recognised too, and part 3 is looked for as a sentence ("三是严格履行……第一责任人职责").
#pragma once

#include "check/Checklist.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"

#include <QList>

namespace fazhi {

struct RecognisedPart
{
    qint64 sectionId = 0;
    int index = 0;            ///< 0-based position among the top-level parts
    QString heading;
    int standard = 0;         ///< 1–5, 0 for an extra part
    bool alsoNextYear = false;///< a part 2 whose heading also announces next year's plans (2 and 4 combined)
    bool fromHeading = false; ///< recognised from the heading text (the section's `part` field was 0)
    bool thematic = false;    ///< a topic heading standing in for part 1 (thematic reports)
};

class StructureMap
{
public:
    enum class Presence { Absent, Part, Subsection, Sentence };

    struct Place
    {
        Presence presence = Presence::Absent;
        qint64 sectionId = 0;  ///< the part or subsection
        int partIndex = -1;    ///< the top-level part it lies in
        int offset = -1;       ///< in the plain text: heading block or sentence
        int length = 0;
    };

    static StructureMap recognise(const ReportDocument &doc, const ReportLayout &layout, const Checklist &checklist);
    /// The standard part a heading names (0 none); `alsoNextYear` set when it names 2 and 4 together.
    static int classifyHeading(const QString &heading, const Checklist &checklist, bool *alsoNextYear = nullptr);

    const QList<RecognisedPart> &parts() const { return m_parts; }
    /// Where standard part `number` (1–5) is found; the first place of the strongest kind.
    Place place(int number) const { return m_places[number]; }
    /// The standard part of the top-level part at `partIndex` (0 extra, -1 none).
    int standardOf(int partIndex) const;
    /// Sections whose text belongs to standard part `number`: its part (without subsections that belong
    /// to another part) or its subsection.
    QList<qint64> sectionsOf(int number) const { return m_sections[number]; }
    /// Subsections recognised as a different standard part than their parent (e.g. 存在问题 in part 3).
    int subsectionStandard(qint64 sectionId) const { return m_subStandard.value(sectionId, -1); }

private:
    QList<RecognisedPart> m_parts;
    Place m_places[6];
    QList<qint64> m_sections[6];
    QHash<qint64, int> m_subStandard;
};

} // namespace fazhi
