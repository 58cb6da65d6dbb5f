// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPaginator.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

bool closesLine(QChar c)
{
    static const QString marks = u"，。、；：？！）》」』”’〕】…—%"_s;
    return marks.contains(c);
}

struct Wrapped
{
    QString text;
    int start = 0;
};

QList<Wrapped> wrap(const QString &text, double firstWidth, double width)
{
    QList<Wrapped> lines;
    double used = 0;
    double limit = firstWidth;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const double w = PreviewPaginator::charWidth(text.at(i));
        if (used + w > limit + 1e-6 && i > start && !closesLine(text.at(i))) {
            lines.append({text.mid(start, i - start), start});
            start = i;
            used = 0;
            limit = width;
        }
        used += w;
    }
    lines.append({text.mid(start), start});
    return lines;
}

} // namespace

double PreviewPaginator::charWidth(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0x2E80 || (u >= 0x2010 && u <= 0x2027))
        return 1.0;
    return 0.5;
}

QList<PreviewPage> PreviewPaginator::paginate(const ReportLayout &layout)
{
    QList<PreviewLine> lines;
    const QString &plain = layout.plainText();
    const QList<LayoutBlock> &blocks = layout.blocks();
    int position = 0;
    int blockIndex = 0;
    const double titleWidth = kCharsPerLine * 16.0 / 22.0;
    while (position <= plain.size()) {
        int end = int(plain.indexOf(u'\n', position));
        if (end < 0)
            end = int(plain.size());
        while (blockIndex < blocks.size() && blocks.at(blockIndex).offset < position)
            ++blockIndex;
        if (blockIndex < blocks.size() && blocks.at(blockIndex).offset == position && end > position) {
            const LayoutBlock &b = blocks.at(blockIndex);
            double firstIndent = 0;
            double width = kCharsPerLine;
            Qt::Alignment align = Qt::AlignLeft;
            switch (b.kind) {
            case BlockKind::Title:
                width = titleWidth;
                align = Qt::AlignHCenter;
                break;
            case BlockKind::Addressee:
                break;
            case BlockKind::Signature:
            case BlockKind::Date:
                align = Qt::AlignRight;
                break;
            default:
                firstIndent = 2;
                break;
            }
            const QList<Wrapped> parts = wrap(b.text, width - firstIndent, width);
            for (int i = 0; i < parts.size(); ++i) {
                PreviewLine line;
                line.text = parts.at(i).text;
                line.kind = b.kind;
                line.blockIndex = blockIndex;
                line.offset = b.offset + parts.at(i).start;
                line.indent = i == 0 ? firstIndent : 0;
                line.align = align;
                lines.append(line);
            }
        } else if (end == position && position < plain.size()) {
            PreviewLine blank;
            blank.offset = position;
            lines.append(blank);
        }
        if (end >= plain.size())
            break;
        position = end + 1;
    }

    QList<PreviewPage> pages;
    for (int i = 0; i < lines.size(); i += kLinesPerPage)
        pages.append(PreviewPage{lines.mid(i, kLinesPerPage)});
    if (pages.isEmpty())
        pages.append(PreviewPage{});
    return pages;
}

} // namespace fazhi
