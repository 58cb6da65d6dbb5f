// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfdExporter.h"

#include "ExportFile.h"
#include "OfdFontSubset.h"
#include "OfdPackage.h"
#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "import/EmbeddedReport.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <spdlog/spdlog.h>

#include <QBuffer>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// The parts zipped in the given order; empty on failure.
QByteArray zipped(const QMap<QString, QByteArray> &parts, const QStringList &order)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const QString &name : order) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return {};
        const QByteArray &data = parts.value(name);
        if (file.write(data) != data.size())
            return {};
        file.close();
        if (file.getZipError() != 0)
            return {};
    }
    zip.close();
    if (zip.getZipError() != 0)
        return {};
    return buffer.data();
}

} // namespace

bool OfdExporter::write(const ReportDocument &doc, const QString &path)
{
    m_notes.clear();
    m_error.clear();
    m_pageCount = 0;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_error = u"导出 OFD 需要图形字体支持，当前环境无法排版。"_s;
        return false;
    }
    const OfficialFonts fonts;
    if (fonts.family(OfficialFonts::Body).isEmpty()) {
        m_error =
            u"没有安装任何中文字体，无法生成 OFD。请安装仿宋_GB2312 或 Noto Serif CJK SC 等中文字体。"_s;
        return false;
    }
    m_notes = fonts.substitutionNotes();
    const OfficialPaginator paginator(fonts);
    const QList<OfficialPage> pages = paginator.paginate(ReportLayout::build(doc));
    const QList<QRawFont> slotFonts = paginator.usedFonts();
    const OfdPackage package(pages, slotFonts);

    // Each face a page uses, embedded once (slots of one face, e.g. the body and the page numbers, share it)
    // as the subset of the characters it draws.
    QList<OfdPackage::Font> embedded;
    QList<QList<char32_t>> faceCharacters;
    const QHash<int, QList<char32_t>> characters = package.charactersBySlot();
    for (int slot = 0; slot < slotFonts.size(); ++slot) {
        if (!characters.contains(slot))
            continue;
        const QRawFont &font = slotFonts.at(slot);
        const QString style = font.styleName();
        const QString name =
            style.isEmpty() || style == u"Regular"_s ? font.familyName() : font.familyName() + u' ' + style;
        const bool bold = font.weight() >= QFont::Bold;
        qsizetype face = 0;
        while (face < embedded.size() && (embedded.at(face).fontName != name || embedded.at(face).bold != bold))
            ++face;
        if (face == embedded.size()) {
            OfdPackage::Font f;
            f.familyName = font.familyName();
            f.fontName = name;
            f.bold = bold;
            embedded.append(f);
            faceCharacters.append(QList<char32_t>());
        }
        embedded[face].slotIndexes.append(slot);
        faceCharacters[face].append(characters.value(slot));
    }
    for (qsizetype face = 0; face < embedded.size(); ++face) {
        OfdPackage::Font &f = embedded[face];
        const QRawFont &font = slotFonts.at(f.slotIndexes.first());
        QString why;
        f.data = OfdFontSubset::make(font, faceCharacters.at(face), &why);
        if (f.data.isEmpty()) {
            spdlog::error("OFD: cannot subset font {}: {}", f.fontName.toStdString(), why.toStdString());
            m_error = u"无法嵌入字体“%1”，未能生成 OFD。"_s.arg(f.fontName);
            return false;
        }
        f.file = u"font_%1.%2"_s.arg(face + 1).arg(f.data.startsWith("OTTO") ? u"otf"_s : u"ttf"_s);
    }

    // The report's data rides along as an attachment, for an import to restore it exactly.
    const OfdPackage::Info info{doc.report.title, doc.unit.fullName, u"法治报告工作台"_s, QDate::currentDate(),
                                EmbeddedReport::kFileName, EmbeddedReport::payload(doc)};
    const QMap<QString, QByteArray> parts = package.parts(info, embedded);
    const QByteArray data = zipped(parts, OfdPackage::partOrder(parts));
    if (data.isEmpty()) {
        m_error = u"无法生成 OFD 文件的压缩包。"_s;
        return false;
    }
    m_pageCount = int(pages.size());
    return ExportFile::write(path, data, &m_error);
}

} // namespace fazhi
