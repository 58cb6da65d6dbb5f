// SPDX-License-Identifier: GPL-3.0-or-later
// What a clerk pastes into a section from Word or WPS, cleaned the way an import is: lines as paragraphs
// (CRLF, HTML blocks), page numbers ("- 1 -", "第 1 页 共 3 页") and bullets removed, flattened punctuation
// and traditional characters repaired, tables and headings found. Each change is said in a Chinese sentence.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi {

struct PastedBlock
{
    enum Kind {
        Paragraph,  ///< a paragraph of body text
        Part,       ///< a part heading "二、存在的不足" (level 1); `number` is the part's number (2)
        Subsection, ///< a subsection heading "（一）加强学习" (level 2); its run-in text, if any, follows as a paragraph
    };
    Kind kind = Paragraph;
    QString text;   ///< the paragraph, or the heading without its number
    int number = 0; ///< Part: 1–9 as written
};

struct PasteResult
{
    QList<PastedBlock> blocks;
    QStringList changes; ///< what was changed, a sentence each (Chinese)
    int tables = 0;      ///< tables turned into one paragraph a row
    /// The paragraphs as body text, a paragraph a line (what goes into the editor when there is no heading).
    QString bodyText() const;
    bool hasHeadings() const;
};

class PasteCleaner
{
public:
    /// Cleans a paste: `html` (text/html from the clipboard, as Word or WPS write it) when there is one,
    /// else `plain`.
    static PasteResult clean(const QString &plain, const QString &html = {});
    /// A page number line a word processor prints in the footer: "- 1 -", "—2—", "第 1 页 共 3 页", "1/3".
    static bool isPageNumber(const QString &line);
};

} // namespace fazhi
