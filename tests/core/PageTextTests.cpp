// SPDX-License-Identifier: GPL-3.0-or-later
// Text placed on pages back into paragraphs: reading order from positions, page numbers and running heads
// dropped, paragraphs rebuilt across line and page breaks.
#include "import/PageText.h"

#include "TestSupport.h"

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

constexpr double kSize = 16;      // 三号
constexpr double kLeft = 79;      // 28 mm
constexpr double kPerLine = 28;   // characters on a full line
constexpr double kTop = 105;

/// Lays paragraphs out as a typesetter would: first lines indented two characters, full lines reaching
/// the right margin, 22 lines a page, a page number — N — at the foot of every page and a running head.
QList<PlacedPage> typeset(const QStringList &paragraphs, bool runningHead = true)
{
    QList<PlacedPage> pages;
    PlacedPage page;
    int row = 0;
    const auto finish = [&] {
        const int n = int(pages.size()) + 1;
        page.lines.append({u"— %1 —"_s.arg(n), QRectF(280, 780, 40, kSize)});
        if (runningHead)
            page.lines.prepend({u"某某区司法局"_s, QRectF(250, 40, 100, 10.5)});
        page.size = QSizeF(595, 842);
        pages.append(page);
        page = {};
        row = 0;
    };
    for (const QString &p : paragraphs) {
        qsizetype at = 0;
        bool first = true;
        while (at < p.size()) {
            const int room = int(kPerLine) - (first ? 2 : 0);
            const QString piece = p.mid(at, room);
            const double left = kLeft + (first ? 2 * kSize : 0);
            page.lines.append({piece, QRectF(left, kTop + row * 28.9, piece.size() * kSize, kSize)});
            at += piece.size();
            first = false;
            if (++row == 22)
                finish();
        }
    }
    if (!page.lines.isEmpty())
        finish();
    return pages;
}

QStringList texts(const SourceLines &lines)
{
    QStringList out;
    for (const SourceLine &l : lines)
        if (!l.text.isEmpty())
            out.append(l.text);
    return out;
}

QString para(int n, int chars)
{
    QString s = u"第%1段"_s.arg(n);
    while (s.size() < chars - 1)
        s += u"法治政府建设"_s.at(s.size() % 6);
    return s + u'。';
}

} // namespace

TEST_CASE("Paragraphs run on across full lines and page breaks and end at a short line", "[import][pagetext]")
{
    const QStringList paragraphs{para(1, 80), para(2, 26), para(3, 600), para(4, 56), para(5, 10)};
    QStringList removed;
    const SourceLines lines = PageText::paragraphs(typeset(paragraphs), &removed);
    CHECK(texts(lines) == paragraphs);
    // Page numbers and the running head of both pages are gone, and listed.
    CHECK(removed.contains(u"— 1 —"_s));
    CHECK(removed.contains(u"— 2 —"_s));
    CHECK(removed.count(u"某某区司法局"_s) == 2);
}

TEST_CASE("A paragraph whose last line exactly fills the line still ends before an indented one", "[import][pagetext]")
{
    // 26 characters after a two-character indent fill the first line exactly.
    const QStringList paragraphs{para(1, 26), para(2, 54), para(3, 40)};
    CHECK(texts(PageText::paragraphs(typeset(paragraphs, false))) == paragraphs);
}

TEST_CASE("Words stored in any order are read top to bottom, left to right", "[import][pagetext]")
{
    QList<PlacedWord> words;
    const QStringList rows{u"一、主要举措"_s, u"（一）深入学习贯彻习近平法治思想"_s, u"2025年共办理案件1500件"_s};
    for (int r = 0; r < rows.size(); ++r) {
        const QString &t = rows.at(r);
        // Each line in three pieces, on a baseline that wobbles a little as in a scan.
        for (int piece = 0; piece < 3; ++piece) {
            const qsizetype from = piece * t.size() / 3;
            const qsizetype to = (piece + 1) * t.size() / 3;
            words.append({t.mid(from, to - from), QRectF(kLeft + from * kSize, kTop + r * 30 + piece * 0.8, (to - from) * kSize, kSize)});
        }
    }
    std::mt19937 random(7);
    std::shuffle(words.begin(), words.end(), random);
    QStringList read;
    for (const PlacedLine &l : PageText::lines(words))
        read.append(l.text);
    CHECK(read == rows);
}

TEST_CASE("Joining keeps Chinese tight and Latin words apart", "[import][pagetext]")
{
    CHECK(PageText::join(u"依法行政"_s, u"工作"_s) == u"依法行政工作"_s);
    CHECK(PageText::join(u"2025"_s, u"年"_s) == u"2025年"_s);
    CHECK(PageText::join(u"PDF"_s, u"file"_s) == u"PDF file"_s);
}

TEST_CASE("A title set over two lines in a larger size keeps its lines and runs into nothing", "[import][pagetext]")
{
    PlacedPage page;
    page.size = QSizeF(595, 842);
    page.lines = {{u"某某区司法局关于2025年法治政府"_s, QRectF(120, 100, 350, 22)},
                  {u"建设情况的报告"_s, QRectF(220, 130, 150, 22)},
                  {u"区委、区政府："_s, QRectF(kLeft, 190, 112, kSize)},
                  {para(1, 26), QRectF(kLeft + 32, 219, 26 * kSize, kSize)}};
    const QStringList read = texts(PageText::paragraphs({page}));
    REQUIRE(read.size() == 4);
    CHECK(read.at(0) == u"某某区司法局关于2025年法治政府"_s);
    CHECK(read.at(1) == u"建设情况的报告"_s);
    CHECK(read.at(2) == u"区委、区政府："_s);
}
