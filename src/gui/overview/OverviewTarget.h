// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace fazhi {

/// A place in a report that explains a cell of the overview or a search hit: what to open and where.
struct OverviewTarget
{
    enum class Place {
        Report,    ///< the report as it opens
        Fields,    ///< its report fields (dates, addressee, signatories)
        Section,   ///< a section: refId, position in its body (-1: the heading), length
        Problem,   ///< the problems tab at problem refId (0: the first)
        Metrics,   ///< the metrics tab
        Checklist, ///< the checklist, at the first finding whose message begins with `finding`
    };
    qint64 reportId = 0;
    Place place = Place::Report;
    qint64 refId = 0;
    int position = 0;
    int length = 0;
    QString finding;
};

} // namespace fazhi
