// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputText.h"

#include <cmath>

namespace fazhi::input {

namespace {

constexpr char16_t Esc = 0x1B;
constexpr char16_t Bel = 0x07;

/// A single code unit that clean() removes (line feed and tab stay; carriage returns are handled apart).
bool isStripped(char16_t c)
{
    if (c < 0x20)
        return c != u'\n' && c != u'\t';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Index just past the escape sequence that starts at `i` (text[i] is ESC).
qsizetype skipEscape(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j >= n)
        return n;
    const char16_t kind = text[j].unicode();
    if (kind == u'[') { // CSI: parameters and intermediates 0x20–0x3F, then one final byte 0x40–0x7E
        ++j;
        while (j < n && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x3F)
            ++j;
        return j < n && text[j].unicode() >= 0x40 && text[j].unicode() <= 0x7E ? j + 1 : j;
    }
    if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_') {
        // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \)
        ++j;
        while (j < n) {
            const char16_t c = text[j].unicode();
            if (c == Bel)
                return j + 1;
            if (c == Esc)
                return j + 1 < n && text[j + 1] == u'\\' ? j + 2 : j;
            ++j;
        }
        return n;
    }
    // ESC with intermediates (0x20–0x2F) and one final character, e.g. ESC ( B, ESC c
    while (j < n && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x2F)
        ++j;
    return j < n && text[j].unicode() >= 0x30 && text[j].unicode() <= 0x7E ? j + 1 : j;
}

} // namespace

bool hasControlCharacters(QStringView text)
{
    for (const QChar c : text)
        if (isStripped(c.unicode()) || c.unicode() == u'\r')
            return true;
    return false;
}

bool hasControlCharacters(QByteArrayView utf8)
{
    const auto *b = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = b[i];
        if (c < 0x20 ? c != '\n' && c != '\t' : c == 0x7F)
            return true;
        // C1 controls U+0080–U+009F: C2 80–C2 9F
        if (c == 0xC2 && i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F)
            return true;
        // U+202A–U+202E: E2 80 AA–AE; U+2066–U+2069: E2 81 A6–A9
        if (c == 0xE2 && i + 2 < n
            && ((b[i + 1] == 0x80 && b[i + 2] >= 0xAA && b[i + 2] <= 0xAE)
                || (b[i + 1] == 0x81 && b[i + 2] >= 0xA6 && b[i + 2] <= 0xA9)))
            return true;
    }
    return false;
}

QString clean(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    const qsizetype n = view.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = view[i].unicode();
        if (c == Esc) {
            i = skipEscape(view, i);
            continue;
        }
        if (c == 0x9B) { // the C1 form of CSI
            ++i;
            while (i < n && view[i].unicode() >= 0x20 && view[i].unicode() <= 0x3F)
                ++i;
            if (i < n && view[i].unicode() >= 0x40 && view[i].unicode() <= 0x7E)
                ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= n || view[i + 1] != u'\n')
                out.append(u'\n');
            ++i;
            continue;
        }
        if (!isStripped(c))
            out.append(view[i]);
        ++i;
    }
    return out;
}

int significantDigits(QStringView decimal)
{
    if (decimal.isEmpty())
        return -1;
    int points = 0;
    QString digits;
    for (const QChar c : decimal) {
        if (c == u'.') {
            if (++points > 1)
                return -1;
        } else if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else {
            return -1;
        }
    }
    if (digits.isEmpty())
        return -1;
    // Leading zeros never count; trailing zeros after the point do not either ("1500.00" is 1500).
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    if (first == digits.size())
        return 0;
    qsizetype last = digits.size();
    const qsizetype point = decimal.indexOf(u'.');
    if (point >= 0) {
        const qsizetype fraction = decimal.size() - point - 1;
        qsizetype trailing = 0;
        while (trailing < fraction && digits[digits.size() - 1 - trailing] == u'0')
            ++trailing;
        last -= trailing;
    }
    // Trailing zeros of the integer part stay: "99999999999999999999000" is 23 digits to store, not 20.
    return int(last - first);
}

bool storesExactly(QStringView decimal, double value)
{
    const int digits = significantDigits(decimal);
    return digits >= 0 && digits <= maxExactDigits && std::isfinite(value) && std::fabs(value) <= maxExactInteger;
}

} // namespace fazhi::input
