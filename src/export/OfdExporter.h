// SPDX-License-Identifier: GPL-3.0-or-later
// The official layout as OFD (GB/T 33190-2016), the format of electronic official documents: the very pages
// of the PDF (OfficialPaginator), written as an OFD package: OFD.xml (document information: title, the
// issuing unit as author, creation date), Doc_0/Document.xml, Doc_0/PublicRes.xml with the fonts embedded as
// subsets, one Doc_0/Pages/Page_N/Content.xml per page whose text is TextObject/TextCode (selectable and
// searchable). Lengths are millimetres, as OFD measures. notes() says which substitute fonts were used.
// Needs a QGuiApplication.
#pragma once

#include "Exporter.h"

namespace fazhi {

class OfdExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("ofd"); }
    bool write(const ReportDocument &doc, const QString &path) override;
    /// Pages of the last write().
    int pageCount() const { return m_pageCount; }

private:
    int m_pageCount = 0;
};

} // namespace fazhi
