// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormats.h"

#include "DocxExporter.h"
#include "HtmlExporter.h"
#include "MarkdownExporter.h"
#include "OfdExporter.h"
#include "PdfExporter.h"
#include "TextExporter.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

template<typename T>
std::unique_ptr<Exporter> make()
{
    return std::make_unique<T>();
}

} // namespace

const QList<ExportFormat> &ExportFormats::all()
{
    static const QList<ExportFormat> formats{
        {u"pdf"_s, {}, u"PDF 文档"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "PDF document"),
         QT_TRANSLATE_NOOP("fazhi::ExportFormats", "PDF"), &make<PdfExporter>},
        {u"docx"_s, {}, u"Word 文档"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Word document"),
         QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Word"), &make<DocxExporter>},
        {u"ofd"_s, {}, u"OFD 版式文档"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "OFD document"),
         QT_TRANSLATE_NOOP("fazhi::ExportFormats", "OFD"), &make<OfdExporter>},
        {u"html"_s, {u"htm"_s}, u"网页"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Web page"),
         QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Web page"), &make<HtmlExporter>},
        {u"txt"_s, {u"text"_s}, u"纯文本"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Plain text"),
         QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Text"), &make<TextExporter>},
        // Markdown has no room on the preview's bar; File › Export offers it.
        {u"md"_s, {u"markdown"_s}, u"Markdown"_s, QT_TRANSLATE_NOOP("fazhi::ExportFormats", "Markdown"), nullptr,
         &make<MarkdownExporter>},
    };
    return formats;
}

const ExportFormat *ExportFormats::find(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const ExportFormat &f : all())
        if (f.key == n || f.aliases.contains(n))
            return &f;
    return nullptr;
}

QStringList ExportFormats::keys()
{
    QStringList keys;
    for (const ExportFormat &f : all())
        keys << f.key;
    return keys;
}

} // namespace fazhi
