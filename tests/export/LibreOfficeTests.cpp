// SPDX-License-Identifier: GPL-3.0-or-later
// LibreOffice converts our DOCX without error, to as many pages as our own PDF (give or take one).
#include "ExportTestSupport.h"

#include "Exporter.h"
#include "PdfExporter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("LibreOffice opens our DOCX and lays it out like our PDF", "[docx][libreoffice]")
{
    const QString office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        FAZHI_SKIP("LibreOffice or pdfinfo is not installed: the DOCX cannot be checked against a word "
                   "processor here");
    QTemporaryDir dir;
    QStringList docx;
    QHash<QString, int> ourPages;
    for (const QString &name : fixtureReports()) {
        const ReportDocument doc = fixtureDocument(name);
        auto word = Exporter::create(u"docx"_s);
        REQUIRE(word->write(doc, dir.filePath(name + u".docx"_s)));
        docx.append(dir.filePath(name + u".docx"_s));
        PdfExporter pdf;
        REQUIRE(pdf.write(doc, dir.filePath(name + u".ours.pdf"_s)));
        ourPages.insert(name, pdf.pageCount());
    }
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir.path()); // a private profile, so a running office does not interfere
    lo.setProcessEnvironment(env);
    lo.start(office,
             QStringList{u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.filePath(u"lo"_s)} +
                 docx);
    REQUIRE(lo.waitForFinished(240000));
    CHECK(lo.exitCode() == 0);
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const QString converted = dir.filePath(u"lo/"_s + name + u".pdf"_s);
        REQUIRE(QFileInfo::exists(converted));
        const int theirs = pdfPages(converted);
        CHECK(std::abs(theirs - ourPages.value(name)) <= 1);
    }
}
