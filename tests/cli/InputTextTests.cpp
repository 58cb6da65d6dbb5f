// SPDX-License-Identifier: GPL-3.0-or-later
// input::clean and the exact-number rule, the one place the CLI, the GUI's paste and the exports clean text.
// (In the CLI suite: it links the core alone, as these functions need.)
#include "TestSupport.h"

#include "text/InputText.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

TEST_CASE("input: clean keeps text, line feeds and tabs, and drops every control character", "[input]")
{
    CHECK(input::clean(u"法治政府建设\n\t第二行　全角空格"_s) == u"法治政府建设\n\t第二行　全角空格"_s);
    CHECK(input::clean(u"a\x01\x02\x07\x08\x0b\x0c\x1f\x7f" "b"_s) == u"ab"_s);
    CHECK(input::clean(u"a\u0080\u0085\u009fb"_s) == u"ab"_s); // C1
    CHECK(input::clean(u"甲\u202a\u202b\u202c\u202d\u202e乙\u2066\u2067\u2068\u2069丙"_s) == u"甲乙丙"_s);
    CHECK(input::clean(u"a\r\nb\rc"_s) == u"a\nb\nc"_s);
    CHECK(input::clean(QString(u"a"_s) + QChar(0) + u"b"_s) == u"ab"_s);
    // Characters near the ranges stay: U+00A0, U+2029's neighbours, U+206A.
    CHECK(input::clean(u"\u00a0\u2029\u202f\u2065\u206a"_s) == u"\u00a0\u2029\u202f\u2065\u206a"_s);
}

TEST_CASE("input: clean removes whole terminal escape sequences, not just the ESC", "[input]")
{
    CHECK(input::clean(u"\x1b[31m红\x1b[0m"_s) == u"红"_s);                 // SGR
    CHECK(input::clean(u"a\x1b[2J\x1b[1;1Hb"_s) == u"ab"_s);                // clear screen, cursor home
    CHECK(input::clean(u"a\x1b]0;title\x07" "b"_s) == u"ab"_s);             // OSC ended by BEL
    CHECK(input::clean(u"a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b"_s) == u"alinkb"_s); // OSC 8 hyperlink, ST
    CHECK(input::clean(u"a\x1b(Bb\x1b" "cd"_s) == u"abd"_s);               // charset, reset
    CHECK(input::clean(u"a\u009b31mb"_s) == u"ab"_s);                        // C1 CSI
    CHECK(input::clean(u"end\x1b"_s) == u"end"_s);                           // a lone ESC at the end
    CHECK(input::clean(u"a\x1bP1$r\x1b\\b"_s) == u"ab"_s);                  // DCS
}

TEST_CASE("input: hasControlCharacters says whether clean would change the text", "[input]")
{
    for (const QString &s : {u"普通文字"_s, u"a\nb\tc"_s, u"a\x1b[1mb"_s, u"a\rb"_s, u"\u202e"_s, u"\x7f"_s}) {
        INFO(s.toStdString());
        CHECK(input::hasControlCharacters(s) == (input::clean(s) != s));
    }
}

TEST_CASE("input: the UTF-8 form of hasControlCharacters answers as the text form does", "[input]")
{
    // Every character of each range's edges and neighbours, alone and between Han characters.
    QList<char32_t> characters{0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9B, 0x9F, 0xA0,
                               0x2029, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x6CD5, 0x1F600};
    for (const char32_t c : characters) {
        const QString alone = QString::fromUcs4(&c, 1);
        for (const QString &s : QStringList{alone, u"法治"_s + alone + u"政府"_s}) {
            INFO(uint(c));
            CHECK(input::hasControlCharacters(QByteArrayView(s.toUtf8())) == input::hasControlCharacters(s));
        }
    }
    CHECK_FALSE(input::hasControlCharacters(QByteArrayView("{\"unit\":\"\\u001b[31m\"}\n")));
}

TEST_CASE("input: significant digits of a decimal", "[input]")
{
    CHECK(input::significantDigits(u"0") == 0);
    CHECK(input::significantDigits(u"8") == 1);
    CHECK(input::significantDigits(u"1500") == 4);
    CHECK(input::significantDigits(u"0012.500") == 3);
    CHECK(input::significantDigits(u"0.05") == 1);
    CHECK(input::significantDigits(u"99999999999999999999999999") == 26);
    CHECK(input::significantDigits(u"1.2.3") == -1);
    CHECK(input::significantDigits(u"12a") == -1);
    CHECK(input::significantDigits(u"") == -1);
}

TEST_CASE("input: a decimal is stored exactly up to 15 significant digits and 2^53", "[input]")
{
    CHECK(input::storesExactly(u"123456789012345", 123456789012345.0));
    CHECK(input::storesExactly(u"1.9", 19000.0)); // 1.9万
    CHECK_FALSE(input::storesExactly(u"1234567890123456", 1234567890123456.0));
    CHECK_FALSE(input::storesExactly(u"99999999999999999999999999", 1e26));
    CHECK_FALSE(input::storesExactly(u"100000000000", 1e19)); // 1000亿亿: few digits, but above 2^53
    CHECK(input::storesExactly(u"90071992547409", 9007199254740900.0)); // 14 digits times 100, below 2^53
    CHECK_FALSE(input::storesExactly(u"x", 1));
}
