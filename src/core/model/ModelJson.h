// SPDX-License-Identifier: GPL-3.0-or-later
// JSON forms of the model, for the CLI's --json and for tools.
#pragma once

#include "model/ReportDocument.h"

#include <QJsonObject>

namespace fazhi::json {

QJsonObject toJson(const Unit &unit);
QJsonObject toJson(const Report &report);
QJsonObject toJson(const Section &section);
QJsonObject toJson(const MetricValue &value, const MetricDefinition *definition = nullptr);
QJsonObject toJson(const MetricDefinition &definition);
QJsonObject toJson(const Problem &problem);
/// The whole document: report, unit, sections (parts with nested subsections), metrics, problems.
QJsonObject toJson(const ReportDocument &doc);
/// The model's objects back from their toJson forms, ids as written (absent: 0); a missing key falls back to
/// the default (template "standard", status draft or open, approximation exact).
Report reportFromJson(const QJsonObject &o);
MetricValue metricFromJson(const QJsonObject &o);
Problem problemFromJson(const QJsonObject &o);
/// The document back from toJson(const ReportDocument &): ids become provisional (negative section ids,
/// no report, unit or problem ids), timestamps are dropped. Unknown keys fall back to the defaults.
ReportDocument documentFromJson(const QJsonObject &o);

} // namespace fazhi::json
