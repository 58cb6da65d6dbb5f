// SPDX-License-Identifier: GPL-3.0-or-later
// The official layout (GB/T 9704-2012) as a Word document: A4, margins 37/35/28/26 mm, a 22×28 document grid,
// official fonts named in w:eastAsia (Times New Roman for Latin), real named styles a clerk can keep editing
// with, and page numbers "— N —" at the outer side (odd right, even left).
#pragma once

#include "Exporter.h"
#include "text/ReportLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>

namespace fazhi {

namespace docx {

/// A stretch of a paragraph: text kept, inserted or deleted (a tracked change), or where a comment's
/// range starts or ends.
struct Piece
{
    enum class Kind { Same, Inserted, Deleted, CommentStart, CommentEnd };
    Kind kind = Kind::Same;
    int from = 0;       ///< text range: in Paragraph::block (Same, Inserted) or Paragraph::oldBlock (Deleted)
    int to = 0;
    int commentId = -1; ///< CommentStart, CommentEnd
};

/// One paragraph of document.xml, styled by its block's kind as in the normal export.
struct Paragraph
{
    enum class Mark { Same, Inserted, Deleted };
    LayoutBlock block;    ///< style, and the text of Same and Inserted pieces
    LayoutBlock oldBlock; ///< the text of Deleted pieces
    Mark mark = Mark::Same; ///< the paragraph itself inserted or deleted (its paragraph mark tracked)
    QList<Piece> pieces;  ///< empty: the block's whole text, unchanged
};

/// Who made the tracked changes, and when.
struct Revision
{
    QString author;
    QDateTime date;
};

/// A Word comment (comments.xml); `parent` ≥ 0 makes it a reply in that comment's thread.
struct WordComment
{
    int id = 0;
    QString author;
    QDateTime date;
    QString text;
    int parent = -1;
};

} // namespace docx

class DocxExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("docx"); }
    QByteArray render(const ReportDocument &doc) override;

    /// The package's parts by name ("word/document.xml", …), before zipping.
    static QMap<QString, QByteArray> parts(const ReportDocument &doc);
    /// The same package around the given paragraphs, whose inserted and deleted pieces become tracked
    /// changes (w:ins, w:del) by `revision`, with `comments` as Word comments (comments.xml, replies in
    /// commentsExtended.xml). `changes` receives the number of change regions written: runs of adjacent
    /// insertions (or deletions) count once, as a word processor shows them.
    static QMap<QString, QByteArray> parts(const ReportDocument &doc, const QList<docx::Paragraph> &paragraphs,
                                           const docx::Revision &revision,
                                           const QList<docx::WordComment> &comments, int *changes = nullptr);
    /// The paragraphs of the normal export: one per layout block, unchanged.
    static QList<docx::Paragraph> paragraphs(const ReportDocument &doc);
    /// Zips parts into a .docx package; empty on failure.
    static QByteArray package(const QMap<QString, QByteArray> &parts);
};

} // namespace fazhi
