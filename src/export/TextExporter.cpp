// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextExporter.h"

#include "text/InputText.h"
#include "text/ReportLayout.h"

namespace fazhi {

QString TextExporter::text(const ReportDocument &doc)
{
    return ReportLayout::build(doc).plainText() + u'\n';
}

QByteArray TextExporter::render(const ReportDocument &doc)
{
    m_notes.clear();
    return input::clean(text(doc)).toUtf8(); // stored text from before input was cleaned, too
}

} // namespace fazhi
