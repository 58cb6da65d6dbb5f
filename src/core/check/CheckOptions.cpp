// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckOptions.h"

#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QDate monthDay(const QString &mmdd, int year, QStringView fallback)
{
    const QString setting = mmdd.trimmed();
    for (QStringView candidate : {QStringView(setting), fallback}) {
        const QList<QStringView> parts = candidate.split(u'-');
        if (parts.size() != 2)
            continue;
        const QDate date(year, parts.at(0).toInt(), parts.at(1).toInt());
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

QDate CheckOptions::today() const { return (clock ? *clock : Clock::system()).today(); }

QDate CheckOptions::reportDueDate(int year) const
{
    return monthDay(reportDue, year + 1, statutoryReportDue);
}

QDate CheckOptions::publishDueDate(int year) const
{
    return monthDay(publishDue, year + 1, statutoryPublishDue);
}

} // namespace fazhi
