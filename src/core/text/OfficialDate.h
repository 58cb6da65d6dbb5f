// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as official documents write them (GB/T 9704-2012 §7.3.5.3).
#pragma once

#include <QDate>
#include <QString>

namespace fazhi {

/// 2026年1月13日: Arabic numerals, the year in full, no leading zeros; empty for an invalid date.
QString officialDate(const QDate &date);

} // namespace fazhi
