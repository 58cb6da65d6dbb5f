// SPDX-License-Identifier: GPL-3.0-or-later
// Reads existing reports (TXT, HTML, DOCX, Markdown, and what ImportFormats adds: old Word, PDF, scans) into
// the structured model.
#pragma once

#include "import/ImportFormats.h"
#include "model/ReportDocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace fazhi {

/// A figure found in the text, to be confirmed as a metric value.
struct MetricCandidate
{
    QString key;       ///< catalogue key when the phrase names one, else empty
    QString label;     ///< the phrase before the number: "处理行政复议案"
    double value = 0;
    QString word;      ///< measure word: 件, %, 万元
    Approx approx = Approx::Exact;
    int offset = -1;   ///< in the report's plain text (ReportLayout), UTF-16 units
    QString excerpt;
};

struct ImportOptions
{
    qint64 unitId = 0;  ///< store under this unit instead of the recognised one
    int year = 0;       ///< override the recognised year
    bool findFigures = true; ///< look for metric figures; rendering needs only the text and turns it off
    /// Called before each page of a slow read (OCR of a scan) with the page (from 1) and the page count;
    /// returning false cancels the import (Failure, Operation: nothing is stored).
    std::function<bool(int page, int pages)> progress;
};

struct ImportResult
{
    ReportDocument document;           ///< the recognised report (provisional section ids)
    QList<MetricCandidate> candidates; ///< every figure found; mapped ones are also in document.metrics
    QStringList repairs;               ///< every repair made to copy damage, in Chinese
    QStringList warnings;              ///< what could not be recognised with certainty, in Chinese
    QStringList removed;               ///< lines dropped as website furniture (breadcrumbs, stamps, footers …)

    /// The JSON of `fazhi import --dry-run --json`.
    QJsonObject toJson() const;
};

class Importer
{
public:
    /// Reads the file (format from its extension, or sniffed). Throws Failure(Input) with a Chinese
    /// message when the file cannot be read.
    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    /// Recognises a report from plain text (already extracted from its container).
    static ImportResult importText(const QString &text, const ImportOptions &options = {});
    /// Recognises a report from what a format's reader took out of its file: the embedded report data when
    /// it matches the visible text, else the visible text (and a warning that says why).
    static ImportResult importExtracted(const ExtractedText &text, const ImportOptions &options = {},
                                        const QString &what = {});
};

} // namespace fazhi
