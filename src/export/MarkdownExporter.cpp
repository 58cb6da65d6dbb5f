// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownExporter.h"

#include "ExportFile.h"
#include "import/MarkdownForm.h"

namespace fazhi {

bool MarkdownExporter::write(const ReportDocument &doc, const QString &path)
{
    m_notes.clear();
    return ExportFile::write(path, MarkdownForm::write(doc).toUtf8(), &m_error);
}

} // namespace fazhi
