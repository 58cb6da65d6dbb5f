// SPDX-License-Identifier: GPL-3.0-or-later
// Scans: pages without a text layer read by OCR, page by page, with progress and cancel, doubtful lines
// listed for the clerk. The scans are our own PDF of a published report rasterised at 200 dpi.
#include "FormatTestSupport.h"

#include "OcrEngine.h"
#include "PdfExporter.h"
#include "ScanReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

/// The report rendered by us to PDF and rasterised by pdftoppm at 200 dpi: one PNG a page, in order.
QStringList scannedPages(const ReportDocument &doc, const QString &dir, int lastPage = 0)
{
    PdfExporter exporter;
    const QString pdf = dir + u"/report.pdf"_s;
    test::writeFile(pdf, exporter.render(doc));
    QStringList args{u"-r"_s, u"200"_s, u"-gray"_s, u"-png"_s};
    if (lastPage > 0)
        args << u"-l"_s << QString::number(lastPage);
    QString log;
    INFO("pdftoppm (poppler-utils) is installed by scripts/setup.sh test");
    REQUIRE(test::runTool(u"pdftoppm"_s, args << pdf << dir + u"/page"_s, &log) == 0);
    QStringList pages;
    for (const QString &f : QDir(dir).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name))
        pages.append(dir + u'/' + f);
    REQUIRE_FALSE(pages.isEmpty());
    return pages;
}

/// An image-only PDF: each page image drawn full-page at its resolution, no text at all.
QString imageOnlyPdf(const QStringList &pages, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QImage image(pages.at(i));
        painter.drawImage(QRectF(0, 0, image.width(), image.height()), image);
    }
    painter.end();
    return path;
}

/// Processor time this process has used, in seconds.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

TEST_CASE("A scanned page reads with high character accuracy in under five seconds", "[formats][ocr]")
{
    QString why;
    INFO("Tesseract and its Chinese model (tesseract-ocr-chi-sim) are installed by scripts/setup.sh");
    REQUIRE(OcrEngine::available(&why));
    const ReportDocument doc = test::fixtureDocument(u"jiangjin-cgj-2025"_s);
    QTemporaryDir dir;
    const QStringList pages = scannedPages(doc, dir.path(), 2);
    REQUIRE(pages.size() == 2);

    // The truth: the same pages' text layer.
    PdfExporter exporter;
    const ExtractedText layer = ScanReader::readPdf(exporter.render(doc), {});
    QFile png(pages.at(1));
    REQUIRE(png.open(QIODevice::ReadOnly));
    const QByteArray image = png.readAll();
    OcrEngine::available(); // the model loaded once per process, as a batch of scans would have it
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const ExtractedText scanned = ScanReader::readImage(image, {});
    const double cpu = cpuSeconds() - cpuBefore;
    // The processor time is what the page costs; the wall time also counts whatever else the machine runs.
    WARN("OCR of page 2 at 200 dpi: " << cpu << " s of processor time, " << timer.elapsed() << " ms on the clock");
    CHECK(cpu < 5.0);
    QStringList read;
    for (const SourceLine &l : scanned.lines)
        read.append(l.text);
    // Page 2's text is somewhere in the whole report's text: compare with the stretch that starts where
    // the scan's first paragraph starts.
    QString whole;
    for (const SourceLine &l : layer.lines)
        whole += l.text;
    const QString readText = read.join(QString());
    const qsizetype start = whole.indexOf(readText.left(6));
    REQUIRE(start >= 0);
    const double accuracy = test::characterAccuracy(readText, whole.mid(start, readText.size()));
    WARN("character accuracy on page 2: " << accuracy);
    CHECK(accuracy > 0.95);
}

TEST_CASE("An image-only PDF of a report imports with its unit, year, parts and date", "[formats][ocr]")
{
    const ReportDocument doc = test::fixtureDocument(u"siping-town-2025"_s);
    QTemporaryDir dir;
    const QString pdf = imageOnlyPdf(scannedPages(doc, dir.path()), dir.filePath(u"scan.pdf"_s));
    QList<int> announced;
    ImportOptions options;
    options.progress = [&](int page, int count) {
        announced.append(page);
        CHECK(count > 0);
        return true;
    };
    const ImportResult r = Importer::importFile(pdf, options);
    CHECK(announced.size() >= 2);
    CHECK(announced.first() == 1);
    const ImportResult text = test::textImport(doc);
    CHECK(r.document.unit.fullName == text.document.unit.fullName);
    CHECK(r.document.report.year == text.document.report.year);
    CHECK(r.document.report.writtenDate == text.document.report.writtenDate);
    CHECK(r.document.parts().size() == text.document.parts().size());
    CHECK(r.repairs.join(u'\n').contains(u"文字识别"_s));
}

TEST_CASE("Cancelling a scan's import stops it before the next page", "[formats][ocr]")
{
    const ReportDocument doc = test::fixtureDocument(u"siping-town-2025"_s);
    QTemporaryDir dir;
    const QString pdf = imageOnlyPdf(scannedPages(doc, dir.path(), 2), dir.filePath(u"scan.pdf"_s));
    int calls = 0;
    ImportOptions options;
    options.progress = [&](int, int) { return ++calls < 2; };
    try {
        Importer::importFile(pdf, options);
        FAIL("the import went on after cancel");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"取消"_s));
    }
    CHECK(calls == 2);
}

TEST_CASE("Doubtful OCR lines are listed for the clerk", "[formats][ocr]")
{
    // A page of smudged, tiny text: Tesseract reads it, but without confidence.
    QImage image(1654, 600, QImage::Format_Grayscale8);
    image.fill(255);
    {
        QPainter p(&image);
        QFont font(u"Noto Serif CJK SC"_s);
        font.setPixelSize(13);
        p.setFont(font);
        p.drawText(QPointF(150, 200), u"二〇二五年法治政府建设情况报告依法行政工作"_s);
    }
    for (int y = 0; y < image.height(); y += 2)
        for (int x = (y / 2) % 3; x < image.width(); x += 3)
            image.setPixel(x, y, qRgb(120, 120, 120));
    const PlacedPage page = OcrEngine::recognize(image, 200);
    bool doubtful = false;
    for (const PlacedLine &l : page.lines)
        doubtful = doubtful || l.confidence < OcrEngine::kLowConfidence;
    CHECK(doubtful);
}

TEST_CASE("OCR's text loses the spaces between Chinese characters and the strokes beside a date's digits", "[formats][ocr]")
{
    CHECK(OcrEngine::tidy(u"依 法 行 政 工作"_s) == u"依法行政工作"_s);
    CHECK(OcrEngine::tidy(u"2026年1]月13日"_s) == u"2026年1月13日"_s);
    CHECK(OcrEngine::tidy(u"PDF file 共 3 份"_s) == u"PDF file共3份"_s);
}
