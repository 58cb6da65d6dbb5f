// SPDX-License-Identifier: GPL-3.0-or-later
// OFD (GB/T 33190-2016): the PDF's pages as an OFD package, with its text and its fonts (subsets) inside.
#include "ExportTestSupport.h"

#include "OfdExporter.h"
#include "OfdFontSubset.h"
#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "PdfExporter.h"
#include "text/ReportLayout.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDate>
#include <QFileInfo>
#include <QPainterPath>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

/// Every file of a zip package by its path.
QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::ReadOnly));
        parts.insert(zip.getCurrentFileName(), file.readAll());
    }
    return parts;
}

/// The text of the only element `qualifiedName` in `xml`.
QString elementText(const QByteArray &xml, const QString &qualifiedName)
{
    QXmlStreamReader reader(xml);
    QStringList found;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == qualifiedName)
            found << reader.readElementText();
    REQUIRE_FALSE(reader.hasError());
    REQUIRE(found.size() == 1);
    return found.first();
}

QList<double> numbers(const QString &list)
{
    QList<double> out;
    for (const QString &n : list.split(u' ', Qt::SkipEmptyParts))
        out << n.toDouble();
    return out;
}

/// One character of a page as the OFD places it: absolute position in millimetres, and its font.
struct OfdChar
{
    QString text;
    QPointF at;
    int font = 0;
    double size = 0;
};

/// The characters of one Content.xml in document order, positions resolved from Boundary, X, Y and DeltaX.
QList<OfdChar> pageCharacters(const QByteArray &xml)
{
    QList<OfdChar> out;
    QXmlStreamReader reader(xml);
    QList<double> boundary;
    int font = 0;
    double size = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.qualifiedName() == u"ofd:TextObject"_s) {
            boundary = numbers(reader.attributes().value(u"Boundary"_s).toString());
            REQUIRE(boundary.size() == 4);
            font = reader.attributes().value(u"Font"_s).toInt();
            size = reader.attributes().value(u"Size"_s).toDouble();
        } else if (reader.qualifiedName() == u"ofd:TextCode"_s) {
            double x = boundary.at(0) + reader.attributes().value(u"X"_s).toDouble();
            const double y = boundary.at(1) + reader.attributes().value(u"Y"_s).toDouble();
            const QList<double> deltas = numbers(reader.attributes().value(u"DeltaX"_s).toString());
            const QList<uint> ucs = reader.readElementText().toUcs4();
            REQUIRE(deltas.size() == ucs.size() - 1);
            for (int i = 0; i < ucs.size(); ++i) {
                if (i > 0)
                    x += deltas.at(i - 1);
                out.append({QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs.at(i)), 1), {x, y}, font,
                            size});
            }
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return out;
}

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(u"\\s"_s));
    return s;
}

QString pdfPageText(const QString &pdf, int page)
{
    return tool(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
}

constexpr double mmPerPoint = 25.4 / 72.0;

} // namespace

TEST_CASE("OFD export: the package, its document information, A4 pages with the official boxes", "[ofd]")
{
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        const QString path = dir.filePath(name + u".ofd"_s);
        OfdExporter ofd;
        REQUIRE(ofd.write(doc, path));
        PdfExporter pdf;
        REQUIRE(pdf.write(doc, dir.filePath(name + u".pdf"_s)));
        CHECK(ofd.pageCount() == pdf.pageCount());
        CHECK(ofd.pageCount() >= 5);
        CHECK(ofd.notes() == pdf.notes()); // the same substitute fonts, said the same way
        CHECK(QFileInfo(path).size() < 1024 * 1024);

        const QMap<QString, QByteArray> parts = unzip(path);
        // The entry point, then the document, its resources, one content part per page and the report's data
        // as an attachment, nothing else.
        QStringList expected{u"OFD.xml"_s, u"Doc_0/Document.xml"_s, u"Doc_0/PublicRes.xml"_s,
                             u"Doc_0/Attachs/Attachments.xml"_s, u"Doc_0/Attachs/fazhi-report.json"_s};
        for (int i = 0; i < ofd.pageCount(); ++i)
            expected << u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(i);
        for (const QString &part : std::as_const(expected))
            CHECK(parts.contains(part));
        for (const QString &part : parts.keys())
            CHECK((expected.contains(part) || part.startsWith(u"Doc_0/Res/font_"_s)));

        const QByteArray ofdXml = parts.value(u"OFD.xml"_s);
        CHECK(elementText(ofdXml, u"ofd:DocRoot"_s) == u"Doc_0/Document.xml"_s);
        CHECK(elementText(ofdXml, u"ofd:Title"_s) == doc.report.title);
        CHECK(elementText(ofdXml, u"ofd:Author"_s) == doc.unit.fullName);
        CHECK(elementText(ofdXml, u"ofd:Creator"_s) == u"法治报告工作台"_s);
        CHECK(QDate::fromString(elementText(ofdXml, u"ofd:CreationDate"_s), Qt::ISODate) == QDate::currentDate());
        CHECK(elementText(ofdXml, u"ofd:DocID"_s).size() == 32);
        const QXmlStreamAttributes root = elements(ofdXml, u"ofd:OFD"_s).first();
        CHECK(attr(root, u"Version"_s) == u"1.0"_s);
        CHECK(attr(root, u"DocType"_s) == u"OFD"_s);

        const QByteArray document = parts.value(u"Doc_0/Document.xml"_s);
        CHECK(numbers(elementText(document, u"ofd:PhysicalBox"_s)) == QList<double>{0, 0, 210, 297});
        CHECK(numbers(elementText(document, u"ofd:ContentBox"_s)) == QList<double>{28, 37, 156, 225});
        CHECK(elementText(document, u"ofd:PublicRes"_s) == u"PublicRes.xml"_s);
        const QList<QXmlStreamAttributes> pages = elements(document, u"ofd:Page"_s);
        REQUIRE(pages.size() == ofd.pageCount());
        for (int i = 0; i < pages.size(); ++i)
            CHECK(attr(pages.at(i), u"BaseLoc"_s) == u"Pages/Page_%1/Content.xml"_s.arg(i));

        // Object IDs are unique in the document, and MaxUnitID is the largest.
        QSet<int> ids;
        int largest = 0;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().endsWith(u".xml"_s))
                continue;
            QXmlStreamReader reader(it.value());
            while (!reader.atEnd())
                if (reader.readNext() == QXmlStreamReader::StartElement && reader.attributes().hasAttribute(u"ID"_s)) {
                    const int id = reader.attributes().value(u"ID"_s).toInt();
                    CHECK(id > 0);
                    CHECK_FALSE(ids.contains(id));
                    ids.insert(id);
                    largest = std::max(largest, id);
                }
        }
        CHECK(elementText(document, u"ofd:MaxUnitID"_s).toInt() == largest);
    }
}

/// Where pdftotext reads the PDF wrong: Qt's text layer names the glyph of 户 (U+6237) as 戶 (U+6236) in
/// Noto CJK SC (a fault of the PDF's ToUnicode map, not of the layout). The OFD keeps the report's own
/// character, and the test allows exactly these readings and no other difference.
bool pdfMisreads(QChar report, QChar pdf)
{
    return report == QChar(0x6237) && pdf == QChar(0x6236);
}

TEST_CASE("Each OFD page holds the text of the PDF's page, as text", "[ofd]")
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        FAZHI_SKIP("pdftotext (poppler-utils) is not installed");
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        const QString ofdPath = dir.filePath(name + u".ofd"_s);
        const QString pdfPath = dir.filePath(name + u".pdf"_s);
        const QList<OfficialPage> pages = paginator.paginate(ReportLayout::build(doc));
        OfdExporter ofd;
        REQUIRE(ofd.write(doc, ofdPath));
        PdfExporter pdf;
        REQUIRE(pdf.write(doc, pdfPath));
        REQUIRE(pdfPages(pdfPath) == ofd.pageCount());
        const QMap<QString, QByteArray> parts = unzip(ofdPath);
        for (int page = 1; page <= ofd.pageCount(); ++page) {
            INFO("page " << page);
            QString text;
            for (const OfdChar &c : pageCharacters(parts.value(u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(page - 1))))
                text += c.text;
            const QString expected = withoutSpaces(pdfPageText(pdfPath, page));
            text = withoutSpaces(text);
            REQUIRE_FALSE(expected.isEmpty());
            REQUIRE(text.size() == expected.size());
            // The report's characters on this page, as laid out.
            QString laidOut;
            for (const OfficialLine &line : pages.at(page - 1).lines)
                for (const OfficialRun &run : line.runs)
                    laidOut += run.text;
            CHECK(text == withoutSpaces(laidOut));
            QStringList differences;
            for (int i = 0; i < text.size(); ++i)
                if (text.at(i) != expected.at(i) && !pdfMisreads(text.at(i), expected.at(i)))
                    differences << text.mid(std::max(0, i - 5), 10) + u" ≠ "_s + expected.mid(std::max(0, i - 5), 10);
            CHECK(differences.join(u" | "_s) == QString());
            CHECK(text.endsWith(u"—%1—"_s.arg(page)));
        }
    }
}

TEST_CASE("OFD characters stand where the PDF's glyphs stand, inside the text block", "[ofd]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        const QList<OfficialPage> pages = paginator.paginate(ReportLayout::build(doc));
        const QString path = dir.filePath(name + u".ofd"_s);
        OfdExporter ofd;
        REQUIRE(ofd.write(doc, path));
        const QMap<QString, QByteArray> parts = unzip(path);
        REQUIRE(pages.size() == ofd.pageCount());
        for (int p = 0; p < pages.size(); ++p) {
            INFO("page " << p + 1);
            // The paginator's glyphs in order, spaces left out (they draw nothing).
            QList<QPair<QString, QPointF>> glyphs;
            for (const OfficialLine &line : pages.at(p).lines)
                for (const OfficialRun &run : line.runs) {
                    const QList<uint> ucs = run.text.toUcs4();
                    REQUIRE(ucs.size() == run.positions.size());
                    for (int i = 0; i < ucs.size(); ++i)
                        if (ucs.at(i) != u' ')
                            glyphs.append({QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs.at(i)), 1),
                                           run.positions.at(i) * mmPerPoint});
                }
            QList<OfdChar> chars = pageCharacters(parts.value(u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(p)));
            chars.removeIf([](const OfdChar &c) { return c.text == u" "_s; });
            REQUIRE(chars.size() == glyphs.size());
            int misplaced = 0;
            for (int i = 0; i < chars.size(); ++i) {
                CHECK(chars.at(i).text == glyphs.at(i).first);
                if (std::abs(chars.at(i).at.x() - glyphs.at(i).second.x()) > 0.01 ||
                    std::abs(chars.at(i).at.y() - glyphs.at(i).second.y()) > 0.01) {
                    if (!misplaced)
                        WARN("first misplaced: " << i << " " << chars.at(i).text.toStdString() << " at "
                                                 << chars.at(i).at.x() << "," << chars.at(i).at.y() << " want "
                                                 << glyphs.at(i).second.x() << "," << glyphs.at(i).second.y());
                    ++misplaced;
                }
            }
            CHECK(misplaced == 0);
            // Body text on the grid's rows inside the 156 × 225 mm block; the page number below it, at the
            // right on odd pages and at the left on even ones.
            const double pageNumberTop = 37 + 225;
            double numberX = -1;
            for (const OfdChar &c : chars) {
                CHECK(c.at.x() >= 28 - 0.1); // a full-width glyph (16 pt) is centred in its 15.79 pt cell
                CHECK(c.at.x() <= 210 - 26 + 5.7); // a closing mark may hang in the right margin
                if (c.at.y() > pageNumberTop) {
                    CHECK(c.at.y() < 297 - 20);
                    numberX = numberX < 0 ? c.at.x() : numberX;
                } else {
                    CHECK(c.at.y() > 37);
                }
            }
            REQUIRE(numberX > 0);
            if ((p + 1) % 2)
                CHECK(numberX > 150);
            else
                CHECK(numberX < 60);
        }
    }
}

TEST_CASE("OFD embeds each font as a subset that maps every character drawn to its own glyph", "[ofd]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        paginator.paginate(ReportLayout::build(doc));
        const QList<QRawFont> originals = paginator.usedFonts();
        const QString path = dir.filePath(name + u".ofd"_s);
        OfdExporter ofd;
        REQUIRE(ofd.write(doc, path));
        const QMap<QString, QByteArray> parts = unzip(path);

        // The characters drawn with each font.
        QHash<int, QSet<char32_t>> used;
        for (int p = 0; p < ofd.pageCount(); ++p)
            for (const OfdChar &c : pageCharacters(parts.value(u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(p))))
                used[c.font].insert(c.text.toUcs4().first());

        const QList<QXmlStreamAttributes> declared = elements(parts.value(u"Doc_0/PublicRes.xml"_s), u"ofd:Font"_s);
        REQUIRE(declared.size() >= 2); // the body and the page numbers, at least
        QXmlStreamReader res(parts.value(u"Doc_0/PublicRes.xml"_s));
        QStringList files;
        while (!res.atEnd())
            if (res.readNext() == QXmlStreamReader::StartElement && res.qualifiedName() == u"ofd:FontFile"_s)
                files << res.readElementText();
        REQUIRE(files.size() == declared.size());
        CHECK(attr(elements(parts.value(u"Doc_0/PublicRes.xml"_s), u"ofd:Res"_s).first(), u"BaseLoc"_s) == u"Res"_s);

        for (int f = 0; f < declared.size(); ++f) {
            const int id = attr(declared.at(f), u"ID"_s).toInt();
            INFO("font " << attr(declared.at(f), u"FontName"_s).toStdString());
            const QByteArray data = parts.value(u"Doc_0/Res/"_s + files.at(f));
            REQUIRE_FALSE(data.isEmpty());
            const QRawFont subset(data, 16);
            REQUIRE(subset.isValid());
            CHECK(subset.familyName() == attr(declared.at(f), u"FamilyName"_s));
            // The face it was cut from: the paginator's font of that name.
            QRawFont original;
            for (const QRawFont &o : originals)
                if (o.isValid() && o.familyName() == subset.familyName() && o.styleName() == subset.styleName())
                    original = o;
            REQUIRE(original.isValid());
            CHECK(data.size() * 20 < OfdFontSubset::faceSize(original));
            REQUIRE(used.contains(id));
            int checkedOutlines = 0;
            for (const char32_t c : std::as_const(used[id])) {
                INFO("U+" << QString::number(c, 16).toStdString());
                if (!original.supportsCharacter(c))
                    continue; // drawn as the font's .notdef in the PDF too
                REQUIRE(subset.supportsCharacter(c));
                // Not only mapped: the subset's glyph for it is the original's outline. (Outlines are slow to
                // read from CFF; a sample of the characters is enough.)
                if (checkedOutlines++ % 7)
                    continue;
                const QChar ch[2] = {QChar::requiresSurrogates(c) ? QChar::highSurrogate(c) : QChar(char16_t(c)),
                                     QChar::lowSurrogate(c)};
                quint32 a = 0, b = 0;
                int n = 1;
                REQUIRE(subset.glyphIndexesForChars(ch, QChar::requiresSurrogates(c) ? 2 : 1, &a, &n));
                n = 1;
                REQUIRE(original.glyphIndexesForChars(ch, QChar::requiresSurrogates(c) ? 2 : 1, &b, &n));
                QRawFont sized = original;
                sized.setPixelSize(16);
                const QPainterPath ours = subset.pathForGlyph(a);
                const QPainterPath theirs = sized.pathForGlyph(b);
                CHECK(ours.elementCount() == theirs.elementCount());
                CHECK(ours.boundingRect() == theirs.boundingRect());
            }
        }
    }
}

TEST_CASE("fazhi render writes OFD from a report file and from the database", "[ofd][cli][render]")
{
    REQUIRE(QFileInfo::exists(QStringLiteral(FAZHI_CLI_PATH)));
    CliSession cli;
    const QString fromFile = cli.dir.filePath(u"报告.ofd"_s);
    const CliResult r = cli({u"render"_s, testData(u"render/siping-town-2025.md"_s), u"--format"_s, u"ofd"_s,
                             u"-o"_s, fromFile});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QMap<QString, QByteArray> parts = unzip(fromFile);
    CHECK(parts.contains(u"Doc_0/Document.xml"_s)); // the package is there
    CHECK(elementText(parts.value(u"OFD.xml"_s), u"ofd:Title"_s).contains(u"四屏镇"_s));

    REQUIRE(cli({u"import"_s, fixture(u"jiangjin-cgj-2025.txt"_s)}).exitCode == 0);
    const QString fromDb = cli.dir.filePath(u"db.ofd"_s); // the format from the file name's suffix
    const CliResult db = cli({u"render"_s, u"--report"_s, u"1"_s, u"-o"_s, fromDb});
    INFO(db.err.toStdString());
    REQUIRE(db.exitCode == 0);
    CHECK(elementText(unzip(fromDb).value(u"OFD.xml"_s), u"ofd:Author"_s).contains(u"江津区"_s));
}
