// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PageText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

bool isLatin(QChar c) { return c.unicode() < 0x2E80 && c.isLetterOrNumber(); }

QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

/// A page number as reports print them: — 3 —, - 3 -, 3, 第3页, 第3页共12页, 3/12; OCR reads the dashes as 一
/// and may lose the digit between them.
bool isPageNumber(const QString &text)
{
    static const QRegularExpression dashes(u"^[—–\\-－~～‒―一二]{2,4}$"_s);
    if (dashes.match(compact(text)).hasMatch())
        return true;
    static const QRegularExpression number(
        u"^(?:[—–\\-－~～‒―一]*\\d{1,4}[—–\\-－~～‒―一]*|第\\d{1,4}页(?:[，,]?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}|[Pp]age\\d{1,4}(?:of\\d{1,4})?)$"_s);
    return number.match(compact(text)).hasMatch();
}

/// A line that opens a new item whatever its indentation: 一、 （一） 1. 第一
bool opensItem(const QString &text)
{
    static const QRegularExpression item(u"^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、]\\D|第[一二三四五六七八九十]{1,3}[，、是])"_s);
    return item.match(text).hasMatch();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1));
}

/// Page numbers and running heads: lines in the top or bottom band of a page that are a page number, or
/// that repeat (digits aside) at the top or bottom of at least half the pages.
QList<QList<PlacedLine>> withoutFurniture(const QList<PlacedPage> &pages, QStringList *removed)
{
    const auto inBand = [](const PlacedPage &page, const PlacedLine &line, qsizetype index) {
        const double h = page.size.height() > 0 ? page.size.height() : 842;
        const bool edge = index < 2 || index >= page.lines.size() - 2;
        return edge && (line.box.bottom() < h * 0.12 || line.box.top() > h * 0.86);
    };
    const auto key = [](const QString &text) {
        QString k = compact(text);
        k.remove(QRegularExpression(u"\\d+"_s));
        return k;
    };
    QHash<QString, int> repeats;
    for (const PlacedPage &page : pages) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.lines.size(); ++i)
            if (inBand(page, page.lines.at(i), i))
                seen.insert(key(page.lines.at(i).text));
        for (const QString &k : seen)
            ++repeats[k];
    }
    QList<QList<PlacedLine>> out;
    for (const PlacedPage &page : pages) {
        QList<PlacedLine> kept;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const PlacedLine &line = page.lines.at(i);
            if (compact(line.text).isEmpty())
                continue;
            if (inBand(page, line, i)) {
                const QString k = key(line.text);
                const bool running = pages.size() >= 2 && repeats.value(k) >= 2 && repeats.value(k) * 2 >= pages.size();
                if (isPageNumber(line.text) || (running && !k.isEmpty())) {
                    if (removed)
                        removed->append(line.text.trimmed());
                    continue;
                }
            }
            kept.append(line);
        }
        out.append(kept);
    }
    return out;
}

} // namespace

QString PageText::join(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty())
        return left + right;
    const QChar a = left.back();
    const QChar b = right.front();
    if (a.isSpace() || b.isSpace())
        return left + right;
    if (isLatin(a) && isLatin(b) && (a.isLetter() || b.isLetter()))
        return left + u' ' + right;
    return left + right;
}

QList<PlacedLine> PageText::lines(QList<PlacedWord> words)
{
    words.removeIf([](const PlacedWord &w) { return w.text.trimmed().isEmpty() || w.box.height() <= 0; });
    std::sort(words.begin(), words.end(),
              [](const PlacedWord &a, const PlacedWord &b) { return a.box.center().y() < b.box.center().y(); });
    struct Gathered
    {
        QRectF box;
        QList<PlacedWord> words;
    };
    QList<Gathered> gathered;
    for (const PlacedWord &w : words) {
        Gathered *into = nullptr;
        // The lines just above: sorted by centre, a word of this line is never far down the list.
        for (qsizetype i = gathered.size() - 1; i >= 0 && i >= gathered.size() - 4; --i) {
            const QRectF &b = gathered.at(i).box;
            const double overlap = std::min(b.bottom(), w.box.bottom()) - std::max(b.top(), w.box.top());
            if (overlap >= 0.5 * std::min(b.height(), w.box.height())) {
                into = &gathered[i];
                break;
            }
        }
        if (!into) {
            gathered.append({w.box, {}});
            into = &gathered.last();
        }
        into->box = into->box.united(w.box);
        into->words.append(w);
    }
    QList<PlacedLine> out;
    out.reserve(gathered.size());
    for (Gathered &g : gathered) {
        std::sort(g.words.begin(), g.words.end(),
                  [](const PlacedWord &a, const PlacedWord &b) { return a.box.left() < b.box.left(); });
        PlacedLine line;
        line.box = g.box;
        QList<double> heights;
        for (const PlacedWord &w : g.words)
            for (qsizetype i = 0; i < std::max<qsizetype>(1, w.text.size()); ++i)
                heights.append(w.box.height());
        line.size = median(heights);
        double lastRight = 0;
        for (qsizetype i = 0; i < g.words.size(); ++i) {
            const PlacedWord &w = g.words.at(i);
            const QString text = w.text.trimmed();
            const double gap = i > 0 ? w.box.left() - lastRight : 0;
            // A gap wider than a character is a space on the page (signature block, 签发人：  …); a narrower
            // one is a space only between Latin words.
            if (i > 0 && !line.text.endsWith(u' ') &&
                (gap > line.size * 0.9 || (gap > line.size * 0.2 && join(line.text.right(1), text.left(1)).size() == 3)))
                line.text += u' ';
            line.text += text;
            lastRight = w.box.right();
        }
        out.append(line);
    }
    std::sort(out.begin(), out.end(), [](const PlacedLine &a, const PlacedLine &b) { return a.box.top() < b.box.top(); });
    return out;
}

SourceLines PageText::paragraphs(const QList<PlacedPage> &pages, QStringList *removed)
{
    const QList<QList<PlacedLine>> kept = withoutFurniture(pages, removed);

    // The body's measures: its type size, left margin and right margin, from the lines themselves.
    QList<double> heights;
    for (const auto &page : kept)
        for (const PlacedLine &l : page)
            for (qsizetype i = 0; i < std::max<qsizetype>(1, l.text.size() / 8); ++i)
                heights.append(l.typeSize());
    const double size = std::max(1.0, median(heights));
    QList<double> lefts;
    QList<double> rights;
    for (const auto &page : kept)
        for (const PlacedLine &l : page)
            if (std::abs(l.typeSize() - size) < 0.2 * size) {
                lefts.append(l.box.left());
                rights.append(l.box.right());
            }
    const double bodyLeft = percentile(lefts, 0.1);
    const double bodyRight = percentile(rights, 0.9);

    const auto large = [&](const PlacedLine &l) { return l.typeSize() >= 1.25 * size; };
    const auto reachesMargin = [&](const PlacedLine &l) { return l.box.right() >= bodyRight - 1.6 * size; };
    const auto indented = [&](const PlacedLine &l) { return l.box.left() > bodyLeft + 0.6 * size; };
    const auto sameSize = [](const PlacedLine &a, const PlacedLine &b) {
        return std::abs(a.typeSize() - b.typeSize()) <= 0.2 * std::max(a.typeSize(), b.typeSize());
    };

    SourceLines out;
    const PlacedLine *previous = nullptr;
    for (qsizetype p = 0; p < kept.size(); ++p) {
        for (qsizetype i = 0; i < kept.at(p).size(); ++i) {
            const PlacedLine &line = kept.at(p).at(i);
            const QString text = line.text.trimmed();
            bool continues = false;
            bool blankBefore = false;
            if (previous && !out.isEmpty()) {
                const bool samePage = i > 0;
                const double gap = samePage ? line.box.top() - previous->box.bottom() : 0;
                // A title set over several lines stays in its lines: the recognizer puts a title together,
                // and where it breaks tells apart the organs of a joint report.
                if (!large(*previous) && reachesMargin(*previous) && !indented(line) && sameSize(*previous, line) &&
                         gap < 1.0 * size && !(QStringLiteral("。！？；：").contains(out.last().text.back()) && opensItem(text)))
                    continues = true;
                blankBefore = !continues && gap > 1.2 * std::max(size, previous->typeSize());
            }
            if (continues) {
                out.last().text = join(out.last().text, text);
            } else {
                if (blankBefore)
                    out.append({QString(), 0});
                out.append({text, 0});
            }
            previous = &line;
        }
    }
    return out;
}

} // namespace fazhi
