// SPDX-License-Identifier: GPL-3.0-or-later
// Recognises the structure of a report in cleaned lines of text: title, issuing unit, year, addressee,
// opening, parts (and the standard part each maps to), subsections, problems, signature and date.
#pragma once

#include "import/SourceLine.h"
#include "model/ReportDocument.h"

#include <QStringList>

namespace fazhi {

struct Recognition
{
    ReportDocument document;
    QStringList repairs;
    QStringList warnings;
    QStringList removed; ///< lines dropped as not part of the report (site names above the title …)
};

class ReportRecognizer
{
public:
    /// `published` is the website's publish date when known (it helps to read a damaged 成文日期).
    static Recognition recognize(const SourceLines &lines, const QDate &published);

    /// Which standard part a top-level heading names: 1–5, 0 for none, 24 for "problems and next steps".
    static int classifyPart(const QString &heading);
};

} // namespace fazhi
