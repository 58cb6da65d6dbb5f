// SPDX-License-Identifier: GPL-3.0-or-later
// What a check depends on besides the report: the clock, the installation's deadlines, switched-off rules
// and the findings marked not applicable.
#pragma once

#include "check/Waiver.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace fazhi {

class Clock;

struct CheckOptions
{
    /// The statutory deadlines, MM-dd of the year after the reported one: the report by 1 March, its
    /// publication by 1 April. The defaults of reportDue and publishDue, and what an invalid setting means.
    static constexpr QStringView statutoryReportDue = u"03-01";
    static constexpr QStringView statutoryPublishDue = u"04-01";

    const Clock *clock = nullptr;      ///< the system clock when null
    QString reportDue = statutoryReportDue.toString(); ///< MM-dd of the year after the reported one
    QString publishDue = statutoryPublishDue.toString();
    QSet<QString> disabled;            ///< rule ids switched off for this installation
    QList<Waiver> waivers;

    QDate today() const;
    QDate reportDueDate(int year) const;   ///< the deadline of the report for `year`, in year + 1
    QDate publishDueDate(int year) const;
};

} // namespace fazhi
