// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/ReportLayout.h"

#include <QList>
#include <QString>

namespace fazhi {

/// One printed line of the preview.
struct PreviewLine
{
    QString text;
    BlockKind kind = BlockKind::Paragraph;
    int blockIndex = -1;   ///< -1 for a blank line
    int offset = 0;        ///< plain-text offset of the line's first character
    double indent = 0;     ///< in characters, from the left edge of the text block
    Qt::Alignment align = Qt::AlignLeft;
};

struct PreviewPage
{
    QList<PreviewLine> lines;
};

/// Breaks a laid-out report into pages of the official grid (GB/T 9704-2012: 22 lines of 28 characters),
/// as the PDF prints it: paragraphs indented two characters, the title centred in 2号 type, signature and
/// date right-aligned, no line starting with a closing punctuation mark.
class PreviewPaginator
{
public:
    static constexpr int kLinesPerPage = 22;
    static constexpr int kCharsPerLine = 28;

    static QList<PreviewPage> paginate(const ReportLayout &layout);
    /// Width of a character in grid cells: 1 for Han and full-width forms, ½ for Latin letters and digits.
    static double charWidth(QChar c);
};

} // namespace fazhi
