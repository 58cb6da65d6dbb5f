// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextExporter.h"

#include "ExportFile.h"
#include "text/ReportLayout.h"

namespace fazhi {

QString TextExporter::text(const ReportDocument &doc)
{
    return ReportLayout::build(doc).plainText() + u'\n';
}

bool TextExporter::write(const ReportDocument &doc, const QString &path)
{
    m_notes.clear();
    return ExportFile::write(path, text(doc).toUtf8(), &m_error);
}

} // namespace fazhi
