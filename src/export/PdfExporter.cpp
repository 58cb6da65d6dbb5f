// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExporter.h"

#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "PdfAttachment.h"
#include "PdfMetadata.h"
#include "PdfUnicodeRepair.h"
#include "import/EmbeddedReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace fazhi {

QByteArray PdfExporter::render(const ReportDocument &doc)
{
    m_notes.clear();
    m_pageCount = 0;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Failure(u"导出 PDF 需要图形字体支持，当前环境无法排版。"_s);
    const OfficialFonts fonts;
    if (fonts.family(OfficialFonts::Body).isEmpty())
        throw Failure(u"没有安装任何中文字体，无法生成 PDF。请安装仿宋_GB2312 或 Noto Serif CJK SC 等中文字体。"_s);
    m_notes = fonts.substitutionNotes();
    const OfficialPaginator paginator(fonts);
    const QList<OfficialPage> pages = paginator.paginate(ReportLayout::build(doc));

    const QList<QRawFont> slotFonts = paginator.usedFonts();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(doc.report.title);
        writer.setCreator(u"法治报告工作台"_s);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&writer))
            throw Failure(u"无法开始生成 PDF。"_s);
        const qreal scale = writer.resolution() / 72.0;
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.resetTransform();
            painter.scale(scale, scale);
            OfficialPaginator::paint(painter, pages.at(i), slotFonts);
        }
        painter.end();
    }
    m_pageCount = int(pages.size());
    const QByteArray pdf = PdfMetadata::withAuthor(
        PdfUnicodeRepair::repair(buffer.data(), PdfUnicodeRepair::aliases(pages, slotFonts)), doc.unit.fullName);
    // The report's data rides along as an embedded file, for an import to restore it exactly.
    return PdfAttachment::withEmbeddedFile(pdf, EmbeddedReport::kFileName, EmbeddedReport::payload(doc),
                                           "application/json", u"法治报告工作台的报告数据"_s);
}

} // namespace fazhi
