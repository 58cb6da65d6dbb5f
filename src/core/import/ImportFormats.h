// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's format dispatch beyond the formats the core reads itself (TXT, HTML, DOCX, Markdown):
// a reader for a kind of file, chosen by extension or by the file's first bytes. The core registers old
// Word, WPS and RTF (through LibreOffice); layers above it register what needs more than QtCore (PDF and
// scans, in src/formats). `fazhi import FILE`, the GUI's import dialog and folder imports all go through
// Importer::importFile, which asks this list first.
#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fazhi {

struct ImportOptions;

/// What a reader took out of its container.
struct ExtractedText
{
    SourceLines lines;        ///< the visible text, one paragraph (or heading) a line
    QStringList repairs;      ///< what the reader put right, in Chinese
    QStringList warnings;     ///< what the clerk should check (low-confidence OCR lines …), in Chinese
    QByteArray embeddedData;  ///< the report data a Fazhi export carries (EmbeddedReport), or empty
    QDate pageDate;           ///< a publication date the container states apart from the text
};

struct ImportFormat
{
    QString key;                  ///< "pdf", "office", "image"
    QString label;                ///< Chinese name for messages: "PDF 文件"
    QStringList suffixes;         ///< lower-case extensions without the dot
    QList<QByteArray> magic;      ///< first bytes that identify the format whatever the extension
    qint64 maxBytes = 50 * 1024 * 1024;
    /// Reads the file (its bytes, up to maxBytes, and its path). Throws Failure with a Chinese message.
    std::function<ExtractedText(const QString &path, const QByteArray &bytes, const ImportOptions &options)> read;
};

class ImportFormats
{
public:
    /// Adds a reader, replacing one with the same key.
    static void add(const ImportFormat &format);
    /// The reader for a file with these first bytes or, failing that, this extension (lower case).
    static std::optional<ImportFormat> find(const QString &suffix, const QByteArray &head);
    /// Every extension `Importer::importFile` reads, the core's own formats included, lower case.
    static QStringList suffixes();
};

} // namespace fazhi
