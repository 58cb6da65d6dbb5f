// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricCandidateFinder.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
constexpr int kWindow = 16; ///< characters between the phrase and its figure
}

QList<MetricCandidate> MetricCandidateFinder::find(const QString &text, const QList<MetricDefinition> &definitions)
{
    static const QRegularExpression figure(
        u"^[^。；;！？\\n]{0,%1}?(约|近|超过|超)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(件|次|项|%|％|场|人次|份|条|起|个|万元|人)"_s.arg(kWindow));
    QList<MetricCandidate> out;
    QSet<int> taken;
    for (const MetricDefinition &def : definitions) {
        QStringList phrases = def.aliases;
        phrases << def.name;
        std::sort(phrases.begin(), phrases.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &phrase : std::as_const(phrases)) {
            if (phrase.size() < 2)
                continue;
            for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                const qsizetype after = at + phrase.size();
                const auto m = figure.match(QStringView(text).mid(after, kWindow + 12));
                if (!m.hasMatch())
                    continue;
                QString word = m.captured(5);
                if (word == u"％"_s)
                    word = u"%"_s;
                const bool rate = def.kind == MetricKind::Rate;
                if (rate != (word == u"%"_s))
                    continue;
                if (!rate && word != def.word && !(def.word == u"人次"_s && word == u"人"_s))
                    continue;
                const int valueOffset = int(after + m.capturedStart(2));
                if (taken.contains(valueOffset))
                    continue;
                taken.insert(valueOffset);
                MetricCandidate c;
                c.key = def.key;
                c.label = phrase;
                c.value = m.captured(2).toDouble() * (m.captured(3).isEmpty() ? 1 : 10000);
                c.word = word;
                const QString pre = m.captured(1), post = m.captured(4);
                c.approx = !post.isEmpty() || pre.startsWith(u'超') ? Approx::MoreThan
                           : !pre.isEmpty()                       ? Approx::About
                                                                  : Approx::Exact;
                c.offset = int(at);
                c.excerpt = text.mid(at, after + m.capturedEnd(0) - at);
                out << c;
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const MetricCandidate &a, const MetricCandidate &b) { return a.offset < b.offset; });
    return out;
}

std::optional<std::pair<double, Approx>> MetricCandidateFinder::parseValue(const QString &input)
{
    static const QRegularExpression re(u"^\\s*(约|近|超过|超)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(余|多|左右)?\\s*[%％]?\\s*$"_s);
    const auto m = re.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    double value = m.captured(2).toDouble() * (m.captured(3).isEmpty() ? 1 : 10000);
    const QString pre = m.captured(1), post = m.captured(4);
    Approx approx = Approx::Exact;
    if (post == u"余"_s || post == u"多"_s || pre.startsWith(u'超'))
        approx = Approx::MoreThan;
    else if (!pre.isEmpty() || post == u"左右"_s)
        approx = Approx::About;
    return std::make_pair(value, approx);
}

} // namespace fazhi
