// SPDX-License-Identifier: GPL-3.0-or-later
// Old Word, WPS and RTF through LibreOffice, and a clear refusal when LibreOffice is not installed.
#include "FormatTestSupport.h"

#include "Exporter.h"
#include "import/OfficeConverter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;

TEST_CASE("A report saved as .doc and as .rtf imports as its Word file does", "[formats][office][libreoffice]")
{
    const ReportDocument doc = test::fixtureDocument(u"jiangjin-cgj-2025"_s);
    QTemporaryDir dir;
    const QString docx = dir.filePath(u"report.docx"_s);
    auto exporter = Exporter::create(u"docx"_s);
    REQUIRE(exporter->write(doc, docx));
    const ImportResult expected = test::textImport(doc);
    for (const QString &format : {u"doc:MS Word 97"_s, u"rtf"_s}) {
        INFO(format.toStdString());
        QTemporaryDir out;
        const QString converted = test::libreOfficeConvert(docx, format, out.path());
        const ImportResult r = Importer::importFile(converted);
        test::requireSameReport(r, expected, false);
        // A .wps is the same kind of file as a .doc: read by its content, whatever it is called.
        if (format.startsWith(u"doc"_s)) {
            const QString wps = out.filePath(u"report.wps"_s);
            REQUIRE(QFile::copy(converted, wps));
            test::requireSameReport(Importer::importFile(wps), expected, false);
        }
    }
}

TEST_CASE("Without LibreOffice a .doc is refused at once with the package to install, exit 2", "[formats][office]")
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"report.doc"_s);
    test::writeFile(doc, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FAZHI_SOFFICE"_s, dir.filePath(u"no-such-soffice"_s));
    env.insert(u"FAZHI_DATA_DIR"_s, dir.filePath(u"data"_s));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(FAZHI_CLI_PATH), {u"--db"_s, dir.filePath(u"db.sqlite"_s), u"import"_s, doc});
    REQUIRE(p.waitForFinished(20000));
    CHECK(timer.elapsed() < 10000);
    CHECK(p.exitCode() == 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    CHECK(err.contains(u"libreoffice-writer-nogui"_s));
}

TEST_CASE("A damaged .doc is refused, exit 2, nothing stored", "[formats][office][libreoffice]")
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"broken.doc"_s);
    test::writeFile(doc, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\x7F'));
    test::CliSession cli;
    const test::CliResult r = cli({u"import"_s, doc});
    CHECK(r.exitCode == 2);
    // LibreOffice refuses it, or reads it as text in which there is no report: either way a Chinese sentence.
    INFO(r.err.toStdString());
    CHECK((r.err.contains(u"LibreOffice"_s) || r.err.contains(u"没有可以识别的报告文字"_s)));
    CHECK(cli.json({u"report"_s, u"list"_s}).toArray().isEmpty());
}
