// SPDX-License-Identifier: GPL-3.0-or-later
// The official layout (GB/T 9704-2012) as PDF, drawn by Qt: A4, 22 lines × 28 characters, fonts embedded,
// page numbers "— N —". notes() says which substitute fonts were used. Needs a QGuiApplication.
#pragma once

#include "Exporter.h"

namespace fazhi {

class PdfExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QByteArray render(const ReportDocument &doc) override;
    /// Pages of the last render() or write().
    int pageCount() const { return m_pageCount; }

private:
    int m_pageCount = 0;
};

} // namespace fazhi
