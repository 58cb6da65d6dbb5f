// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownExporter.h"

#include "import/MarkdownForm.h"
#include "text/InputText.h"

namespace fazhi {

QByteArray MarkdownExporter::render(const ReportDocument &doc)
{
    m_notes.clear();
    return input::clean(MarkdownForm::write(doc)).toUtf8(); // no control character passes, old data either
}

} // namespace fazhi
