// SPDX-License-Identifier: GPL-3.0-or-later
// A font cut down to the glyphs an OFD page draws, made with HarfBuzz's subsetter (hb-subset).
#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace fazhi {

/// The face behind a QRawFont (for a .ttc collection, the one face Qt chose), read from its file (found by
/// fontconfig, checked against Qt's tables) or else rebuilt from Qt's copies of its tables, and subset to
/// the characters given. The subset keeps a cmap for every character, so that a reader that maps
/// OFD's TextCode (Unicode text) to glyphs through the font finds each one; glyph ids are renumbered.
/// Layout tables (GSUB, GPOS, …) and vertical metrics are dropped: the pages are set horizontally, glyph by
/// glyph, by our own paginator.
class OfdFontSubset
{
public:
    /// The subset font file (OpenType, CFF or TrueType outlines as in the source), or empty on failure
    /// with `error` saying why (technical, for the log).
    static QByteArray make(const QRawFont &font, const QList<char32_t> &characters, QString *error);
    /// The bytes of the whole face: the sum of its tables, to compare a subset with.
    static qint64 faceSize(const QRawFont &font);
};

} // namespace fazhi
