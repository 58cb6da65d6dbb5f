// SPDX-License-Identifier: GPL-3.0-or-later
// Sequence numbers of the official numbering levels (GB/T 9704-2012 §7.3.3), from ICU.
#pragma once

#include <QString>

namespace fazhi::numbering {

/// 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (ICU's zh spellout).
QString chineseNumeral(int n);
/// The number of the `index`-th (1-based) heading of `level`: 1 "一、", 2 "（一）", 3 "1.", 4 "（1）".
QString label(int level, int index);

} // namespace fazhi::numbering
