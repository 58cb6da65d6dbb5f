// SPDX-License-Identifier: GPL-3.0-or-later
// Character classes and small text helpers the checklist rules share (ICU character properties).
#pragma once

#include <QString>
#include <QStringView>

#include <bitset>

#include <optional>

namespace fazhi::scan {

/// A Han ideograph (ICU script Han), e.g. 法, 〇.
bool isHan(char32_t c);
bool isHan(QChar c);
/// Punctuation of Chinese text: punctuation of East Asian width Wide or Fullwidth (，。、；：？！（）《》〔〕【】),
/// and the quotes, ellipsis and dash Chinese shares with other scripts (“”‘’…—).
bool isCjkPunct(QChar c);
/// A character of running Chinese text: Han or full-width punctuation.
bool isChineseText(QChar c);
/// ASCII or full-width decimal digit.
bool isDigit(QChar c);
/// Marks that end a sentence or clause so that a new enumerator may follow: 。；：！？ and line start.
bool isClauseEnd(QChar c);
/// The text with full-width digits, Latin letters and ASCII-twin marks folded to their half-width form by
/// ICU's NFKC, one UTF-16 unit for one, so offsets stay valid (２０２５年０６月 → 2025年06月).
QString foldWidth(QStringView text);
/// 一 … 十, 十一 … 九十九 → 1 … 99; nullopt otherwise.
std::optional<int> chineseNumber(QStringView text);
/// The Chinese numeral of 1 … 99 (ICU spellout).
QString chineseNumeral(int n);
/// Up to 20 characters around [offset, offset + length) of `text`, within its line.
QString excerpt(QStringView text, int offset, int length);
/// Unicode code points in text[0, utf16Offset).
int codePoints(QStringView text, int utf16Offset);
/// Start of the sentence or clause containing `offset`: after the previous 。！？；： or the line start.
int sentenceStart(QStringView text, int offset);
/// End of the sentence containing `offset` (after its 。！？； or at the line end).
int sentenceEnd(QStringView text, int offset);

/// A set of UTF-16 units for rejecting most positions of a text at once (the first characters of a word list).
class CharFilter
{
public:
    void add(QChar c) { m_bits.set(c.unicode()); }
    bool contains(QChar c) const { return m_bits.test(c.unicode()); }

private:
    std::bitset<65536> m_bits;
};

} // namespace fazhi::scan
