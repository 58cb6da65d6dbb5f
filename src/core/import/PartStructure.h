// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a report's body into its parts (一、) and subsections (（一）) as published text has them: numbers that
// skip, run-in subsection headings, a （一） lost in copying, and a combined "problems and next steps" part that
// the standard wants as parts two and four.
#pragma once

#include "import/SourceLine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi {

struct RawSub
{
    QString heading;
    QStringList paragraphs;
    bool runIn = false;
    int number = 0;
    QString marker; ///< the number and its mark as written: "（一）", "（二）、"
};

struct RawPart
{
    QString heading;
    int number = 0; ///< as written (一、 = 1)
    int part = 0;   ///< the standard part it maps to, 1–5; 0 for an extra part
    QString marker; ///< the number and its mark as written: "二、", "一.", "第三部分"
    QStringList paragraphs;
    QList<RawSub> subs;
};

struct BodyStructure
{
    QStringList opening;  ///< paragraphs before the first part
    QList<RawPart> parts; ///< in the order written
    QStringList repairs;  ///< in Chinese
    QStringList warnings; ///< in Chinese
};

class PartStructure
{
public:
    /// Reads the body: the trimmed, non-blank lines between the addressee and the signature.
    static BodyStructure read(const SourceLines &body);

    /// Whether a line opens a part the way published reports number them: "一、…".
    static bool isPartHeading(const QString &line);
    /// Which standard part a top-level heading names, by the checklist (StructureMap::classifyHeading): 1–5,
    /// 0 for none, 24 for "problems and next steps".
    static int classifyPart(const QString &heading);
};

} // namespace fazhi
