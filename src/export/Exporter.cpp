// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "DocxExporter.h"
#include "HtmlExporter.h"
#include "MarkdownExporter.h"
#include "OfdExporter.h"
#include "PdfExporter.h"
#include "TextExporter.h"

using namespace Qt::StringLiterals;

namespace fazhi {

std::unique_ptr<Exporter> Exporter::create(const QString &format)
{
    const QString f = format.trimmed().toLower();
    if (f == u"pdf"_s)
        return std::make_unique<PdfExporter>();
    if (f == u"docx"_s)
        return std::make_unique<DocxExporter>();
    if (f == u"ofd"_s)
        return std::make_unique<OfdExporter>();
    if (f == u"html"_s || f == u"htm"_s)
        return std::make_unique<HtmlExporter>();
    if (f == u"txt"_s || f == u"text"_s)
        return std::make_unique<TextExporter>();
    if (f == u"md"_s || f == u"markdown"_s)
        return std::make_unique<MarkdownExporter>();
    return nullptr;
}

QStringList Exporter::formats()
{
    return {u"pdf"_s, u"docx"_s, u"ofd"_s, u"html"_s, u"txt"_s, u"md"_s};
}

} // namespace fazhi
