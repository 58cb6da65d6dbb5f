// SPDX-License-Identifier: GPL-3.0-or-later
// A report laid out as a sequence of numbered blocks, and its plain text. Every output (TXT, HTML, DOCX,
// PDF, the live preview) is drawn from these blocks, and the checker's offsets count in this plain text,
// so that numbering is derived in exactly one place.
#pragma once

#include "model/ReportDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace fazhi {

enum class BlockKind {
    Title,       ///< 标题
    Addressee,   ///< 主送机关, ending with "："
    Opening,     ///< paragraphs before part one
    PartHeading, ///< 一、… (own line, 黑体)
    SubHeading,  ///< （一）… on its own line (楷体)
    Paragraph,   ///< body text; a run-in subsection's first paragraph starts with its heading
    Item,        ///< 1. … or （1）… from an ordered list
    Signature,   ///< one organ a block
    Date,        ///< 成文日期
    Note,        ///< 附注
};

struct InlineSpan
{
    int start = 0;   ///< in the block's text
    int length = 0;
    bool bold = false;
    bool italic = false;
};

/// Which of the report's own texts a character of the layout comes from.
enum class SourceField {
    None,
    Title,       ///< Report::title
    Addressee,   ///< Report::addressee
    Opening,     ///< Report::opening (Markdown)
    Heading,     ///< Section::heading
    Body,        ///< Section::body (Markdown)
    Signatory,   ///< one line of Report::signatories (LayoutBlock::item)
    WrittenDate, ///< Report::writtenDate, as officialDate() writes it
    Note,        ///< Report::note
    Number,      ///< Section::sourceNumber, the number as the clerk wrote it (never in the layout's text)
};

/// A stretch of a block's text copied from one stretch of a source text: text [start, start + length) is
/// source [sourceStart, sourceStart + sourceLength), character for character. The lengths differ only for
/// one character the source writes as an entity (&amp;), which maps whole. Characters outside every run are
/// the layout's own: numbers, the run-in heading's "。", the addressee's "：".
struct SourceRun
{
    int start = 0;
    int length = 0;
    SourceField field = SourceField::None;
    int sourceStart = 0;
    int sourceLength = 0;
};

/// A range of a report's own text: `length` characters from `start` of one field (one section's heading or
/// body, one signatory line).
struct SourceRange
{
    SourceField field = SourceField::None;
    qint64 sectionId = 0; ///< Heading, Body, Number
    int item = -1;        ///< Signatory: index in Report::signatories
    int start = 0;
    int length = 0;
};

struct LayoutBlock
{
    BlockKind kind = BlockKind::Paragraph;
    QString text;             ///< the block as printed, number included
    QString number;           ///< "一、", "（一）", "1.", "（1）" or empty
    int level = 0;            ///< 1 part, 2 subsection, 3 item, 4 sub-item; 0 otherwise
    int headingLength = 0;    ///< run-in paragraph: length of number + heading + "。" at its start
    int part = -1;            ///< standard part 1–5 of the enclosing part, 0 extra part, -1 outside parts
    int partIndex = -1;       ///< 0-based index of the enclosing top-level part
    qint64 sectionId = 0;     ///< the section the block comes from (0: report fields)
    int offset = 0;           ///< where `text` starts in plainText() (UTF-16 units)
    int sourceOffset = -1;    ///< where the block's text starts in the section body (Markdown), -1 if unknown
    QList<InlineSpan> spans;  ///< bold/italic runs from Markdown emphasis
    QList<SourceRun> sources; ///< where each character of `text` comes from, in order
    int item = -1;            ///< Signature: index in Report::signatories
};

class ReportLayout
{
public:
    static ReportLayout build(const ReportDocument &doc);

    const QList<LayoutBlock> &blocks() const { return m_blocks; }
    /// The report as plain text, a block a line; the text `fazhi render --format txt` prints.
    const QString &plainText() const { return m_plainText; }
    /// Index of the block containing `offset` of the plain text, or -1.
    int blockAt(int offset) const;
    /// The source text that plain text [from, to) is an exact copy of, within one block and one field;
    /// from == to asks for the insertion point. Empty when the range touches the layout's own characters
    /// (numbers, added punctuation), crosses Markdown marks, or splits a character written as an entity.
    std::optional<SourceRange> sourceRange(int from, int to) const;
    /// The blocks of one section body laid out alone (used for incremental work on a single section).
    /// Bodies are CommonMark, except that every line break is a paragraph break: one Enter is one
    /// paragraph, as the clerk sees it in the editor.
    static QList<LayoutBlock> bodyBlocks(const QString &markdown);

private:
    void append(LayoutBlock block);
    void appendBlank();

    QList<LayoutBlock> m_blocks;
    QString m_plainText;
};

/// Escapes text so that Markdown reads it back as the same plain paragraph text.
QString markdownEscape(const QString &text);
/// Adds a closing "。" to a run-in heading unless it already ends with a sentence mark.
QString runInHeading(const QString &heading);

} // namespace fazhi
