// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportFormats.h"

#include "import/DocxReader.h"
#include "import/Importer.h"
#include "import/OfdReader.h"
#include "import/OfficeConverter.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Old Word, WPS and RTF: converted to .docx by LibreOffice, then read as a .docx.
ImportFormat officeFormat()
{
    ImportFormat f;
    f.key = u"office"_s;
    f.label = u"Word/WPS/RTF 文件"_s;
    f.suffixes = {u"doc"_s, u"wps"_s, u"rtf"_s, u"dot"_s, u"wpt"_s, u"odt"_s};
    f.magic = {QByteArray("\xD0\xCF\x11\xE0", 4), QByteArray("{\\rtf")};
    f.read = [](const QString &path, const QByteArray &, const ImportOptions &) {
        const QByteArray docx = OfficeConverter::toDocx(path);
        ExtractedText text;
        text.lines = DocxReader::read(docx);
        text.embeddedData = DocxReader::embeddedData(docx);
        return text;
    };
    return f;
}

/// OFD (GB/T 33190): its pages' text objects, and the data our own export attaches.
ImportFormat ofdFormat()
{
    ImportFormat f;
    f.key = u"ofd"_s;
    f.label = u"OFD 文件"_s;
    f.suffixes = {u"ofd"_s};
    f.read = [](const QString &, const QByteArray &bytes, const ImportOptions &) { return OfdReader::read(bytes); };
    return f;
}

struct Registry
{
    QMutex mutex;
    QList<ImportFormat> formats{officeFormat(), ofdFormat()};
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void ImportFormats::add(const ImportFormat &format)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (ImportFormat &f : r.formats)
        if (f.key == format.key) {
            f = format;
            return;
        }
    r.formats.append(format);
}

std::optional<ImportFormat> ImportFormats::find(const QString &suffix, const QByteArray &head)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    // The file's own bytes first: a PDF saved as .doc is read as the PDF it is.
    for (const ImportFormat &f : r.formats)
        for (const QByteArray &m : f.magic)
            if (head.startsWith(m))
                return f;
    for (const ImportFormat &f : r.formats)
        if (f.suffixes.contains(suffix))
            return f;
    return std::nullopt;
}

QStringList ImportFormats::suffixes()
{
    QStringList all{u"txt"_s, u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s, u"docx"_s, u"md"_s, u"markdown"_s};
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const ImportFormat &f : r.formats)
        all.append(f.suffixes);
    return all;
}

} // namespace fazhi
