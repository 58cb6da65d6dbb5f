// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ChineseText.h"

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

} // namespace fazhi::chinese
