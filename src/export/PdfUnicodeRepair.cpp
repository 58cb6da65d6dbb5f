// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfUnicodeRepair.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace fazhi {

char32_t PdfUnicodeRepair::ideographFor(char32_t c)
{
    // Kangxi radicals all decompose (NFKC) to their ideograph.
    if (c >= 0x2F00 && c <= 0x2FD5) {
        const QString n = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
        return n.size() == 1 ? char32_t(n.at(0).unicode()) : c;
    }
    // CJK Radicals Supplement: the simplified and common forms a Chinese font shares with an ideograph.
    static const QHash<char32_t, char32_t> supplement{
        {0x2E81, 0x5382}, {0x2E8A, 0x535C}, {0x2E8E, 0x5140}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A},
        {0x2E9D, 0x6708}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA7, 0x725B}, {0x2EA9, 0x738B},
        {0x2EAC, 0x793A}, {0x2EAE, 0x7AF9}, {0x2EB3, 0x7F51}, {0x2EB6, 0x7F8A}, {0x2EBA, 0x807F},
        {0x2EBC, 0x6708}, {0x2EBD, 0x81FC}, {0x2EC1, 0x864E}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1},
        {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D}, {0x2ECA, 0x8DB3}, {0x2ECB, 0x8F66}, {0x2ED1, 0x9577},
        {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
        {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE2, 0x9A6C},
        {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364},
        {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEB, 0x9F4A}, {0x2EEC, 0x9F50},
        {0x2EEE, 0x9F7F}, {0x2EEF, 0x9F8D}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF3, 0x9F9F},
    };
    return supplement.value(c, c);
}

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
