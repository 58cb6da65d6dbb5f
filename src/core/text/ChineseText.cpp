// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ChineseText.h"

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

} // namespace fazhi::chinese
