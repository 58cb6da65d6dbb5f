// SPDX-License-Identifier: GPL-3.0-or-later
// What changed between two states of a report: text by character, grouped by section, moves, metrics,
// problems and the report's own fields.
#pragma once

#include "model/ReportDocument.h"

#include <QJsonObject>

namespace fazhi {

/// A run of characters that is the same in both, only in the newer, or only in the older text.
struct TextRun
{
    enum class Kind { Same, Inserted, Deleted };
    Kind kind = Kind::Same;
    QString text;
};

struct SectionChange
{
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    bool isPart = true;
    QString heading;       ///< the newer heading (the older for a removed section)
    QString oldHeading;    ///< when the heading itself changed
    QString parent;        ///< heading of the part it is in now (subsections)
    QString oldParent;     ///< and was in before
    bool moved = false;    ///< in another part, or in another order among its siblings
    QList<TextRun> body;   ///< the body's character diff (Changed), or its whole text (Added, Removed)
};

struct ValueChange
{
    QString what;          ///< a field's or metric's Chinese name, or a problem's text
    QString before;        ///< empty: added
    QString after;         ///< empty: removed
};

struct ReportDiff
{
    QList<ValueChange> fields;   ///< title, addressee, signatories, 成文日期, note
    QList<TextRun> opening;
    QList<SectionChange> sections;
    QList<ValueChange> metrics;
    QList<ValueChange> problems;
    int inserted = 0;            ///< characters
    int deleted = 0;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

class VersionDiff
{
public:
    /// The character-level diff of two texts (dtl's O(ND) algorithm), as merged runs.
    static QList<TextRun> text(const QString &before, const QString &after);
    static ReportDiff reports(const ReportDocument &before, const ReportDocument &after);
};

} // namespace fazhi
