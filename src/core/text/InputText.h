// SPDX-License-Identifier: GPL-3.0-or-later
// Text as it comes in (command-line options, pastes, stored data shown on a terminal): control characters
// stripped, and decimals checked against what a number column stores exactly.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace fazhi::input {

/// `text` without what must never reach an export or a terminal raw: C0 controls other than line feed and
/// tab (a carriage return before a line feed goes, a lone one becomes a line feed), DEL, the C1 controls
/// U+0080–U+009F, the bidirectional embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069,
/// and whole terminal escape sequences (ESC [ … final, ESC ] … BEL or ESC \, ESC and one character).
QString clean(const QString &text);
/// Whether clean() would change `text`.
bool hasControlCharacters(QStringView text);
/// The same question of UTF-8 bytes, without decoding them: for large output already encoded.
bool hasControlCharacters(QByteArrayView utf8);

/// Significant digits of a plain decimal: "0012.500" → 3, "0.05" → 1, "0" → 0; -1 when `decimal` is not
/// digits with at most one point.
int significantDigits(QStringView decimal);

/// Significant digits a double (an SQLite REAL) keeps exactly, whatever the decimal.
constexpr int maxExactDigits = 15;
/// The largest integer a double holds exactly, and the largest whole value accepted: 2^53.
constexpr double maxExactInteger = 9007199254740992.0;

/// Whether the decimal `decimal`, scaled to `value` (e.g. "1.9" with 万 → 19000), is stored exactly:
/// at most maxExactDigits significant digits and |value| at most maxExactInteger.
bool storesExactly(QStringView decimal, double value);

} // namespace fazhi::input
