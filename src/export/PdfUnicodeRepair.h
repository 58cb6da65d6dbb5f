// SPDX-License-Identifier: GPL-3.0-or-later
// Repairs the text a PDF reader extracts from Qt's PDFs. Qt maps each embedded glyph back to the lowest code
// point the font gives it; a CJK font draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph, so copying
// "人民政府" out of the PDF gave "⼈⺠政府". This rewrites such ToUnicode entries to the unified ideograph,
// in place and at the same length, so that the file's cross-reference offsets stay valid.
// The Unicode reading of a radical is not always the document's: ⼾ (U+2F3E) is 戶 by Unicode, but Noto's
// simplified-Chinese fonts draw it with their 户, so "用户" copied out as "用戶". aliases() reads, from the
// pages' own glyphs, which character each code point sharing a drawn glyph stands for, and repair() uses it
// before the Unicode table.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>

namespace fazhi {

struct OfficialPage;

class PdfUnicodeRepair
{
public:
    /// The PDF with radicals in its ToUnicode maps replaced by the ideographs they stand for, and each code
    /// point of `aliases` by the character it stands for. Returns the input unchanged when it holds nothing
    /// to repair (or is not laid out as Qt writes it).
    static QByteArray repair(QByteArray pdf, const QHash<char32_t, char32_t> &aliases = {},
                             int *repaired = nullptr);
    /// Each code point of the ideograph blocks that a font's cmap gives a glyph `pages` drew, mapped to the
    /// character that glyph was drawn for. Code points the pages draw themselves are left out.
    static QHash<char32_t, char32_t> aliases(const QList<OfficialPage> &pages, const QList<QRawFont> &fontsBySlot);
    /// The unified ideograph a radical code point stands for, or the code point itself.
    static char32_t ideographFor(char32_t radical);
};

} // namespace fazhi
