// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxStyles.h"

#include "DocxXml.h"
#include "OfficialFonts.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi::docx {

namespace {

using Role = OfficialFonts::Role;

const QString latin = u"Times New Roman"_s;

struct Para
{
    bool keepNext = false;
    bool keepLines = false;
    bool snapToGrid = true;
    int firstLineChars = 200; ///< hundredths of a character; -1 to leave unset
    int leftChars = 0;
    int rightChars = 0;
    QString jc = u"both"_s;
    int outline = -1;
    bool exactLine = true;
};

/// Characters in a role's official font (w:eastAsia) and size.
struct Run
{
    Role role = OfficialFonts::Body;
    QString ascii = latin;
    bool clearBold = false;
    /// Horizontal scale in percent. Text on the character grid is set at 98 %: Word and WPS fit 三号
    /// characters into the 15.79 pt cells either way, but LibreOffice gives a character wider than its cell
    /// two cells.
    int scale = 98;
};

QString halfPoints(Role role)
{
    return QString::number(qRound(OfficialFonts::pointSize(role) * 2));
}

/// `charTwips`: one character of the paragraph's size, for the plain twips fallback of the indents.
void writePPr(QXmlStreamWriter &x, const Para &p, int charTwips)
{
    x.writeStartElement(u"w:pPr"_s);
    if (p.keepNext)
        x.writeEmptyElement(u"w:keepNext"_s);
    if (p.keepLines)
        x.writeEmptyElement(u"w:keepLines"_s);
    wEmpty(x, u"widowControl"_s, u"0"_s);
    // No extra space between Chinese and Latin text or digits: characters stay on the grid, as in the PDF.
    wEmpty(x, u"autoSpaceDE"_s, u"0"_s);
    wEmpty(x, u"autoSpaceDN"_s, u"0"_s);
    if (!p.snapToGrid)
        wEmpty(x, u"snapToGrid"_s, u"0"_s);
    x.writeEmptyElement(u"w:spacing"_s);
    x.writeAttribute(u"w:before"_s, u"0"_s);
    x.writeAttribute(u"w:after"_s, u"0"_s);
    x.writeAttribute(u"w:line"_s, p.exactLine ? QString::number(linePitch) : u"240"_s);
    x.writeAttribute(u"w:lineRule"_s, p.exactLine ? u"exact"_s : u"auto"_s);
    if (p.firstLineChars >= 0) {
        x.writeEmptyElement(u"w:ind"_s);
        // The same in twips for readers that ignore the *Chars attributes.
        x.writeAttribute(u"w:leftChars"_s, QString::number(p.leftChars));
        x.writeAttribute(u"w:left"_s, QString::number(p.leftChars * charTwips / 100));
        x.writeAttribute(u"w:rightChars"_s, QString::number(p.rightChars));
        x.writeAttribute(u"w:right"_s, QString::number(p.rightChars * charTwips / 100));
        x.writeAttribute(u"w:firstLineChars"_s, QString::number(p.firstLineChars));
        x.writeAttribute(u"w:firstLine"_s, QString::number(p.firstLineChars * charTwips / 100));
    }
    wEmpty(x, u"jc"_s, p.jc);
    if (p.outline >= 0)
        wEmpty(x, u"outlineLvl"_s, QString::number(p.outline));
    x.writeEndElement();
}

void writeRPr(QXmlStreamWriter &x, const Run &r)
{
    x.writeStartElement(u"w:rPr"_s);
    x.writeEmptyElement(u"w:rFonts"_s);
    x.writeAttribute(u"w:ascii"_s, r.ascii);
    x.writeAttribute(u"w:eastAsia"_s, OfficialFonts::officialName(r.role));
    x.writeAttribute(u"w:hAnsi"_s, r.ascii);
    x.writeAttribute(u"w:cs"_s, r.ascii);
    if (r.clearBold) {
        wEmpty(x, u"b"_s, u"0"_s);
        wEmpty(x, u"bCs"_s, u"0"_s);
        wEmpty(x, u"i"_s, u"0"_s);
        wEmpty(x, u"color"_s, u"auto"_s);
    }
    if (r.scale != 100)
        wEmpty(x, u"w"_s, QString::number(r.scale));
    wEmpty(x, u"sz"_s, halfPoints(r.role));
    wEmpty(x, u"szCs"_s, halfPoints(r.role));
    x.writeEndElement();
}

void writeStyle(QXmlStreamWriter &x, const QString &type, const QString &id, const QString &name,
                const QString &basedOn, const QString &link, const Para *p, const Run &r,
                bool isDefault = false)
{
    x.writeStartElement(u"w:style"_s);
    x.writeAttribute(u"w:type"_s, type);
    if (isDefault)
        x.writeAttribute(u"w:default"_s, u"1"_s);
    x.writeAttribute(u"w:styleId"_s, id);
    wEmpty(x, u"name"_s, name);
    if (!basedOn.isEmpty())
        wEmpty(x, u"basedOn"_s, basedOn);
    if (type == u"paragraph"_s && id != u"Normal"_s)
        wEmpty(x, u"next"_s, u"Normal"_s);
    if (!link.isEmpty())
        wEmpty(x, u"link"_s, link);
    x.writeEmptyElement(u"w:qFormat"_s);
    if (p)
        writePPr(x, *p, twips(OfficialFonts::pointSize(r.role)));
    writeRPr(x, r);
    x.writeEndElement();
}

} // namespace

QByteArray stylesXml()
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeStartElement(W, u"styles"_s);

    x.writeStartElement(u"w:docDefaults"_s);
    x.writeStartElement(u"w:rPrDefault"_s);
    x.writeStartElement(u"w:rPr"_s);
    x.writeEmptyElement(u"w:rFonts"_s);
    x.writeAttribute(u"w:ascii"_s, latin);
    x.writeAttribute(u"w:eastAsia"_s, OfficialFonts::officialName(OfficialFonts::Body));
    x.writeAttribute(u"w:hAnsi"_s, latin);
    x.writeAttribute(u"w:cs"_s, latin);
    wEmpty(x, u"kern"_s, u"2"_s);
    wEmpty(x, u"sz"_s, halfPoints(OfficialFonts::Body));
    wEmpty(x, u"szCs"_s, halfPoints(OfficialFonts::Body));
    x.writeEmptyElement(u"w:lang"_s);
    x.writeAttribute(u"w:val"_s, u"en-US"_s);
    x.writeAttribute(u"w:eastAsia"_s, u"zh-CN"_s);
    x.writeAttribute(u"w:bidi"_s, u"ar-SA"_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(u"w:pPrDefault"_s);
    x.writeStartElement(u"w:pPr"_s);
    x.writeEmptyElement(u"w:spacing"_s);
    x.writeAttribute(u"w:line"_s, QString::number(linePitch));
    x.writeAttribute(u"w:lineRule"_s, u"exact"_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // docDefaults

    const Para body;
    writeStyle(x, u"paragraph"_s, u"Normal"_s, u"Normal"_s, {}, {}, &body, {}, true);

    x.writeStartElement(u"w:style"_s);
    x.writeAttribute(u"w:type"_s, u"character"_s);
    x.writeAttribute(u"w:default"_s, u"1"_s);
    x.writeAttribute(u"w:styleId"_s, u"DefaultParagraphFont"_s);
    wEmpty(x, u"name"_s, u"Default Paragraph Font"_s);
    wEmpty(x, u"uiPriority"_s, u"1"_s);
    x.writeEmptyElement(u"w:semiHidden"_s);
    x.writeEmptyElement(u"w:unhideWhenUsed"_s);
    x.writeEndElement();

    const Para title{.keepNext = true, .snapToGrid = false, .firstLineChars = 0, .jc = u"center"_s};
    writeStyle(x, u"paragraph"_s, styleTitle, u"Title"_s, u"Normal"_s, {}, &title,
               {.role = OfficialFonts::Title, .clearBold = true, .scale = 100});
    const Para h1{.keepNext = true, .outline = 0};
    writeStyle(x, u"paragraph"_s, styleHeading1, u"heading 1"_s, u"Normal"_s, {}, &h1,
               {.role = OfficialFonts::Heading1, .clearBold = true});
    const Para h2{.keepNext = true, .outline = 1};
    writeStyle(x, u"paragraph"_s, styleHeading2, u"heading 2"_s, u"Normal"_s, styleHeading2Char, &h2,
               {.role = OfficialFonts::Heading2, .clearBold = true});
    writeStyle(x, u"character"_s, styleHeading2Char, u"Heading 2 Char"_s, u"DefaultParagraphFont"_s,
               styleHeading2, nullptr, {.role = OfficialFonts::Heading2});
    const Para addressee{.keepNext = true, .firstLineChars = 0, .jc = u"left"_s};
    writeStyle(x, u"paragraph"_s, styleAddressee, u"主送机关"_s, u"Normal"_s, {}, &addressee, {});
    // The signature block stays whole: each organ keeps with the next and the date, no line splits off.
    const Para signature{
        .keepNext = true, .keepLines = true, .firstLineChars = 0, .rightChars = 200, .jc = u"right"_s};
    writeStyle(x, u"paragraph"_s, styleSignature, u"发文机关署名"_s, u"Normal"_s, {}, &signature, {});
    const Para date{.keepLines = true, .firstLineChars = 0, .rightChars = 400, .jc = u"right"_s};
    writeStyle(x, u"paragraph"_s, styleDate, u"成文日期"_s, u"Normal"_s, {}, &date, {});
    writeStyle(x, u"paragraph"_s, styleNote, u"附注"_s, u"Normal"_s, {}, &body, {});

    const Para footer{.snapToGrid = false, .firstLineChars = 0, .jc = u"center"_s, .exactLine = false};
    const Run pageNumber{.role = OfficialFonts::PageNumber,
                         .ascii = OfficialFonts::officialName(OfficialFonts::PageNumber),
                         .scale = 100};
    writeStyle(x, u"paragraph"_s, u"Footer"_s, u"footer"_s, u"Normal"_s, {}, &footer, pageNumber);
    const Para odd{
        .snapToGrid = false, .firstLineChars = 0, .rightChars = 100, .jc = u"right"_s, .exactLine = false};
    writeStyle(x, u"paragraph"_s, stylePageNumberOdd, u"页码（奇数页）"_s, u"Footer"_s, {}, &odd, pageNumber);
    const Para even{
        .snapToGrid = false, .firstLineChars = 0, .leftChars = 100, .jc = u"left"_s, .exactLine = false};
    writeStyle(x, u"paragraph"_s, stylePageNumberEven, u"页码（偶数页）"_s, u"Footer"_s, {}, &even,
               pageNumber);

    x.writeEndElement(); // styles
    return xml.finish();
}

QByteArray fontTableXml()
{
    struct Font
    {
        QString name;
        QString alt;
        QString family;
        QString pitch;
    };
    const Font fonts[] = {
        {latin, {}, u"roman"_s, u"variable"_s},
        {OfficialFonts::officialName(OfficialFonts::Body), u"仿宋"_s, u"modern"_s, u"fixed"_s},
        {OfficialFonts::officialName(OfficialFonts::Title), u"宋体"_s, u"script"_s, u"fixed"_s},
        {OfficialFonts::officialName(OfficialFonts::Heading1), u"SimHei"_s, u"modern"_s, u"fixed"_s},
        {OfficialFonts::officialName(OfficialFonts::Heading2), u"楷体"_s, u"modern"_s, u"fixed"_s},
        {OfficialFonts::officialName(OfficialFonts::PageNumber), u"SimSun"_s, u"auto"_s, u"variable"_s},
    };
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeStartElement(W, u"fonts"_s);
    for (const Font &f : fonts) {
        x.writeStartElement(u"w:font"_s);
        x.writeAttribute(u"w:name"_s, f.name);
        if (!f.alt.isEmpty())
            wEmpty(x, u"altName"_s, f.alt);
        wEmpty(x, u"charset"_s, f.alt.isEmpty() ? u"00"_s : u"86"_s);
        wEmpty(x, u"family"_s, f.family);
        wEmpty(x, u"pitch"_s, f.pitch);
        x.writeEndElement();
    }
    x.writeEndElement();
    return xml.finish();
}

int charSpace()
{
    // Word measures the line in the section's whole twips, not in the paginator's exact millimetres.
    const qreal line = (pageWidth - marginLeft - marginRight) / 20.0;
    const qreal cell = line / OfficialPaginator::charsPerLine;
    return int(std::floor((cell - OfficialFonts::pointSize(OfficialFonts::Body)) * 4096));
}

} // namespace fazhi::docx
