// SPDX-License-Identifier: GPL-3.0-or-later
// The shortcomings a report admits in its part 2, with the reasons it gives for them.
#pragma once

#include "model/Problem.h"

#include <QList>
#include <QStringList>

namespace fazhi {

/// A subsection of part 2: its heading and its paragraphs (plain text).
struct ProblemSource
{
    QString heading;
    QStringList paragraphs;
};

class ProblemExtractor
{
public:
    /// Problems from part 2's own paragraphs (一是……二是…… items, or one problem a paragraph) and its
    /// subsections (one problem each; a subsection about 原因 gives the reasons instead).
    static QList<Problem> extract(const QStringList &paragraphs, const QList<ProblemSource> &subsections);
    /// Splits "……：一是甲。二是乙" into {"甲", "乙"}; `lead` gets the text before 一是. Empty when there are
    /// fewer than two items in sequence.
    static QStringList enumeration(const QString &text, QString *lead = nullptr);
    /// The sentence of `text` that gives a reason (原因, 由于, 究其原因 …), or empty.
    static QString reasonSentence(const QString &text);
};

} // namespace fazhi
