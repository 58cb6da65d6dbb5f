// SPDX-License-Identifier: GPL-3.0-or-later
// The project's own Markdown form of a report: the lossless interchange format (export "md" writes it,
// import reads it back to the same report).
//
//   ---
//   title: 某某局关于2025年法治政府建设情况的报告
//   unit: 某某局
//   unit_kind: department
//   year: 2025
//   addressee: 区委、区政府
//   signatory: 中共某某局委员会
//   signatory: 某某局
//   written_date: 2026-01-13
//   metric: {"key":"admin_review_cases","value":8,"approx":"exact"}
//   problem: {"text":"…","reason":"…"}
//   ---
//
//   Opening paragraphs …
//
//   # 2025年推进法治政府建设的主要举措和成效 {part=1}
//   Part body …
//   ## 深入学习贯彻习近平法治思想 {run-in}
//   Subsection body …
//
// Headings carry no numbers. "{part=N}" names the standard part (none for an extra part).
#pragma once

#include "model/ReportDocument.h"

namespace fazhi {

class MarkdownForm
{
public:
    static QString write(const ReportDocument &doc);
    /// Parses the form; throws Failure(Input) with a Chinese message when it is not this form.
    static ReportDocument read(const QString &text);
    /// Whether `text` looks like this form (starts with the front matter).
    static bool looksLike(const QString &text);
};

} // namespace fazhi
