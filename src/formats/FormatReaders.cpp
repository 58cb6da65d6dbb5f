// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatReaders.h"

#include "ScanReader.h"
#include "import/ImportFormats.h"

using namespace Qt::StringLiterals;

namespace fazhi {

void FormatReaders::registerAll()
{
    ImportFormat pdf;
    pdf.key = u"pdf"_s;
    pdf.label = u"PDF 文件"_s;
    pdf.suffixes = {u"pdf"_s};
    pdf.magic = {QByteArray("%PDF")};
    pdf.maxBytes = 200 * 1024 * 1024; // a scanned report is pictures: a few MB a page
    pdf.read = [](const QString &, const QByteArray &bytes, const ImportOptions &options) {
        return ScanReader::readPdf(bytes, options);
    };
    ImportFormats::add(pdf);

    ImportFormat image;
    image.key = u"image"_s;
    image.label = u"图像文件"_s;
    image.suffixes = {u"png"_s, u"jpg"_s, u"jpeg"_s, u"tif"_s, u"tiff"_s, u"bmp"_s};
    image.magic = {QByteArray("\x89PNG", 4), QByteArray("\xFF\xD8\xFF", 3), QByteArray("II*\0", 4), QByteArray("MM\0*", 4)};
    image.maxBytes = 200 * 1024 * 1024;
    image.read = [](const QString &, const QByteArray &bytes, const ImportOptions &options) {
        return ScanReader::readImage(bytes, options);
    };
    ImportFormats::add(image);
}

} // namespace fazhi
