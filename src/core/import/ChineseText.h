// SPDX-License-Identifier: GPL-3.0-or-later
// Small character tests and conversions the importer shares.
#pragma once

#include <QString>
#include <QStringView>

namespace fazhi::chinese {

/// A Han character (CJK unified ideographs, extension A, compatibility ideographs).
inline bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

/// Han characters and the marks that only occur in Chinese text (。、“”《》…—).
inline bool isChineseText(QChar c)
{
    const char16_t u = c.unicode();
    return isHan(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E) || u == 0x201C || u == 0x201D ||
           u == 0x2018 || u == 0x2019 || u == 0x2026 || u == 0x2014 || u == 0x00B7;
}

/// Spaces a copied page may carry: ASCII, no-break, ideographic, zero-width.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x200B || u == 0xFEFF;
}

QString trimmed(const QString &s);
/// Value of a Chinese numeral 一 … 九十九 (also 〇/零 digits such as 二〇二六), -1 when it is none.
int numeralValue(QStringView s);
/// 二〇二六 → 2026, 十三 → 13; -1 when not a numeral.
int digitsOrNumeral(QStringView s);

} // namespace fazhi::chinese
