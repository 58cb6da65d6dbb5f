// SPDX-License-Identifier: GPL-3.0-or-later
// What a government website puts around a report: breadcrumbs, publish stamps, metadata tables, share
// widgets, footers. Removed line by line; the publish date is kept.
#pragma once

#include "import/SourceLine.h"

#include <QDate>
#include <QStringList>

namespace fazhi {

class PageFurniture
{
public:
    /// Removes furniture from `lines` (blank lines stay). Returns the removed lines.
    static QStringList strip(SourceLines &lines, QDate *published);
    /// The first date in `text` written 2026-01-19, 2026/1/19, 2026.1.19 or 2026年1月19日; invalid when none.
    static QDate findDate(const QString &text);
};

} // namespace fazhi
