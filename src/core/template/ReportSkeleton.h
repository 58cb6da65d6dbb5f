// SPDX-License-Identifier: GPL-3.0-or-later
// The content a new report starts with: title, addressee, opening lead-in, the five parts with the
// right years and a guidance note each, and the signature block from the unit.
#pragma once

#include "model/ReportDocument.h"

namespace fazhi {

class ReportSkeleton
{
public:
    /// A new report of `unit` for `year`, from the named template ("standard" is built in).
    static ReportDocument build(const Unit &unit, int year, const QString &templateName = QStringLiteral("standard"));
    /// The canonical heading of standard part `part` (1–5) for a report about `year`, without its number.
    static QString canonicalHeading(int part, int year);
};

} // namespace fazhi
