// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DraftYears.h"

#include "util/Clock.h"
#include "util/Failure.h"

using namespace Qt::StringLiterals;

namespace fazhi::draftYears {

int last(const Clock &clock)
{
    return clock.today().year() + 1;
}

QString problem(int year, const Clock &clock)
{
    if (year >= first && year <= last(clock))
        return {};
    return u"报告年度 %1 不在可起草的范围内（%2 至 %3 年）。更早的报告请作为历史资料导入；请检查年份是否输错。"_s
        .arg(year)
        .arg(first)
        .arg(last(clock));
}

void require(int year, const Clock &clock)
{
    const QString why = problem(year, clock);
    if (!why.isEmpty())
        throw Failure(why, Failure::Kind::Input);
}

} // namespace fazhi::draftYears
