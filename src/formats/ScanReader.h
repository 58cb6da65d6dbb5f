// SPDX-License-Identifier: GPL-3.0-or-later
// Reads reports from pages: a PDF's text layer (Poppler's Qt 6 binding), and pages without one — scanned
// PDF pages and image files (PNG, JPEG, TIFF) — through OCR. Page by page, with progress and cancel
// (ImportOptions::progress), then PageText rebuilds the paragraphs the recognizer reads.
#pragma once

#include "import/ImportFormats.h"
#include "import/Importer.h"

namespace fazhi {

class ScanReader
{
public:
    /// A PDF: each page's text layer, or OCR of the page when it has none. Also the report data a Fazhi
    /// export carries as an embedded file.
    static ExtractedText readPdf(const QByteArray &bytes, const ImportOptions &options);
    /// An image file (every page of a multi-page TIFF) through OCR.
    static ExtractedText readImage(const QByteArray &bytes, const ImportOptions &options);
    /// The resolution pages without a text layer are rendered at for OCR.
    static constexpr double kOcrDpi = 200;
};

} // namespace fazhi
