// SPDX-License-Identifier: GPL-3.0-or-later
// Text placed on pages (a PDF's text layer, an OCR result) turned into the lines the recognizer reads:
// words gathered into lines by position (whatever order the file stores them in), page numbers and running
// heads dropped, and paragraphs rebuilt across line and page breaks. A line that reaches the right margin
// runs on into the next unless that one is indented; a line that stops short ends its paragraph. Lines set
// larger than the body (a title) stay as they are: the recognizer puts the title together.
#pragma once

#include "import/SourceLine.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace fazhi {

/// A piece of text and where it stands on the page (points, y downwards).
struct PlacedWord
{
    QString text;
    QRectF box;
};

struct PlacedLine
{
    QString text;
    QRectF box;
    double confidence = 100; ///< OCR's confidence in the line, 0–100; 100 for a text layer
    double size = 0;         ///< the type size (its commonest height, whatever a Latin face adds); 0: the box's

    double typeSize() const { return size > 0 ? size : box.height(); }
};

struct PlacedPage
{
    QSizeF size;             ///< the page in points
    QList<PlacedLine> lines; ///< in reading order
};

class PageText
{
public:
    /// Words gathered into lines, top to bottom, each line left to right.
    static QList<PlacedLine> lines(QList<PlacedWord> words);
    /// The lines of every page as paragraphs. `removed` receives the page numbers and running heads dropped.
    static SourceLines paragraphs(const QList<PlacedPage> &pages, QStringList *removed = nullptr);
    /// Joins two pieces of one line or paragraph: nothing between Chinese characters, a space between
    /// two Latin words.
    static QString join(const QString &left, const QString &right);
};

} // namespace fazhi
