// SPDX-License-Identifier: GPL-3.0-or-later
// The Word document follows GB/T 9704-2012 through real named styles.
#include "ExportTestSupport.h"

#include "DocxExporter.h"
#include "Exporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

QXmlStreamAttributes style(const QByteArray &styles, const QString &id, const QString &element)
{
    QXmlStreamReader r(styles);
    bool inside = false;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:style"_s)
            inside = r.attributes().value(u"w:styleId"_s) == id;
        else if (t == QXmlStreamReader::EndElement && r.qualifiedName() == u"w:style"_s)
            inside = false;
        else if (t == QXmlStreamReader::StartElement && inside && r.qualifiedName() == element)
            return r.attributes();
    }
    return {};
}

/// The text of each paragraph with its style id ("" for Normal).
QList<std::pair<QString, QString>> paragraphs(const QByteArray &document)
{
    QList<std::pair<QString, QString>> out;
    QXmlStreamReader r(document);
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:p"_s)
            out.append({QString(), QString()});
        else if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:pStyle"_s && !out.isEmpty())
            out.last().first = r.attributes().value(u"w:val"_s).toString();
        else if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:t"_s && !out.isEmpty())
            out.last().second += r.readElementText();
    }
    return out;
}

} // namespace

TEST_CASE("DOCX pages are A4 with the official margins and a 22-line, 28-character grid", "[docx]")
{
    const auto parts = DocxExporter::parts(fixtureDocument(u"siping-town-2025"_s));
    const QByteArray doc = parts.value(u"word/document.xml"_s);
    const auto size = elements(doc, u"w:pgSz"_s);
    REQUIRE(size.size() == 1);
    CHECK(attr(size.first(), u"w:w"_s) == u"11906"_s);
    CHECK(attr(size.first(), u"w:h"_s) == u"16838"_s);
    const auto margins = elements(doc, u"w:pgMar"_s).first();
    CHECK(attr(margins, u"w:top"_s) == u"2098"_s);    // 37 mm
    CHECK(attr(margins, u"w:bottom"_s) == u"1984"_s); // 35 mm
    CHECK(attr(margins, u"w:left"_s) == u"1587"_s);   // 28 mm
    CHECK(attr(margins, u"w:right"_s) == u"1474"_s);  // 26 mm
    const auto grid = elements(doc, u"w:docGrid"_s).first();
    CHECK(attr(grid, u"w:type"_s) == u"linesAndChars"_s);
    CHECK(attr(grid, u"w:linePitch"_s) == u"579"_s);
    // 28 cells of 16 pt + charSpace/4096 pt fill the 156 mm (8845 twips) line the margins leave.
    const int line = attr(size.first(), u"w:w"_s).toInt() - attr(margins, u"w:left"_s).toInt() -
                     attr(margins, u"w:right"_s).toInt();
    const double cell = 16 + attr(grid, u"w:charSpace"_s).toDouble() / 4096;
    CHECK(int((line / 20.0) / cell) == 28);
    // Exactly 22 lines of linePitch fit the 225 mm (12756 twips) text block the page and its margins leave.
    const int linePitch = attr(grid, u"w:linePitch"_s).toInt();
    const int block = attr(size.first(), u"w:h"_s).toInt() - attr(margins, u"w:top"_s).toInt() -
                      attr(margins, u"w:bottom"_s).toInt();
    REQUIRE(linePitch > 0);
    CHECK(22 * linePitch <= block);
    CHECK(23 * linePitch > block);
}

TEST_CASE("DOCX styles carry the official fonts, sizes and indents", "[docx]")
{
    const QByteArray styles =
        DocxExporter::parts(fixtureDocument(u"jiangjin-cgj-2025"_s)).value(u"word/styles.xml"_s);
    const auto fonts = [&](const QString &id) { return style(styles, id, u"w:rFonts"_s); };
    const auto size = [&](const QString &id) { return attr(style(styles, id, u"w:sz"_s), u"w:val"_s); };
    CHECK(attr(fonts(u"Normal"_s), u"w:eastAsia"_s) == u"仿宋_GB2312"_s);
    CHECK(attr(fonts(u"Normal"_s), u"w:ascii"_s) == u"Times New Roman"_s);
    CHECK(attr(fonts(u"Normal"_s), u"w:hAnsi"_s) == u"Times New Roman"_s);
    CHECK(size(u"Normal"_s) == u"32"_s);
    CHECK(attr(style(styles, u"Normal"_s, u"w:ind"_s), u"w:firstLineChars"_s) == u"200"_s);
    CHECK(attr(style(styles, u"Normal"_s, u"w:spacing"_s), u"w:line"_s) == u"579"_s);
    CHECK(attr(style(styles, u"Normal"_s, u"w:spacing"_s), u"w:lineRule"_s) == u"exact"_s);

    CHECK(attr(fonts(u"Title"_s), u"w:eastAsia"_s) == u"方正小标宋简体"_s);
    CHECK(size(u"Title"_s) == u"44"_s);
    CHECK(attr(style(styles, u"Title"_s, u"w:jc"_s), u"w:val"_s) == u"center"_s);
    CHECK(attr(style(styles, u"Title"_s, u"w:ind"_s), u"w:firstLineChars"_s) == u"0"_s);

    CHECK(attr(fonts(u"Heading1"_s), u"w:eastAsia"_s) == u"黑体"_s);
    CHECK(attr(style(styles, u"Heading1"_s, u"w:name"_s), u"w:val"_s) == u"heading 1"_s);
    CHECK(attr(style(styles, u"Heading1"_s, u"w:outlineLvl"_s), u"w:val"_s) == u"0"_s);
    CHECK(attr(fonts(u"Heading2"_s), u"w:eastAsia"_s) == u"楷体_GB2312"_s);
    CHECK(attr(fonts(u"Heading2Char"_s), u"w:eastAsia"_s) == u"楷体_GB2312"_s);

    CHECK(attr(style(styles, u"Addressee"_s, u"w:ind"_s), u"w:firstLineChars"_s) == u"0"_s);
    CHECK(attr(style(styles, u"IssuerSignature"_s, u"w:jc"_s), u"w:val"_s) == u"right"_s);
    CHECK(attr(style(styles, u"IssuerSignature"_s, u"w:ind"_s), u"w:rightChars"_s) == u"200"_s);
    CHECK(attr(style(styles, u"WrittenDate"_s, u"w:ind"_s), u"w:rightChars"_s) == u"400"_s);

    CHECK(attr(fonts(u"PageNumberOdd"_s), u"w:eastAsia"_s) == u"宋体"_s);
    CHECK(size(u"PageNumberOdd"_s) == u"28"_s);
    CHECK(attr(style(styles, u"PageNumberOdd"_s, u"w:jc"_s), u"w:val"_s) == u"right"_s);
    CHECK(attr(style(styles, u"PageNumberEven"_s, u"w:jc"_s), u"w:val"_s) == u"left"_s);
}

TEST_CASE("DOCX paragraphs use the named styles, with run-in headings as styled runs", "[docx]")
{
    const ReportDocument report = fixtureDocument(u"jiangjin-cgj-2025"_s);
    const QByteArray doc = DocxExporter::parts(report).value(u"word/document.xml"_s);
    CHECK(elements(doc, u"w:rFonts"_s).isEmpty()); // fonts come from styles only
    CHECK(elements(doc, u"w:sz"_s).isEmpty());
    const auto paras = paragraphs(doc);
    REQUIRE(paras.size() > 10);
    CHECK(paras.first().first == u"Title"_s);
    CHECK(paras.at(1) == std::pair{QString(), QString()}); // one blank line under the title
    CHECK(paras.at(2) == std::pair{u"Addressee"_s, u"区委、区政府："_s});
    int headings1 = 0;
    for (const auto &[styleId, text] : paras)
        if (styleId == u"Heading1"_s) {
            ++headings1;
            CHECK((text.startsWith(u"一、"_s) || text.startsWith(u"二、"_s) || text.startsWith(u"三、"_s) ||
                   text.startsWith(u"四、"_s)));
        }
    CHECK(headings1 == 4);
    // Run-in level-2 headings: a run in the 楷体 character style at the start of a body paragraph.
    const auto runStyles = elements(doc, u"w:rStyle"_s);
    CHECK(runStyles.size() == 6);
    const auto signatures = std::count_if(paras.cbegin(), paras.cend(),
                                          [](const auto &p) { return p.first == u"IssuerSignature"_s; });
    CHECK(signatures == 2);
    CHECK(paras.last() == std::pair{u"WrittenDate"_s, u"2026年1月21日"_s});
}

TEST_CASE("DOCX page numbers are PAGE fields at the outer side of odd and even pages", "[docx]")
{
    const auto parts = DocxExporter::parts(fixtureDocument(u"jiulongpo-cgj-2023"_s));
    CHECK(elements(parts.value(u"word/settings.xml"_s), u"w:evenAndOddHeaders"_s).size() == 1);
    const auto refs = elements(parts.value(u"word/document.xml"_s), u"w:footerReference"_s);
    REQUIRE(refs.size() == 2);
    CHECK(attr(refs.at(0), u"w:type"_s) == u"default"_s);
    CHECK(attr(refs.at(1), u"w:type"_s) == u"even"_s);
    for (const auto &[name, styleId] : {std::pair{u"word/footer1.xml"_s, u"PageNumberOdd"_s},
                                        std::pair{u"word/footer2.xml"_s, u"PageNumberEven"_s}}) {
        const QByteArray footer = parts.value(name);
        CHECK(attr(elements(footer, u"w:pStyle"_s).value(0), u"w:val"_s) == styleId);
        CHECK(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
        CHECK(QString::fromUtf8(footer).contains(u"— "_s));
        CHECK(QString::fromUtf8(footer).contains(u" —"_s));
    }
}

TEST_CASE("A DOCX package is a zip with content types first and title and author in its properties", "[docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"报告.docx"_s);
    auto exporter = Exporter::create(u"docx"_s);
    REQUIRE(exporter);
    REQUIRE(exporter->write(fixtureDocument(u"siping-town-2025"_s), path));
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    const QStringList names = zip.getFileNameList();
    CHECK(names.first() == u"[Content_Types].xml"_s);
    for (const QString &part :
         {u"word/document.xml"_s, u"word/styles.xml"_s, u"word/footer1.xml"_s, u"word/footer2.xml"_s,
          u"docProps/core.xml"_s, u"_rels/.rels"_s, u"word/_rels/document.xml.rels"_s})
        CHECK(names.contains(part));
    REQUIRE(zip.setCurrentFile(u"docProps/core.xml"_s));
    QuaZipFile core(&zip);
    REQUIRE(core.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(core.readAll());
    CHECK(text.contains(
        u"<dc:title>中共重庆市江津区四屏镇委员会 重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告</dc:title>"_s));
    CHECK(text.contains(u"<dc:creator>重庆市江津区四屏镇人民政府</dc:creator>"_s));
}

TEST_CASE("The title splits into lines where its meaning stays whole", "[docx][title]")
{
    const QByteArray doc =
        DocxExporter::parts(fixtureDocument(u"siping-town-2025"_s)).value(u"word/document.xml"_s);
    const QString text = QString::fromUtf8(doc);
    CHECK(text.contains(
        u"<w:t>中共重庆市江津区四屏镇委员会</w:t><w:br/><w:t>重庆市江津区四屏镇人民政府</w:t><w:br/><w:t>关于2025年法治政府建设情况的报告</w:t>"_s));
}
