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
        u"^\\s*(约|近|超过|超|逾)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(余|多)?\\s*(左右)?\\s*[%％]?\\s*$"_s);
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    MetricValue v;
    v.value = m.captured(2).toDouble();
    if (m.captured(3) == u"万"_s)
        v.value *= 10000;
    else if (m.captured(3) == u"亿"_s)
        v.value *= 100000000;
    const QString before = m.captured(1);
    if (!m.captured(4).isEmpty() || before.startsWith(u'超') || before == u"逾"_s)
        v.approx = Approx::MoreThan;
    else if (!before.isEmpty() || !m.captured(5).isEmpty())
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
