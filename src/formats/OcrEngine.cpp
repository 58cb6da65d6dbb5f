// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrEngine.h"

#include "util/Failure.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QMutex>
#include <QRegularExpression>

#include <dlfcn.h>

#include <memory>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const char *const kLanguage = "chi_sim";

/// One engine for the process: loading the Chinese model takes longer than reading a page.
struct Engine
{
    QMutex mutex;
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool tried = false;
    QString error;
};

Engine &engine()
{
    static Engine e;
    return e;
}

/// Loads the engine once; the caller holds the mutex.
tesseract::TessBaseAPI *loaded(QString *why)
{
    Engine &e = engine();
    if (!e.tried) {
        e.tried = true;
        // Tesseract's OpenMP threads spin while they wait: on two cores shared with other work a page cost
        // 5.2 s of processor time instead of 2.1 s. Dynamic adjustment lets the runtime give it only the cores
        // the load average leaves free (a thread-count clause in Tesseract overrides omp_set_num_threads).
        using SetInt = void (*)(int);
        if (const auto setDynamic = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_dynamic")))
            setDynamic(1);
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        api->SetVariable("debug_file", "/dev/null");
        if (api->Init(nullptr, kLanguage, tesseract::OEM_LSTM_ONLY) != 0) {
            e.error = u"无法加载文字识别（OCR）的简体中文模型。请安装软件包 tesseract-ocr-chi-sim"
                      u"（sudo apt-get install tesseract-ocr-chi-sim）后再导入扫描件。"_s;
            spdlog::warn("tesseract: cannot load {}", kLanguage);
        } else {
            // A report is one column of text in several sizes: the general page layout analysis split
            // the first body line of a title page into blocks and read it as nonsense.
            api->SetPageSegMode(tesseract::PSM_SINGLE_COLUMN);
            e.api = std::move(api);
        }
    }
    if (why)
        *why = e.error;
    return e.api.get();
}

bool isHanOrMark(QChar c) { return c.unicode() >= 0x2E80 || (c.unicode() >= 0x2000 && c.unicode() < 0x2070); }

PlacedPage readPage(tesseract::TessBaseAPI *api, int width, int height, double dpi)
{
    const double toPoints = 72.0 / dpi;
    PlacedPage page;
    page.size = QSizeF(width * toPoints, height * toPoints);
    if (api->Recognize(nullptr) != 0)
        throw Failure(u"文字识别（OCR）未能完成这一页。"_s, Failure::Kind::Operation);
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return page;
    do {
        std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
        if (!utf8)
            continue;
        const QString text = OcrEngine::tidy(QString::fromUtf8(utf8.get()));
        if (text.isEmpty())
            continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
        PlacedLine line;
        line.text = text;
        line.box = QRectF(QPointF(left * toPoints, top * toPoints), QPointF(right * toPoints, bottom * toPoints));
        line.confidence = it->Confidence(tesseract::RIL_TEXTLINE);
        page.lines.append(line);
    } while (it->Next(tesseract::RIL_TEXTLINE));
    return page;
}

} // namespace

QString OcrEngine::tidy(const QString &text)
{
    // A stroke read beside a digit of a date: 2026年1]月13日, 1|月.
    static const QRegularExpression stray(u"(?<=\\d)\\s*[\\]\\[|｜丨](?=\\s*[年月日号])"_s);
    const QString t = QString(text).remove(stray).simplified();
    QString out;
    out.reserve(t.size());
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u' ' && i > 0 && i + 1 < t.size() && (isHanOrMark(t.at(i - 1)) || isHanOrMark(t.at(i + 1))))
            continue;
        out.append(c);
    }
    return out;
}

bool OcrEngine::available(QString *why)
{
    QMutexLocker lock(&engine().mutex);
    return loaded(why) != nullptr;
}

PlacedPage OcrEngine::recognize(const QImage &image, double dpi)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QMutexLocker lock(&engine().mutex);
    QString why;
    tesseract::TessBaseAPI *api = loaded(&why);
    if (!api)
        throw Failure(why, Failure::Kind::Input);
    api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api->SetSourceResolution(qRound(dpi));
    PlacedPage page = readPage(api, grey.width(), grey.height(), dpi);
    api->Clear();
    return page;
}

PlacedPage OcrEngine::recognize(Pix *pix, double dpi)
{
    QMutexLocker lock(&engine().mutex);
    QString why;
    tesseract::TessBaseAPI *api = loaded(&why);
    if (!api)
        throw Failure(why, Failure::Kind::Input);
    api->SetImage(pix);
    api->SetSourceResolution(qRound(dpi));
    PlacedPage page = readPage(api, int(pixGetWidth(pix)), int(pixGetHeight(pix)), dpi);
    api->Clear();
    return page;
}

} // namespace fazhi
