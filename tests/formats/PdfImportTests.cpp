// SPDX-License-Identifier: GPL-3.0-or-later
// PDF with a text layer: our own export, LibreOffice's, and one whose text is stored out of reading order,
// each imported with the same unit, year, parts, 成文日期 and figures as the report's text.
#include "FormatTestSupport.h"

#include "FormatReaders.h"
#include "Exporter.h"
#include "PdfExporter.h"
#include "ScanReader.h"
#include "import/EmbeddedReport.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

/// The PDF's visible text only (the data an export carries left out), imported.
ImportResult importVisibleText(const QByteArray &pdf)
{
    ExtractedText text = ScanReader::readPdf(pdf, {});
    text.embeddedData.clear();
    return Importer::importExtracted(text);
}

/// A plain PDF of the report's text, set line by line in a CJK face, with every page's lines painted
/// bottom to top (so the text layer's order is the reverse of the reading order) and a page number.
QByteArray scrambledPdf(const ReportDocument &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter(&writer);
    QFont font(u"Noto Serif CJK SC"_s);
    font.setPixelSize(16);
    painter.setFont(font);
    const int perLine = 28;
    struct Line
    {
        QString text;
        double x;
    };
    QList<QList<Line>> pages{{}};
    for (const QString &paragraph : ReportLayout::build(doc).plainText().split(u'\n')) {
        const QString p = paragraph.trimmed();
        if (p.isEmpty())
            continue;
        qsizetype at = 0;
        bool first = true;
        while (at < p.size()) {
            int room = perLine - (first ? 2 : 0);
            // As word processors do, a Latin word or a number is not broken over two lines.
            const auto latin = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
            while (room > 4 && at + room < p.size() && latin(p.at(at + room - 1)) && latin(p.at(at + room)))
                --room;
            if (pages.last().size() == 22)
                pages.append(QList<Line>{});
            pages.last().append({p.mid(at, room), 79.0 + (first ? 32 : 0)});
            at += room;
            first = false;
        }
    }
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0)
            writer.newPage();
        const QList<Line> &lines = pages.at(n);
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            const Line &l = lines.at(i);
            // Spread over the full width as a justified line is, so full lines reach the margin: the
            // space goes between Chinese characters, Latin letters and digits keep their own widths.
            const bool full = l.x + l.text.size() * 16.0 >= 79 + (perLine - 4) * 16;
            const QFontMetricsF metrics(font, &writer);
            double latinWidth = 0;
            int han = 0;
            for (const QChar c : l.text)
                c.unicode() < 0x80 ? latinWidth += metrics.horizontalAdvance(c) : ++han;
            const double step = full && han > 0 ? (79 + perLine * 16.0 - l.x - latinWidth) / han : 16;
            double x = l.x;
            for (const QChar c : l.text) {
                painter.drawText(QPointF(x, 120 + i * 28.9), QString(c));
                x += c.unicode() < 0x80 ? metrics.horizontalAdvance(c) : step;
            }
        }
        painter.drawText(QPointF(280, 800), u"— %1 —"_s.arg(n + 1));
    }
    painter.end();
    return bytes;
}

} // namespace

TEST_CASE("Our own PDF of each published report reads back as its text", "[formats][pdf]")
{
    for (const QString &name : test::fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = test::fixtureDocument(name);
        PdfExporter exporter;
        const QByteArray pdf = exporter.render(doc);
        test::requireSameReport(importVisibleText(pdf), test::textImport(doc));
    }
}

TEST_CASE("A PDF whose text layer is stored out of reading order reads in reading order", "[formats][pdf]")
{
    const ReportDocument doc = test::fixtureDocument(u"jiangjin-cgj-2025"_s);
    const QByteArray pdf = scrambledPdf(doc);
    // The text layer really is upside down: pdftotext's raw order puts the last line of page 1 first.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scrambled.pdf"_s);
    test::writeFile(path, pdf);
    QString raw;
    REQUIRE(test::runTool(u"pdftotext"_s, {u"-raw"_s, u"-l"_s, u"1"_s, path, u"-"_s}, &raw) == 0);
    CHECK_FALSE(raw.trimmed().startsWith(u"重庆市江津区"_s));

    const ImportResult r = Importer::importFile(path);
    test::requireSameReport(r, test::textImport(doc));
    CHECK(r.repairs.join(u'\n').contains(u"页码"_s));
}

TEST_CASE("LibreOffice's PDF of a published report's text reads back as the text", "[formats][pdf][libreoffice]")
{
    QTemporaryDir dir;
    const QString txt = dir.filePath(u"jiulongpo.txt"_s);
    REQUIRE(QFile::copy(test::fixture(u"jiulongpo-cgj-2023.txt"_s), txt));
    const QString pdf = test::libreOfficeConvert(txt, u"pdf"_s, dir.path());
    test::requireSameReport(Importer::importFile(pdf), Importer::importFile(txt));
}

TEST_CASE("LibreOffice's PDF of our Word file reads back as the report's text", "[formats][pdf][libreoffice]")
{
    const ReportDocument doc = test::fixtureDocument(u"siping-town-2025"_s);
    QTemporaryDir dir;
    const QString docx = dir.filePath(u"siping.docx"_s);
    auto exporter = Exporter::create(u"docx"_s);
    REQUIRE(exporter->write(doc, docx));
    const QString pdf = test::libreOfficeConvert(docx, u"pdf"_s, dir.path());
    const ImportResult r = Importer::importFile(pdf);
    CHECK_FALSE(r.repairs.join(u'\n').contains(u"报告数据"_s)); // read from its text, not from data
    test::requireSameReport(r, test::textImport(doc));
}
