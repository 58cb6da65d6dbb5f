// SPDX-License-Identifier: GPL-3.0-or-later
// Recognises the structure of a report in cleaned lines of text: title, issuing unit, year, addressee,
// opening, parts and subsections (PartStructure), problems, signature and date (SignatureBlock).
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
};

} // namespace fazhi
