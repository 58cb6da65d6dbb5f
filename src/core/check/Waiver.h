// SPDX-License-Identifier: GPL-3.0-or-later
// A finding the clerk marked "not applicable", with the reason kept.
#pragma once

#include <QDateTime>
#include <QString>

namespace fazhi {

struct Waiver
{
    qint64 reportId = 0;
    QString rule;
    QString anchor;   ///< the finding's excerpt; empty for a finding without a place (the whole rule)
    QString reason;
    QDateTime createdAt;
};

} // namespace fazhi
