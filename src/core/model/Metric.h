// SPDX-License-Identifier: GPL-3.0-or-later
// Metric catalogue entries and the values a report records for them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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

/// Reads a value typed the way reports write it: "8", "1500余", "约200", "超1.5万", "1.9万余", "3千", "100%".
/// The number, its multiplier (万, 亿, 千) and its qualifier; nullopt when it is not a figure.
std::optional<MetricValue> parseMetricValue(const QString &text);
/// The value and approximation of a figure from the parts a report writes it in ("超" "1.5" "万" "余" "左右"):
/// the number times its multiplier (万, 亿, 千); more than for 超, 超过, 逾 or 余, 多 after the number; about
/// for 约, 近 or 左右; exact otherwise (共, 达 …). nullopt when `number` is not a number.
std::optional<MetricValue> metricValueFromParts(QStringView qualifier, QStringView number, QStringView multiplier,
                                                QStringView more, QStringView about = {});
/// "1500余件", "约200人次", "100%": a value spoken the way reports write it.
QString formatMetricValue(const MetricValue &value, const QString &word);
/// Year-over-year change as a report writes it: "增长26.35%", "下降5%", "持平"; nullopt when undefined.
std::optional<QString> formatChange(double previous, double current);

} // namespace fazhi
