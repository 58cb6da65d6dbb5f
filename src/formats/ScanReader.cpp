// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanReader.h"

#include "OcrEngine.h"
#include "import/EmbeddedReport.h"
#include "import/PageText.h"
#include "text/ChineseText.h"
#include "util/Failure.h"

#include <leptonica/allheaders.h>
#include <poppler/qt6/poppler-qt6.h>

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// At most this many low-confidence lines are listed one by one; the rest are counted.
constexpr int kListedLines = 30;

/// A PDF writer that maps each glyph back to the lowest code point the font gives it (Qt does, and so do
/// many others) writes a radical (⼈ U+2F08) for the ideograph (人) a CJK font draws with the same glyph,
/// and the traditional form where a simplified Chinese font draws both with one glyph (戶 for 户 in Noto
/// CJK SC): in a simplified Chinese report the ideograph and the simplified form are meant.
QString foldSharedGlyphs(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        char32_t u = chinese::ideographForRadical(c);
        if (u == U'戶')
            u = U'户';
        out.append(QString::fromUcs4(&u, 1));
    }
    return out;
}

void announce(const ImportOptions &options, int page, int pages)
{
    if (options.progress && !options.progress(page, pages))
        throw Failure(u"已取消导入，没有保存任何内容。"_s, Failure::Kind::Operation);
}

/// The OCR's doubtful lines, for the clerk to check against the paper.
QStringList doubtfulLines(const QList<PlacedPage> &pages, const QList<bool> &ocr, const QStringList &removed)
{
    QStringList out;
    int count = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!ocr.value(p))
            continue;
        for (const PlacedLine &line : pages.at(p).lines) {
            if (line.confidence >= OcrEngine::kLowConfidence || removed.contains(line.text.trimmed()))
                continue;
            if (++count <= kListedLines)
                out.append(u"第 %1 页这一行文字识别把握不大（%2%），请对照原件核对：“%3”"_s.arg(p + 1)
                               .arg(qRound(line.confidence))
                               .arg(line.text));
        }
    }
    if (count > kListedLines)
        out.append(u"另有 %1 行文字识别把握不大，请对照原件通读全文。"_s.arg(count - kListedLines));
    return out;
}

ExtractedText assemble(const QList<PlacedPage> &pages, const QList<bool> &ocr)
{
    ExtractedText text;
    QStringList removed;
    text.lines = PageText::paragraphs(pages, &removed);
    const qsizetype scanned = std::count(ocr.cbegin(), ocr.cend(), true);
    if (scanned > 0) {
        text.repairs.append(u"共 %1 页没有文字层（扫描件），已用文字识别（OCR）读出文字。"_s.arg(scanned));
        text.warnings = doubtfulLines(pages, ocr, removed);
    }
    if (!removed.isEmpty())
        text.repairs.append(u"删去了页码和页眉页脚共 %1 行。"_s.arg(removed.size()));
    return text;
}

} // namespace

ExtractedText ScanReader::readPdf(const QByteArray &bytes, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        throw Failure(u"无法打开这个 PDF 文件：文件可能已损坏或不完整。"_s, Failure::Kind::Input);
    if (doc->isLocked())
        throw Failure(u"这个 PDF 文件有打开密码，无法读取。请提供未加密的文件。"_s, Failure::Kind::Input);
    QByteArray embedded;
    for (Poppler::EmbeddedFile *file : doc->embeddedFiles())
        if (file && file->name() == EmbeddedReport::kFileName)
            embedded = file->data();

    const int count = doc->numPages();
    if (count <= 0)
        throw Failure(u"这个 PDF 文件没有页面。"_s, Failure::Kind::Input);
    QList<PlacedPage> pages;
    QList<bool> ocr;
    pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page) {
            pages.append(PlacedPage{});
            ocr.append(false);
            continue;
        }
        QList<PlacedWord> words;
        qsizetype chars = 0;
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            words.append({foldSharedGlyphs(box->text()), box->boundingBox()});
            chars += box->text().size();
        }
        PlacedPage placed;
        placed.size = page->pageSizeF();
        // A page with (next to) no text layer is a scan: read the picture.
        if (chars < 10) {
            announce(options, i + 1, count);
            if (!doc->renderHints().testFlag(Poppler::Document::Antialiasing))
                doc->setRenderHint(Poppler::Document::Antialiasing);
            const QImage image = page->renderToImage(kOcrDpi, kOcrDpi);
            if (image.isNull())
                throw Failure(u"无法读取 PDF 第 %1 页的图像。"_s.arg(i + 1), Failure::Kind::Input);
            PlacedPage scanned = OcrEngine::recognize(image, kOcrDpi);
            placed.lines = scanned.lines;
            ocr.append(true);
        } else {
            placed.lines = PageText::lines(words);
            ocr.append(false);
        }
        pages.append(placed);
    }
    ExtractedText text = assemble(pages, ocr);
    text.embeddedData = embedded;
    spdlog::debug("pdf: {} pages read in {} ms", count, timer.elapsed());
    return text;
}

ExtractedText ScanReader::readImage(const QByteArray &bytes, const ImportOptions &options)
{
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(data, &format);
    if (format == IFF_UNKNOWN)
        throw Failure(u"无法识别这个图像文件的格式。请提供 PNG、JPEG 或 TIFF 格式的扫描件。"_s, Failure::Kind::Input);
    QList<Pix *> images;
    const bool tiff = format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP ||
                      format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_G3 || format == IFF_TIFF_JPEG;
    if (tiff) {
        for (l_int32 n = 0; n < 1000; ++n) {
            Pix *pix = pixReadMemTiff(data, size, n);
            if (!pix)
                break;
            images.append(pix);
        }
    } else if (Pix *pix = pixReadMem(data, size)) {
        images.append(pix);
    }
    if (images.isEmpty())
        throw Failure(u"无法读取这个图像文件：文件可能已损坏。"_s, Failure::Kind::Input);
    QList<PlacedPage> pages;
    QList<bool> ocr;
    try {
        for (qsizetype i = 0; i < images.size(); ++i) {
            announce(options, int(i) + 1, int(images.size()));
            Pix *pix = images.at(i);
            // The resolution the scanner recorded, else an A4 page's width.
            double dpi = double(pixGetXRes(pix));
            if (dpi < 50 || dpi > 1200)
                dpi = std::max(72.0, double(pixGetWidth(pix)) / 8.27);
            pages.append(OcrEngine::recognize(pix, dpi));
            ocr.append(true);
        }
    } catch (...) {
        for (Pix *pix : images)
            pixDestroy(&pix);
        throw;
    }
    for (Pix *pix : images)
        pixDestroy(&pix);
    return assemble(pages, ocr);
}

} // namespace fazhi
