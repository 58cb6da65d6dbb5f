// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfUnicodeRepair.h"

#include "OfficialPaginator.h"
#include "text/ChineseText.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace fazhi {

char32_t PdfUnicodeRepair::ideographFor(char32_t c) { return chinese::ideographForRadical(c); }

QHash<char32_t, char32_t> PdfUnicodeRepair::aliases(const QList<OfficialPage> &pages,
                                                   const QList<QRawFont> &fontsBySlot)
{
    // Which character each drawn glyph stands for, per font slot.
    QSet<char32_t> drawn;
    QHash<int, QHash<quint32, char32_t>> glyphChars;
    for (const OfficialPage &page : pages)
        for (const OfficialLine &line : page.lines)
            for (const OfficialRun &run : line.runs) {
                const QList<uint> chars = run.text.toUcs4();
                for (const uint c : chars)
                    drawn.insert(c);
                if (run.slot < 0 || run.slot >= fontsBySlot.size() || chars.size() != run.glyphs.size())
                    continue; // not one glyph per character: nothing to tell
                for (qsizetype i = 0; i < chars.size(); ++i)
                    if (chars.at(i) >= 0x2E80)
                        glyphChars[run.slot].insert(run.glyphs.at(i), chars.at(i));
            }
    // Every other code point of the ideograph blocks that the font's cmap gives one of those glyphs: Qt's map
    // names a glyph by the lowest such code point.
    QHash<char32_t, char32_t> out;
    if (glyphChars.isEmpty())
        return out;
    QString ideographs;
    for (char16_t c = 0x2E80; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    for (char16_t c = 0xF900; c <= 0xFAFF; ++c)
        ideographs += QChar(c);
    for (auto slot = glyphChars.cbegin(); slot != glyphChars.cend(); ++slot) {
        if (!fontsBySlot.at(slot.key()).isValid())
            continue;
        const QList<quint32> glyphs = fontsBySlot.at(slot.key()).glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
            const char32_t code = ideographs.at(i).unicode();
            const auto it = slot->constFind(glyphs.at(i));
            if (it != slot->cend() && code != *it && !drawn.contains(code))
                out.insert(code, *it);
        }
    }
    return out;
}

QByteArray PdfUnicodeRepair::repair(QByteArray pdf, const QHash<char32_t, char32_t> &aliases, int *repaired)
{
    int count = 0;
    static const QRegularExpression toUnicode(u"/ToUnicode (\\d+) 0 R"_s);
    static const QRegularExpression hex(u"<([0-9A-Fa-f]{4})>"_s);
    // "<a> <b> <u>" ranges: only single-code ranges (a == b) may change, a longer range counts up from u.
    static const QRegularExpression range(u"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>"_s);
    static const QRegularExpression array(u"\\[([^\\]]*)\\]"_s);
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = toUnicode.globalMatch(latin); it.hasNext();) {
        const QString object = it.next().captured(1);
        const qsizetype head = latin.indexOf(u'\n' + object + u" 0 obj"_s);
        const qsizetype begin = head < 0 ? -1 : latin.indexOf(u"stream\n"_s, head);
        const qsizetype end = begin < 0 ? -1 : latin.indexOf(u"endstream"_s, begin);
        if (end < 0)
            continue;
        const QString map = latin.mid(begin, end - begin);
        if (!map.contains(u"begincmap"_s))
            continue; // compressed or not a CMap: leave it
        QByteArray patched = map.toLatin1();
        const auto fix = [&](qsizetype at, const QString &digits) {
            const char32_t c = char32_t(digits.toUInt(nullptr, 16));
            // The document's own character first: ⼾ (U+2F3E) is 戶 by Unicode but 户 in a simplified font.
            const char32_t u = aliases.value(c, ideographFor(c));
            if (u == c || u > 0xFFFF)
                return;
            patched.replace(at, 4, QByteArray::number(uint(u), 16).toUpper().rightJustified(4, '0'));
            ++count;
        };
        for (auto r = range.globalMatch(map); r.hasNext();) {
            const auto m = r.next();
            if (m.captured(1) == m.captured(2))
                fix(m.capturedStart(3), m.captured(3));
        }
        for (auto a = array.globalMatch(map); a.hasNext();) {
            const auto m = a.next();
            for (auto h = hex.globalMatch(map, m.capturedStart(1)); h.hasNext();) {
                const auto hm = h.next();
                if (hm.capturedStart() >= m.capturedEnd(1))
                    break;
                fix(hm.capturedStart(1), hm.captured(1));
            }
        }
        pdf.replace(begin, patched.size(), patched);
    }
    if (repaired)
        *repaired = count;
    return pdf;
}

} // namespace fazhi
