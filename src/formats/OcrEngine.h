// SPDX-License-Identifier: GPL-3.0-or-later
// Optical character recognition of a scanned page with Tesseract and its simplified-Chinese model
// (Debian: libtesseract-dev, tesseract-ocr-chi-sim). Gives the page's lines with their places and
// Tesseract's confidence, for PageText to rebuild paragraphs as it does for a PDF's text layer.
#pragma once

#include "import/PageText.h"

#include <QImage>
#include <QString>

struct Pix;

namespace fazhi {

class OcrEngine
{
public:
    /// Lines Tesseract is less sure of than this (0–100) are listed for the clerk to check.
    static constexpr double kLowConfidence = 75;

    /// Whether Tesseract and its simplified-Chinese model can be loaded; `why` says in Chinese what is missing.
    static bool available(QString *why = nullptr);
    /// The lines of one page image taken at `dpi`, placed in points. Throws Failure when the model is missing.
    static PlacedPage recognize(const QImage &image, double dpi);
    /// The same for a Leptonica image (the scan read from its file).
    static PlacedPage recognize(Pix *pix, double dpi);
    /// Tesseract's text with the spaces it puts between Chinese characters taken out.
    static QString tidy(const QString &text);
};

} // namespace fazhi
