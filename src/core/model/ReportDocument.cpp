// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ReportDocument.h"

#include <algorithm>

namespace fazhi {

QList<Section> ReportDocument::parts() const
{
    QList<Section> result;
    for (const Section &s : sections)
        if (s.isPart())
            result.append(s);
    std::stable_sort(result.begin(), result.end(),
                     [](const Section &a, const Section &b) { return a.position < b.position; });
    return result;
}

QList<Section> ReportDocument::subsections(qint64 partId) const
{
    QList<Section> result;
    for (const Section &s : sections)
        if (s.parentId == partId && !s.isPart())
            result.append(s);
    std::stable_sort(result.begin(), result.end(),
                     [](const Section &a, const Section &b) { return a.position < b.position; });
    return result;
}

const MetricValue *ReportDocument::metric(const QString &key) const
{
    for (const MetricValue &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

void ReportDocument::normalizeOrder()
{
    QList<Section> ordered;
    ordered.reserve(sections.size());
    for (const Section &part : parts()) {
        ordered.append(part);
        ordered.append(subsections(part.id));
    }
    sections = ordered;
}

} // namespace fazhi
