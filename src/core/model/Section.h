// SPDX-License-Identifier: GPL-3.0-or-later
// A part of a report (level 1) or a subsection of a part (level 2). Headings carry no numbers:
// numbers are derived from position when the report is laid out.
#pragma once

#include <QString>

namespace fazhi {

struct Section
{
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 parentId = 0;  ///< 0 for a top-level part; the part's id for a subsection
    int part = 0;         ///< standard part 1–5 for a top-level part, 0 for an extra part (e.g. 工作亮点)
    int position = 0;     ///< order among siblings, from 0
    QString heading;      ///< without its number: "主要举措和成效", not "一、2025年…"
    QString body;         ///< Markdown
    bool runIn = false;   ///< subsection heading runs into its first paragraph: "（一）标题。正文……"
    QString guidance;     ///< what reviewers look for here (from the template; not rendered)
    int revision = 0;     ///< raised by every write of the heading or body: what a save compares against
    /// The number as the imported file wrote it ("三、", "（一）、", "一."), for the checker to compare with the
    /// number the layout gives; empty when the section was not imported. Not stored.
    QString sourceNumber;

    bool isPart() const { return parentId == 0; }
};

} // namespace fazhi
