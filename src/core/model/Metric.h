// SPDX-License-Identifier: GPL-3.0-or-later
// Metric catalogue entries and the values a report records for them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fazhi {

enum class MetricKind { Count, Rate, Money, People };
enum class Approx { Exact, MoreThan, About };

QString metricKindKey(MetricKind kind);
MetricKind metricKindFromKey(const QString &key, bool *ok = nullptr);
QString approxKey(Approx approx);  ///< "exact", "more-than", "about"
Approx approxFromKey(const QString &key, bool *ok = nullptr);

struct MetricDefinition
{
    QString key;             ///< stable: "admin_review_cases"
    QString name;            ///< 行政复议案件数
    QString word;            ///< measure word: 件, 次, %, 万元, 人次
    MetricKind kind = MetricKind::Count;
    QString topic;           ///< checklist topic id without prefix: "disputes"
    QStringList requiredFor; ///< unit kind keys
    QStringList aliases;     ///< phrases in report text that name this metric
};

struct MetricValue
{
    qint64 reportId = 0;
    QString key;
    double value = 0;
    Approx approx = Approx::Exact;
    QString note;
    QString source;
};

/// Reads a value typed the way reports write it: "8", "1500余", "约200", "超1.5万", "1.9万余", "100%".
/// The number, its multiplier (万, 亿) and its qualifier; nullopt when it is not a figure.
std::optional<MetricValue> parseMetricValue(const QString &text);
/// "1500余件", "约200人次", "100%": a value spoken the way reports write it.
QString formatMetricValue(const MetricValue &value, const QString &word);
/// Year-over-year change as a report writes it: "增长26.35%", "下降5%", "持平"; nullopt when undefined.
std::optional<QString> formatChange(double previous, double current);

} // namespace fazhi
