// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/FigureExtractor.h"

#include "text/ReportLayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QRegularExpression &figure()
{
    // qualifier, number, multiplier (not the 万 of 万元), 余/多, measure word, 左右
    static const QRegularExpression re(
        u"(超过|超|约|近|达到|达|共计|共|累计)?(?<![\\d.．\\-—～~/／])(\\d+(?:\\.\\d+)?)(万(?!元)|亿(?!元)|千(?!米|克|瓦))?(余|多)?"
        u"(万元|亿元|元|个百分点|%|％|件次|人次|场次|台次|户次|架次|批次|余人|件|次|项|条|场|份|人|名|家|起|处|个|台|辆|座|所|支|期|篇|批|户|本|张|幅|吨|公里|平方米|亩|小时|天|宗|部|套|册|单|笔|间|棵|盏|只|项次|轮|堂|课时|卷)"
        u"(左右)?"_s);
    return re;
}

QString stripLabel(QString label)
{
    static const QStringList leading{u"一是"_s, u"二是"_s, u"三是"_s, u"四是"_s, u"五是"_s, u"六是"_s, u"七是"_s, u"八是"_s, u"九是"_s,
                                     u"十是"_s, u"全年"_s, u"今年"_s, u"年内"_s, u"截至目前"_s, u"目前"_s, u"其中"_s, u"共计"_s,
                                     u"累计"_s, u"共"_s, u"先后"_s};
    static const QStringList trailing{u"均达到"_s, u"均达"_s, u"均为"_s, u"分别为"_s, u"达到"_s, u"共计"_s, u"累计"_s, u"合计"_s,
                                      u"总计"_s, u"超过"_s, u"达"_s, u"均"_s, u"共"_s, u"计"_s, u"约"_s, u"超"_s, u"近"_s};
    bool changed = true;
    while (changed && !label.isEmpty()) {
        changed = false;
        for (const QString &w : leading)
            if (label.startsWith(w) && label.size() > w.size()) {
                label.remove(0, w.size());
                changed = true;
            }
        for (const QString &w : trailing)
            if (label.endsWith(w) && label.size() > w.size()) {
                label.chop(w.size());
                changed = true;
            }
    }
    return label;
}

/// Measure words a metric's own word accepts in the text.
bool wordFits(const QString &metricWord, const QString &word)
{
    if (metricWord == word)
        return true;
    static const QHash<QString, QStringList> fits{
        {u"件"_s, {u"件次"_s, u"起"_s, u"宗"_s, u"个"_s, u"项"_s}},
        {u"次"_s, {u"场次"_s, u"轮"_s, u"项次"_s}},
        {u"项"_s, {u"个"_s, u"件"_s}},
        {u"场"_s, {u"场次"_s, u"次"_s, u"期"_s}},
        {u"份"_s, {u"册"_s, u"本"_s, u"张"_s}},
        {u"人次"_s, {u"人"_s, u"余人"_s, u"名"_s}},
        {u"%"_s, {u"％"_s}},
        {u"条"_s, {u"条"_s}},
    };
    return fits.value(metricWord).contains(word);
}

} // namespace

QString FigureExtractor::mapToKey(const QString &label, const QString &word, const MetricCatalog &catalog)
{
    // The alias must end right before the figure ("处理行政复议案8件"), not somewhere early in a long phrase.
    const QString haystack = label + word;
    const qsizetype latestEnd = haystack.size();
    const qsizetype earliestEnd = label.size() - 4;
    QString best;
    qsizetype bestEnd = -1;
    qsizetype bestLength = 0;
    for (const MetricDefinition &d : catalog.definitions()) {
        if (!wordFits(d.word, word))
            continue;
        QStringList names = d.aliases;
        names.append(d.name);
        for (const QString &alias : names) {
            if (alias.isEmpty())
                continue;
            const qsizetype at = haystack.lastIndexOf(alias);
            if (at < 0)
                continue;
            const qsizetype end = at + alias.size();
            if (end < earliestEnd || end > latestEnd)
                continue;
            if (end > bestEnd || (end == bestEnd && alias.size() > bestLength)) {
                best = d.key;
                bestEnd = end;
                bestLength = alias.size();
            }
        }
    }
    return best;
}

QList<MetricCandidate> FigureExtractor::extract(const ReportDocument &doc, const MetricCatalog &catalog)
{
    return extract(ReportLayout::build(doc), catalog);
}

QList<MetricCandidate> FigureExtractor::extract(const ReportLayout &layout, const MetricCatalog &catalog)
{
    QList<MetricCandidate> out;
    static const QString boundaries = u"，。；：、！？（）()\n,;:!?"_s;
    for (const LayoutBlock &block : layout.blocks()) {
        if (block.kind == BlockKind::Title || block.kind == BlockKind::Date || block.kind == BlockKind::Signature ||
            block.kind == BlockKind::Addressee || block.kind == BlockKind::Note)
            continue;
        const QString &text = block.text;
        for (auto it = figure().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            qsizetype start = m.capturedStart();
            // Not an ordinal (第3次).
            if (start > 0 && text.at(start - 1) == u'第')
                continue;
            qsizetype b = start;
            while (b > 0 && !boundaries.contains(text.at(b - 1)) && !text.at(b - 1).isDigit() && text.at(b - 1) != u'%' &&
                   start - b < 24)
                --b;
            MetricCandidate c;
            c.label = stripLabel(text.mid(b, start - b).trimmed());
            static const QString quotes = u"“”‘’《》\"'"_s;
            while (!c.label.isEmpty() && quotes.contains(c.label.front()) && c.label.count(c.label.front()) == 1)
                c.label.remove(0, 1);
            const auto value = metricValueFromParts(m.capturedView(1), m.capturedView(2), m.capturedView(3),
                                                    m.capturedView(4), m.capturedView(6));
            if (!value)
                continue;
            c.value = value->value;
            c.approx = value->approx;
            c.word = m.captured(5) == u"％"_s ? u"%"_s : m.captured(5);
            if (c.word == u"余人"_s) {
                c.word = u"人"_s;
                if (c.approx == Approx::Exact)
                    c.approx = Approx::MoreThan;
            }
            c.offset = block.offset + int(m.capturedStart(2));
            const qsizetype exFrom = qMax<qsizetype>(0, start - 12);
            c.excerpt = text.mid(exFrom, m.capturedEnd() - exFrom + 4);
            c.key = mapToKey(c.label, c.word, catalog);
            out.append(c);
        }
    }
    return out;
}

} // namespace fazhi
