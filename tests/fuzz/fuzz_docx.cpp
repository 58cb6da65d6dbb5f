// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the DOCX reader. The first byte chooses what the rest is: the whole file (a
// damaged package), or word/document.xml / styles.xml / numbering.xml inside an otherwise valid package,
// so that the fuzzer reaches the XML readers without having to invent a ZIP file first.
#include "import/DocxReader.h"
#include "import/Importer.h"
#include "util/Failure.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace fazhi;

namespace {

QByteArray package(const QByteArray &document, const QByteArray &styles, const QByteArray &numbering)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const auto add = [&](const char *name, const QByteArray &content) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)))) {
            file.write(content);
            file.close();
        }
    };
    add("word/document.xml", document);
    add("word/styles.xml", styles);
    add("word/numbering.xml", numbering);
    zip.close();
    return bytes;
}

const QByteArray kDocument =
    "<w:document xmlns:w=\"w\"><w:body><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/>"
    "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>主要举措和成效</w:t></w:r></w:p></w:body></w:document>";
const QByteArray kStyles = "<w:styles xmlns:w=\"w\"><w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
const QByteArray kNumbering =
    "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray docx;
    switch (data[0] % 4) {
    case 0: docx = rest; break;
    case 1: docx = package(rest, kStyles, kNumbering); break;
    case 2: docx = package(kDocument, rest, kNumbering); break;
    default: docx = package(kDocument, kStyles, rest); break;
    }
    try {
        (void)DocxReader::read(docx);
    } catch (const Failure &) {
    }
    return 0;
}
