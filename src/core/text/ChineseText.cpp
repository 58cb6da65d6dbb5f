// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ChineseText.h"

#include <QHash>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

using namespace Qt::StringLiterals;

namespace fazhi::chinese {

namespace {

int digitOf(QChar c)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    if (c == u'零' || c == u'○' || c == u'Ｏ' || c == u'O')
        return 0;
    return int(digits.indexOf(c));
}

} // namespace

bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return true; // CJK Unified Ideographs, all of script Han since Unicode 14: no ICU call for most text
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool isHan(QChar c)
{
    return isHan(char32_t(c.unicode())) || c.isHighSurrogate() || c.isLowSurrogate();
}

bool isCjkPunct(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x2000)
        return false;
    if (u == u'“' || u == u'”' || u == u'‘' || u == u'’' || u == u'…' || u == u'—')
        return true;
    if (u == 0x3000)
        return true; // ideographic space
    const int width = u_getIntPropertyValue(UChar32(u), UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) && u_ispunct(UChar32(u));
}

bool isChineseText(QChar c)
{
    return isHan(c) || isCjkPunct(c);
}

QString trimmed(const QString &s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(s.at(b)))
        ++b;
    while (e > b && isSpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

int numeralValue(QStringView s)
{
    if (s.isEmpty() || s.size() > 3)
        return -1;
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 && digitOf(s.at(0)) > 0 ? digitOf(s.at(0)) : -1;
    int tens = 1;
    if (ten == 1) {
        tens = digitOf(s.at(0));
        if (tens <= 1)
            return -1;
    } else if (ten != 0) {
        return -1;
    }
    int units = 0;
    if (ten + 1 < s.size()) {
        if (ten + 2 != s.size())
            return -1;
        units = digitOf(s.at(ten + 1));
        if (units <= 0)
            return -1;
    }
    return tens * 10 + units;
}

int digitsOrNumeral(QStringView s)
{
    if (s.isEmpty())
        return -1;
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c >= u'0' && c <= u'9';
    if (ascii)
        return s.size() <= 6 ? s.toInt() : -1;
    if (s.contains(u'十'))
        return numeralValue(s);
    if (s.size() > 4)
        return -1;
    int value = 0;
    for (QChar c : s) {
        const int d = digitOf(c);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

QSet<quint32> hanBigrams(QStringView text)
{
    const auto pack = [](QStringView pair) {
        return (quint32(pair.at(0).unicode()) << 16) | pair.at(1).unicode();
    };
    static const QSet<quint32> common = [&] {
        QSet<quint32> set;
        for (const char16_t *p :
             {u"进一", u"一步", u"需要", u"还需", u"要进", u"加强", u"有待", u"不够", u"存在", u"工作",
              u"部分", u"还不", u"问题", u"有的", u"不足", u"仍有", u"需进", u"待提", u"提高"})
            set.insert(pack(QStringView(p)));
        return set;
    }();
    QSet<quint32> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (isHan(text.at(i)) && isHan(text.at(i + 1))) {
            const quint32 pair = pack(text.mid(i, 2));
            if (!common.contains(pair))
                out.insert(pair);
        }
    return out;
}

char32_t ideographForRadical(char32_t c)
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

} // namespace fazhi::chinese
