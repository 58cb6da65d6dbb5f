// SPDX-License-Identifier: GPL-3.0-or-later
// Document information Qt's PDF writer has no setting for. QPdfWriter writes /Title and /Creator but no
// /Author; the report's author is the issuing unit, which readers (Acrobat, WPS, pdfinfo) show under 作者.
#pragma once

#include <QByteArray>
#include <QString>

namespace fazhi {

class PdfMetadata
{
public:
    /// The PDF with /Author added to its document information dictionary and the cross-reference offsets
    /// moved to match. Returns the input unchanged when the file is not laid out as Qt writes it (one
    /// classic cross-reference table, an /Info dictionary) or when anything would not check out afterwards.
    static QByteArray withAuthor(const QByteArray &pdf, const QString &author);
    /// Whether every in-use entry of the file's cross-reference table points at "N 0 obj" for its own N.
    static bool crossReferenceHolds(const QByteArray &pdf);
    /// A PDF text string: UTF-16BE with its byte order mark, written in hexadecimal (plain ASCII in the file).
    static QByteArray textString(const QString &text);
};

} // namespace fazhi
