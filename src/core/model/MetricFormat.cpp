// SPDX-License-Identifier: GPL-3.0-or-later
// How reports speak figures: "1500余件", "约200人次", "增长26.35%".
#include "model/Metric.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString plainNumber(double value)
{
    // Up to two decimals, no trailing zeros, no exponent: 1500, 1.5, 26.35.
    QString text = QString::number(value, 'f', 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

} // namespace

std::optional<MetricValue> parseMetricValue(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*(约|近|超过|超|逾)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万|亿|千)?\\s*(余|多)?\\s*(左右)?\\s*[%％]?\\s*$"_s);
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return metricValueFromParts(m.capturedView(1), m.capturedView(2), m.capturedView(3), m.capturedView(4),
                                m.capturedView(5));
}

std::optional<MetricValue> metricValueFromParts(QStringView qualifier, QStringView number,
                                                QStringView multiplier, QStringView more, QStringView about)
{
    bool ok = false;
    MetricValue v;
    v.value = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (multiplier == u"万")
        v.value *= 1e4;
    else if (multiplier == u"亿")
        v.value *= 1e8;
    else if (multiplier == u"千")
        v.value *= 1e3;
    if (!more.isEmpty() || qualifier.startsWith(u'超') || qualifier == u"逾")
        v.approx = Approx::MoreThan;
    else if (qualifier == u"约" || qualifier == u"近" || !about.isEmpty())
        v.approx = Approx::About;
    return v;
}

QString formatMetricValue(const MetricValue &value, const QString &word)
{
    const QString number = plainNumber(value.value);
    switch (value.approx) {
    case Approx::Exact: return number + word;
    case Approx::MoreThan: return number + u"余"_s + word;
    case Approx::About: return u"约"_s + number + word;
    }
    return number + word;
}

std::optional<QString> formatChange(double previous, double current)
{
    if (previous == 0 || !std::isfinite(previous) || !std::isfinite(current))
        return std::nullopt;
    const double percent = (current - previous) / std::abs(previous) * 100.0;
    const double rounded = std::round(percent * 100.0) / 100.0;
    if (rounded == 0)
        return u"持平"_s;
    return (rounded > 0 ? u"增长"_s : u"下降"_s) + plainNumber(std::abs(rounded)) + u"%"_s;
}

} // namespace fazhi
