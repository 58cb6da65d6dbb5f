// SPDX-License-Identifier: GPL-3.0-or-later
// The values a report template can use, built from a report. Names (all snake_case):
//   unit.name unit.short_name unit.kind unit.kind_label unit.is_government|is_department|is_township
//   year next_year previous_year title addressee opening
//   signatories[].name  has_signatories  written_date ("2026年1月13日")  report_due  publish_due
//   sections[]: number heading part is_extra body guidance subsections[]: number heading body run_in
//   metrics[]: key name word value ("1500余件") previous ("1200件") change ("增长26.35%") has_change note
//   metric.<key>.value / .change …  has_metrics
//   required_metrics[]: key name word   (what the unit's kind must report)
//   problems[]: number text reason measure owner due_date status continued   has_problems
#pragma once

#include "model/ReportDocument.h"

#include <QDate>
#include <QVariantMap>

namespace fazhi {

class TemplateContext
{
public:
    /// Everything above for `doc`. Due dates default to CheckOptions' (1 March and 1 April of the
    /// following year).
    static QVariantMap forDocument(const ReportDocument &doc, const QDate &reportDue = {},
                                   const QDate &publishDue = {});
};

} // namespace fazhi
