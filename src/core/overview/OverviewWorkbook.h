// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/Overview.h"

namespace fazhi {

class Database;

/// The overview as an XLSX workbook for a 通报 (libxlsxwriter): the overview sheet, the metrics of every
/// unit side by side, and the problems list; Chinese column names, frozen header rows, dates as dates,
/// numbers as numbers, late and overdue cells marked. Written to a temporary file beside the target
/// and renamed over it only when complete.
class OverviewWorkbook
{
public:
    /// Throws Failure.
    static void write(const QString &path, Database &db, const QList<OverviewRow> &rows, const CheckOptions &options);
};

} // namespace fazhi
