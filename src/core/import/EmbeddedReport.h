// SPDX-License-Identifier: GPL-3.0-or-later
// The report data a Fazhi export carries inside the file (a PDF's embedded file, a DOCX's custom XML part,
// an OFD's attachment): the JSON of `fazhi report show --json`, a schema version and a hash of the visible
// text, so that an import restores the report exactly unless someone has edited what the file shows.
#pragma once

#include "model/ReportDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fazhi {

class EmbeddedReport
{
public:
    static constexpr int kSchemaVersion = 1;
    /// The name of the embedded file (PDF, OFD) and the namespace of the DOCX custom XML part.
    static inline const QString kFileName = QStringLiteral("fazhi-report.json");
    static inline const QString kNamespace = QStringLiteral("urn:fazhi-studio:report-data");

    /// {"format": "fazhi-report-data", "schema": 1, "text_sha256": …, "report": {…}} as compact UTF-8 JSON.
    static QByteArray payload(const ReportDocument &doc);
    /// The hash of the text a reader sees: SHA-256 (hex) of the report's text with all white space removed,
    /// so line breaks, justification and page layout do not count, every character does.
    static QString textHash(const QString &visibleText);
    /// The text the exports show (ReportLayout's plain text), whose hash the payload carries.
    static QString visibleText(const ReportDocument &doc);

    struct Data
    {
        ReportDocument document;
        QString textHash;
        int schema = 0;
    };
    /// The data in a payload, or nothing when it is not one we can read (another format, a newer schema).
    static std::optional<Data> parse(const QByteArray &payload);
};

} // namespace fazhi
