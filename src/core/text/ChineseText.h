// SPDX-License-Identifier: GPL-3.0-or-later
// Character classes, numerals and word pairs of Chinese text, shared by the importer and the checklist
// rules (ICU character properties).
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace fazhi::chinese {

/// A Han ideograph (ICU script Han), e.g. 法, 〇; either half of a surrogate pair counts.
bool isHan(char32_t c);
bool isHan(QChar c);
/// The ideograph a CJK font draws a radical with (⼈ U+2F08 → 人, ⺠ U+2EA0 → 民): PDF writers map such shared
/// glyphs back to the radical. Any other character is returned as it is.
char32_t ideographForRadical(char32_t c);
/// Punctuation of Chinese text: punctuation of East Asian width Wide or Fullwidth
/// (，。、；：？！（）《》〔〕【】), the ideographic space, and the quotes, ellipsis and dash Chinese shares
/// with other scripts (“”‘’…—).
bool isCjkPunct(QChar c);
/// A character of running Chinese text: Han or Chinese punctuation.
bool isChineseText(QChar c);

/// Spaces a copied page may carry: ASCII, no-break, ideographic, zero-width.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x200B || u == 0xFEFF;
}
/// `s` without the spaces of isSpace() at either end.
QString trimmed(const QString &s);

/// Value of a Chinese numeral 一 … 十, 十一 … 九十九 (1 … 99), -1 when it is none.
int numeralValue(QStringView s);
/// 二〇二六 → 2026, 十三 → 13, 2026 → 2026; -1 when not a numeral.
int digitsOrNumeral(QStringView s);

/// Distinct pairs of adjacent Han characters of `text` (two UTF-16 units packed), without the pairs that
/// every problem, reason and plan uses (进一步, 存在, 问题, 加强 …).
QSet<quint32> hanBigrams(QStringView text);

} // namespace fazhi::chinese
