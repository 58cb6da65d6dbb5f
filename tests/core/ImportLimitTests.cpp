// SPDX-License-Identifier: GPL-3.0-or-later
// The importer refuses text no report can have (more than ImportLimits::kMaxTextChars decoded characters)
// in every format, and a .docx that would inflate beyond reason is refused without being inflated.
#include "import/ImportLimits.h"
#include "import/Importer.h"
#include "util/Failure.h"

#include "TestSupport.h"

#if __has_include(<QuaZip-Qt6-1.4/quazip/quazipfile.h>)
#include <QuaZip-Qt6-1.4/quazip/quazip.h>
#include <QuaZip-Qt6-1.4/quazip/quazipfile.h>
#else
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#endif

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

constexpr qsizetype kOver = ImportLimits::kMaxTextChars + 1;

/// Report-like text of exactly `chars` characters, in lines of about 200.
QString reportText(qsizetype chars)
{
    const QString sentence = u"全年办理行政复议案件十五件，依法行政水平不断提高。"_s;
    QString text;
    text.reserve(chars);
    while (text.size() < chars) {
        text += sentence;
        if (text.size() % 200 < sentence.size())
            text += u'\n';
    }
    text.truncate(chars);
    return text;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

void writeDocx(const QString &path, const QByteArray &documentXml)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(u"word/document.xml"_s)));
    REQUIRE(file.write(documentXml) == documentXml.size());
    file.close();
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

/// A document.xml with `paragraphs` copies of one paragraph.
QByteArray documentXml(const QString &paragraph, qsizetype paragraphs)
{
    const QByteArray p = u"<w:p><w:r><w:t>%1</w:t></w:r></w:p>"_s.arg(paragraph).toUtf8();
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    xml.reserve(xml.size() + p.size() * paragraphs + 64);
    for (qsizetype i = 0; i < paragraphs; ++i)
        xml += p;
    xml += "</w:body></w:document>";
    return xml;
}

/// The Failure that importing `path` throws; fails the test if it is accepted.
Failure refusal(const QString &path)
{
    try {
        Importer::importFile(path);
    } catch (const Failure &f) {
        return f;
    }
    FAIL("accepted " << path.toStdString());
    return Failure(QString());
}

void requireTooLong(const Failure &f)
{
    INFO(f.message().toStdString());
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"200 万字"_s));
}

} // namespace

TEST_CASE("Text of more than 2,000,000 characters is refused as input, whatever the format", "[import][limits]")
{
    const QString tooLong = reportText(kOver);
    REQUIRE(tooLong.size() == kOver);

    SECTION("text handed over directly") {
        try {
            Importer::importText(tooLong);
            FAIL("accepted");
        } catch (const Failure &f) {
            requireTooLong(f);
        }
    }

    QTemporaryDir dir;
    SECTION("a UTF-8 text file, under the byte limit of a file") {
        const QString path = dir.filePath(u"long.txt"_s);
        writeFile(path, tooLong.toUtf8());
        REQUIRE(QFileInfo(path).size() < 20 * 1024 * 1024);
        requireTooLong(refusal(path));
    }
    SECTION("the same as one line, as a copy that lost its line breaks") {
        const QString path = dir.filePath(u"one-line.txt"_s);
        QString oneLine = tooLong;
        oneLine.replace(u'\n', u'。');
        writeFile(path, oneLine.toUtf8());
        requireTooLong(refusal(path));
    }
    SECTION("Markdown") {
        const QString path = dir.filePath(u"long.md"_s);
        writeFile(path, (u"# 某某局关于2025年法治政府建设情况的报告\n\n"_s + tooLong).toUtf8());
        requireTooLong(refusal(path));
    }
    SECTION("a web page: its text, not its markup, is counted") {
        const QString path = dir.filePath(u"long.html"_s);
        QString html = u"<html><body>"_s;
        for (const QString &line : tooLong.split(u'\n'))
            html += u"<p>"_s + line + u"</p>"_s;
        html += u"</body></html>"_s;
        writeFile(path, html.toUtf8());
        requireTooLong(refusal(path));
    }
    SECTION("a .docx whose document.xml holds the text") {
        const QString path = dir.filePath(u"long.docx"_s);
        // 49-character paragraphs: 40,001 of them with their line breaks make 2,000,049 characters.
        writeDocx(path, documentXml(reportText(49), 40001));
        requireTooLong(refusal(path));
    }
}

TEST_CASE("Text under the limit still imports", "[import][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.docx"_s);
    writeDocx(path, documentXml(u"某某局关于2025年法治政府建设情况的报告"_s, 1));
    CHECK_NOTHROW(Importer::importFile(path));
    CHECK_NOTHROW(Importer::importText(u"某某局关于2025年法治政府建设情况的报告\n"_s + reportText(200000)));
}

TEST_CASE("A DOCX bomb is refused from the size it declares, without inflating it", "[import][limits][docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.docx"_s);
    // A real report of a few KB whose package declares document.xml to inflate to 3 GB. Had the reader
    // inflated the part it would have found a small, valid report and accepted it; a refusal that names the
    // declared size shows the decision was made from the central directory alone. Deterministic, unlike a
    // comparison of timings on a loaded machine.
    writeDocx(path, documentXml(u"某某局关于2025年法治政府建设情况的报告"_s, 20));
    QByteArray zip;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        zip = f.readAll();
    }
    const quint32 declared = 3000u * 1024u * 1024u;
    const auto putLe32 = [&zip](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((v >> (8 * i)) & 0xFF);
    };
    const qsizetype local = zip.indexOf("PK\x03\x04");
    const qsizetype central = zip.indexOf("PK\x01\x02");
    REQUIRE(local == 0);
    REQUIRE(central > 0);
    putLe32(local + 22, declared);   // local header: uncompressed size
    putLe32(central + 24, declared); // central directory: uncompressed size
    writeFile(path, zip);

    const Failure f = refusal(path);
    INFO(f.message().toStdString() << " / " << f.detail().toStdString());
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"过大"_s));
    CHECK(f.detail().contains(QString::number(declared)));
}

TEST_CASE("An 80 MB document.xml packed into a small DOCX is refused", "[import][limits][docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb80.docx"_s);
    const QByteArray xml = documentXml(u"法治政府建设"_s, 80 * 1024 * 1024 / 60);
    REQUIRE(xml.size() > ImportLimits::kMaxDocxPartBytes);
    writeDocx(path, xml);
    REQUIRE(QFileInfo(path).size() < 2 * 1024 * 1024);
    const Failure f = refusal(path);
    INFO(f.message().toStdString());
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"过大"_s));
}

TEST_CASE("A DOCX whose text passes the limit is refused while it inflates", "[import][limits][docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"text-bomb.docx"_s);
    // About 41 MB of document.xml, under the part limit, but 13 million characters of text.
    const QByteArray xml = documentXml(reportText(200), 40 * 1024 * 1024 / 640);
    REQUIRE(xml.size() < ImportLimits::kMaxDocxPartBytes);
    writeDocx(path, xml);
    requireTooLong(refusal(path));
}
