// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfUnicodeRepair.h"

#include "text/ChineseText.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace fazhi {

char32_t PdfUnicodeRepair::ideographFor(char32_t c) { return chinese::ideographForRadical(c); }

QByteArray PdfUnicodeRepair::repair(QByteArray pdf, int *repaired)
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
            const char32_t u = ideographFor(c);
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
