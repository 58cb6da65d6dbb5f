// SPDX-License-Identifier: GPL-3.0-or-later
// Which years a report may be drafted for: from 2015 (the first year of the 法治政府建设实施纲要's annual
// reports) to next year. Older reports come in by import, as history; a later year is a typing slip.
#pragma once

#include <QString>

namespace fazhi {

class Clock;

namespace draftYears {

constexpr int first = 2015;
/// The latest year a report can be drafted for: the clock's next year.
int last(const Clock &clock);
/// Empty when `year` can be drafted; otherwise the sentence that tells the clerk why not.
QString problem(int year, const Clock &clock);
/// Throws Failure(Input) with problem()'s sentence when `year` cannot be drafted.
void require(int year, const Clock &clock);
/// `text` with the years a report of year `from` writes (its own and the next, "2025年", "2026年") moved to a
/// report of year `to`: the years the template wrote into the title and the part headings.
QString moveYears(const QString &text, int from, int to);

} // namespace draftYears

} // namespace fazhi
