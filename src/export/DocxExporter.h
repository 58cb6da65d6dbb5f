// SPDX-License-Identifier: GPL-3.0-or-later
// The official layout (GB/T 9704-2012) as a Word document: A4, margins 37/35/28/26 mm, a 22×28 document grid,
// official fonts named in w:eastAsia (Times New Roman for Latin), real named styles a clerk can keep editing
// with, and page numbers "— N —" at the outer side (odd right, even left).
#pragma once

#include "Exporter.h"

#include <QByteArray>
#include <QMap>

namespace fazhi {

class DocxExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("docx"); }
    QByteArray render(const ReportDocument &doc) override;

    /// The package's parts by name ("word/document.xml", …), before zipping.
    static QMap<QString, QByteArray> parts(const ReportDocument &doc);
    /// Zips parts into a .docx package; empty on failure.
    static QByteArray package(const QMap<QString, QByteArray> &parts);
};

} // namespace fazhi
