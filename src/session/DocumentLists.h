// SPDX-License-Identifier: GPL-3.0-or-later
// The lists of an open report kept the way the database keeps them: subsections in order under their
// part, positions 0, 1, 2 … among siblings; problems in list order, the index being the stored position.
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"

#include <optional>

namespace fazhi::doclists {

int sectionIndex(const QList<Section> &sections, qint64 id); ///< -1 when absent
void renumber(QList<Section> &sections, qint64 parentId);
/// Puts `s` under its parent at index s.position among the siblings (clamped) and renumbers them.
void place(QList<Section> &sections, const Section &s);
void move(QList<Section> &sections, qint64 id, qint64 newParentId, int newPosition);
void remove(QList<Section> &sections, qint64 id);
QList<qint64> siblingIds(const QList<Section> &sections, qint64 parentId);

void renumber(QList<Problem> &problems);
QList<qint64> problemIds(const QList<Problem> &problems);
Problem *findProblem(QList<Problem> &problems, qint64 id);

MetricValue *findMetric(QList<MetricValue> &metrics, const QString &key);
/// Sets the metric `key` to `value`, adding it, or removes it for nullopt.
void putMetric(QList<MetricValue> &metrics, const std::optional<MetricValue> &value, const QString &key);

inline constexpr MetricRepository::Fields kAllMetricFields = MetricRepository::Field::Value
                                                             | MetricRepository::Field::Approx
                                                             | MetricRepository::Field::Note
                                                             | MetricRepository::Field::Source;
/// A problem's fields the clerk edits: everything but its place in the list.
inline constexpr ProblemRepository::Fields kProblemTextFields =
    ProblemRepository::Field::Text | ProblemRepository::Field::Reason | ProblemRepository::Field::Measure
    | ProblemRepository::Field::Owner | ProblemRepository::Field::DueDate | ProblemRepository::Field::Status
    | ProblemRepository::Field::ContinuesId;

} // namespace fazhi::doclists
