// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLists.h"

namespace fazhi::doclists {

int sectionIndex(const QList<Section> &sections, qint64 id)
{
    for (int i = 0; i < sections.size(); ++i)
        if (sections.at(i).id == id)
            return i;
    return -1;
}

void renumber(QList<Section> &sections, qint64 parentId)
{
    int position = 0;
    for (Section &s : sections)
        if (s.parentId == parentId)
            s.position = position++;
}

void place(QList<Section> &sections, const Section &s)
{
    int at = sectionIndex(sections, s.parentId) + 1;
    int seen = 0;
    while (at < sections.size() && sections.at(at).parentId == s.parentId && seen < s.position) {
        ++at;
        ++seen;
    }
    sections.insert(at, s);
    renumber(sections, s.parentId);
}

void move(QList<Section> &sections, qint64 id, qint64 newParentId, int newPosition)
{
    const int i = sectionIndex(sections, id);
    if (i < 0)
        return;
    Section s = sections.takeAt(i);
    const qint64 oldParent = s.parentId;
    s.parentId = newParentId;
    s.position = newPosition;
    renumber(sections, oldParent);
    place(sections, s);
}

void remove(QList<Section> &sections, qint64 id)
{
    const int i = sectionIndex(sections, id);
    if (i < 0)
        return;
    const qint64 parentId = sections.at(i).parentId;
    sections.removeAt(i);
    renumber(sections, parentId);
}

QList<qint64> siblingIds(const QList<Section> &sections, qint64 parentId)
{
    QList<qint64> ids;
    for (const Section &s : sections)
        if (s.parentId == parentId)
            ids << s.id;
    return ids;
}

void renumber(QList<Problem> &problems)
{
    for (int i = 0; i < problems.size(); ++i)
        problems[i].position = i;
}

QList<qint64> problemIds(const QList<Problem> &problems)
{
    QList<qint64> ids;
    for (const Problem &p : problems)
        ids << p.id;
    return ids;
}

Problem *findProblem(QList<Problem> &problems, qint64 id)
{
    for (Problem &p : problems)
        if (p.id == id)
            return &p;
    return nullptr;
}

MetricValue *findMetric(QList<MetricValue> &metrics, const QString &key)
{
    for (MetricValue &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

void putMetric(QList<MetricValue> &metrics, const std::optional<MetricValue> &value, const QString &key)
{
    if (!value) {
        metrics.removeIf([&](const MetricValue &m) { return m.key == key; });
        return;
    }
    if (MetricValue *m = findMetric(metrics, key))
        *m = *value;
    else
        metrics << *value;
}

} // namespace fazhi::doclists
