// SPDX-License-Identifier: GPL-3.0-or-later
// Repairs the text a PDF reader extracts from Qt's PDFs. Qt maps each embedded glyph back to the lowest code
// point the font gives it; a CJK font draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph, so copying
// "人民政府" out of the PDF gave "⼈⺠政府". This rewrites such ToUnicode entries to the unified ideograph,
// in place and at the same length, so that the file's cross-reference offsets stay valid.
#pragma once

#include <QByteArray>

namespace fazhi {

class PdfUnicodeRepair
{
public:
    /// The PDF with radicals in its ToUnicode maps replaced by the ideographs they stand for.
    /// Returns the input unchanged when it holds nothing to repair (or is not laid out as Qt writes it).
    static QByteArray repair(QByteArray pdf, int *repaired = nullptr);
    /// The unified ideograph a radical code point stands for, or the code point itself.
    static char32_t ideographFor(char32_t radical);
};

} // namespace fazhi
