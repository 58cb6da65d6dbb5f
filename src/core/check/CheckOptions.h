// SPDX-License-Identifier: GPL-3.0-or-later
// What a check depends on besides the report: the clock, the installation's deadlines, switched-off rules
// and the findings marked not applicable.
#pragma once

#include "check/Waiver.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace fazhi {

class Clock;
class SettingsRepository;

struct CheckOptions
{
    const Clock *clock = nullptr;      ///< the system clock when null
    QString reportDue = QStringLiteral("03-01");  ///< MM-dd of the year after the reported one
    QString publishDue = QStringLiteral("04-01");
    QSet<QString> disabled;            ///< rule ids switched off for this installation
    QList<Waiver> waivers;

    /// Settings keys: report_due, publish_due (MM-dd), checklist.disabled (rule ids, comma separated).
    static CheckOptions fromSettings(const SettingsRepository &settings);

    QDate today() const;
    QDate reportDueDate(int year) const;   ///< the deadline of the report for `year`, in year + 1
    QDate publishDueDate(int year) const;
};

} // namespace fazhi
