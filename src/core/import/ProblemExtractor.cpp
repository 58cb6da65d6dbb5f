// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ProblemExtractor.h"

#include "text/ChineseText.h"
#include "text/Numbering.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString stripEnds(QString s)
{
    s = chinese::trimmed(s);
    static const QString trailing = u"。；，、：;,:"_s;
    while (!s.isEmpty() && trailing.contains(s.back()))
        s.chop(1);
    return s;
}

bool isReasonHeading(const QString &heading) { return heading.contains(u"原因"); }

} // namespace

QStringList ProblemExtractor::enumeration(const QString &text, QString *lead)
{
    // 一是 / 二是 … in sequence; 第一， 第二， … as the second form.
    for (int form = 0; form < 2; ++form) {
        QList<qsizetype> starts;
        QList<int> markerLengths;
        qsizetype from = 0;
        for (int n = 1; n <= 20; ++n) {
            const QString numeral = numbering::chineseNumeral(n);
            const QString marker = form == 0 ? QString(numeral + u"是"_s) : QString(u"第"_s + numeral + u"，"_s);
            const qsizetype at = text.indexOf(marker, from);
            if (at < 0)
                break;
            // "十一是" must not be read as "一是".
            if (form == 0 && at > 0 && text.at(at - 1) == u'十' && n < 10) {
                break;
            }
            starts.append(at);
            markerLengths.append(int(marker.size()));
            from = at + marker.size();
        }
        if (starts.size() < 2)
            continue;
        if (lead)
            *lead = stripEnds(text.left(starts.first()));
        QStringList items;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const qsizetype b = starts.at(i) + markerLengths.at(i);
            const qsizetype e = i + 1 < starts.size() ? starts.at(i + 1) : text.size();
            const QString item = stripEnds(text.mid(b, e - b));
            if (!item.isEmpty())
                items.append(item);
        }
        return items;
    }
    return {};
}

QString ProblemExtractor::reasonSentence(const QString &text)
{
    static const QRegularExpression sentence(u"[^。；！？：]+[。；！？：]?"_s);
    static const QRegularExpression reason(u"(原因|究其根源|主要是由于|由于|因为|^因[^此而为])"_s);
    for (auto it = sentence.globalMatch(text); it.hasNext();) {
        const QString s = chinese::trimmed(it.next().captured(0));
        const auto m = reason.match(s);
        if (!m.hasMatch())
            continue;
        // From the clause that gives the reason: "普法方式单一，主要原因是经费不足" → "主要原因是经费不足".
        const qsizetype clause = s.lastIndexOf(u'，', m.capturedStart());
        return stripEnds(clause >= 0 ? s.mid(clause + 1) : s);
    }
    return {};
}

QList<Problem> ProblemExtractor::extract(const QStringList &paragraphs, const QList<ProblemSource> &subsections)
{
    QStringList problems;
    QStringList reasons;
    QHash<qsizetype, QString> sharedReasons; // problem index → a reason given once for its whole paragraph
    const auto takeParagraph = [&](const QString &paragraph, QStringList &into) {
        QString lead;
        QStringList items = enumeration(paragraph, &lead);
        if (!items.isEmpty()) {
            // "一是……；二是……。究其原因，……": the closing reason belongs to every item, not to the last one.
            static const QRegularExpression closing(u"[。；](究其原因|主要原因|原因是|原因在于|产生.{0,6}问题的原因)"_s);
            QString shared;
            if (const auto m = closing.match(items.last()); m.hasMatch()) {
                shared = stripEnds(items.last().mid(m.capturedStart() + 1));
                items.last() = stripEnds(items.last().left(m.capturedStart()));
            }
            if (&into == &problems && !shared.isEmpty())
                for (qsizetype i = 0; i < items.size(); ++i)
                    sharedReasons.insert(problems.size() + i, shared);
            into.append(items);
            return;
        }
        const QString p = stripEnds(paragraph);
        // A lead-in ("主要存在以下问题：") is not a problem.
        if (!p.isEmpty() && !(paragraph.trimmed().endsWith(u'：') && p.size() < 60))
            into.append(p);
    };
    for (const QString &p : paragraphs)
        takeParagraph(p, problems);
    for (const ProblemSource &s : subsections) {
        const QString heading = stripEnds(s.heading);
        if (isReasonHeading(heading)) {
            for (const QString &p : s.paragraphs)
                takeParagraph(p, reasons);
            // "二是是……": a doubled 是 is not part of the reason.
            for (QString &r : reasons)
                if (r.startsWith(u'是') && r.size() > 1)
                    r.remove(0, 1);
            continue;
        }
        const QString body = s.paragraphs.join(QString());
        QString lead;
        const QStringList items = enumeration(body, &lead);
        // A generic heading over 一是/二是 items ("存在问题"): the items are the problems.
        if (items.size() >= 2 && heading.size() <= 10) {
            problems.append(items);
            continue;
        }
        problems.append(body.isEmpty() ? heading : heading.isEmpty() ? stripEnds(body) : QString(heading + u"："_s + stripEnds(body)));
    }

    QList<Problem> out;
    QList<QSet<quint32>> reasonGrams;
    for (const QString &r : reasons)
        reasonGrams.append(chinese::hanBigrams(r));
    for (qsizetype index = 0; index < problems.size(); ++index) {
        const QString &text = problems.at(index);
        Problem p;
        p.text = text;
        p.reason = reasonSentence(text);
        if (p.reason.isEmpty())
            p.reason = sharedReasons.value(index);
        if (p.reason.isEmpty() && !reasons.isEmpty()) {
            // The reason given apart that shares the most words with the problem; all of them when none does.
            const QSet<quint32> grams = chinese::hanBigrams(text);
            // Shared words over the reason's length, so that a long reason does not win by size alone.
            int best = -1;
            double bestScore = 0;
            double second = 0;
            for (qsizetype r = 0; r < reasons.size(); ++r) {
                const double shared = double(QSet<quint32>(grams).intersect(reasonGrams.at(r)).size());
                const double score = shared / std::sqrt(double(qMax<qsizetype>(1, reasonGrams.at(r).size())));
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = int(r);
                } else if (score > second) {
                    second = score;
                }
            }
            const bool clear = best >= 0 && bestScore >= 0.8 && bestScore >= 1.5 * second;
            p.reason = clear ? reasons.at(best) : reasons.join(u"；"_s);
        }
        out.append(p);
    }
    return out;
}

} // namespace fazhi
