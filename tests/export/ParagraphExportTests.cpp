// SPDX-License-Identifier: GPL-3.0-or-later
// One Enter is one paragraph in every output; the signature block never stands alone on a page nor splits
// (GB/T 9704-2012), in our PDF and in LibreOffice's pagination of our DOCX.
#include "ExportTestSupport.h"

#include "DocxExporter.h"
#include "Exporter.h"
#include "HtmlExporter.h"
#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "text/ReportLayout.h"
#include "TextExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

const QString organA = u"中共某某区司法局党组"_s;
const QString organB = u"某某区司法局"_s;

/// A report whose part one holds `body`; two signing organs and a date.
ReportDocument report(const QString &body)
{
    ReportDocument doc;
    doc.unit.fullName = organB;
    doc.report.year = 2025;
    doc.report.title = u"关于2025年法治政府建设情况的报告"_s; // no line of it reads like an organ
    doc.report.addressee = u"区委、区政府"_s;
    doc.report.opening = u"现将有关情况报告如下："_s;
    doc.report.signatories = {organA, organB};
    doc.report.writtenDate = QDate(2026, 1, 13);
    doc.sections = {{.id = -1, .part = 1, .position = 0, .heading = u"主要举措和成效"_s, .body = body}};
    return doc;
}

/// `lines` one-line paragraphs "第N段……", then a last paragraph of `lastLines` full lines.
QString sweepBody(int lines, int lastLines)
{
    QStringList paragraphs;
    for (int i = 1; i <= lines; ++i)
        paragraphs.append(u"第%1段，推进严格规范公正文明执法。"_s.arg(i, 2, 10, QChar(u'0')));
    // Full lines (26 characters after the indent, then 28), ending with a mark the tests look for.
    const int length = 26 + 28 * (lastLines - 1);
    QString last = u"末段"_s;
    while (last.size() < length)
        last += u"依法行政"_s;
    paragraphs.append(last.left(length - 4) + u"全文完。"_s);
    return paragraphs.join(u'\n');
}

QString lineText(const OfficialLine &line)
{
    QString text;
    for (const OfficialRun &run : line.runs)
        text += run.text;
    return text;
}

} // namespace

TEST_CASE("One line break in a section is one paragraph in TXT, HTML, DOCX and PDF", "[paragraphs][export]")
{
    const ReportDocument doc = report(u"第一句。\n第二句。"_s);

    CHECK(TextExporter::text(doc).contains(u"\n第一句。\n第二句。\n"_s));

    const QString html = HtmlExporter::html(doc);
    CHECK(html.count(u"<p>第一句。</p>"_s) == 1);
    CHECK(html.count(u"<p>第二句。</p>"_s) == 1);

    const QByteArray xml = DocxExporter::parts(doc).value(u"word/document.xml"_s);
    QStringList paragraphs;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:p"_s)
            paragraphs.append(QString());
        else if (t == QXmlStreamReader::StartElement && r.qualifiedName() == u"w:t"_s)
            paragraphs.last() += r.readElementText();
    }
    CHECK(paragraphs.count(u"第一句。"_s) == 1);
    CHECK(paragraphs.count(u"第二句。"_s) == 1);

    // PDF: each sentence starts its own line with the two-character first-line indent.
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    const ReportLayout layout = ReportLayout::build(doc);
    int indented = 0;
    for (const OfficialPage &page : paginator.paginate(layout))
        for (const OfficialLine &line : page.lines) {
            const QString text = lineText(line);
            if (text != u"第一句。"_s && text != u"第二句。"_s)
                continue;
            REQUIRE_FALSE(line.runs.isEmpty());
            CHECK(line.start == 0);
            CHECK(line.runs.first().positions.first().x() ==
                  Catch::Detail::Approx(OfficialPaginator::marginLeft + 2 * OfficialPaginator::charPitch)
                      .margin(4));
            ++indented;
        }
    CHECK(indented == 2);
}

TEST_CASE("The PDF's signature block stays whole, on the page of the last body lines, at every body length",
          "[paragraphs][pdf][signature]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    int crossings = 0;
    for (const int lastLines : {1, 2, 3, 5}) {
        for (int lines = 0; lines <= 50; ++lines) {
            INFO("one-line paragraphs: " << lines << ", last paragraph lines: " << lastLines);
            const ReportLayout layout = ReportLayout::build(report(sweepBody(lines, lastLines)));
            const QList<OfficialPage> pages = paginator.paginate(layout);
            int signaturePage = -1;
            bool split = false;
            for (int p = 0; p < pages.size(); ++p)
                for (const OfficialLine &line : pages.at(p).lines) {
                    if (line.block < 0)
                        continue;
                    const BlockKind kind = layout.blocks().at(line.block).kind;
                    if (kind != BlockKind::Signature && kind != BlockKind::Date)
                        continue;
                    if (signaturePage >= 0 && signaturePage != p)
                        split = true;
                    signaturePage = p;
                }
            REQUIRE(signaturePage >= 0);
            CHECK_FALSE(split);
            const QList<OfficialLine> &onPage = pages.at(signaturePage).lines;
            // Rows: …, last body lines, one blank row, the organs, the date; nothing else in between.
            int firstSignature = -1;
            int lastParagraphLines = 0;
            int lastBodyRow = -1;
            for (const OfficialLine &line : onPage) {
                if (line.block < 0)
                    continue;
                const BlockKind kind = layout.blocks().at(line.block).kind;
                if (kind == BlockKind::Signature || kind == BlockKind::Date) {
                    if (firstSignature < 0)
                        firstSignature = line.row;
                    continue;
                }
                lastBodyRow = line.row;
                if (layout.blocks().at(line.block).text.startsWith(u"末段"_s))
                    ++lastParagraphLines;
            }
            CHECK(lastBodyRow >= 0); // never alone on its page
            CHECK(firstSignature == lastBodyRow + 2);
            CHECK(lastParagraphLines >= std::min(lastLines, 2));
            for (const OfficialPage &page : pages)
                CHECK(page.lines.size() > 1); // no page of only a page number
            if (signaturePage > 0 && lastParagraphLines < lastLines)
                ++crossings;
        }
    }
    CHECK(crossings > 0); // the sweep did split a last paragraph over a page break
}

TEST_CASE("LibreOffice keeps our DOCX's signature block whole and with the last body lines",
          "[paragraphs][docx][signature][libreoffice]")
{
    const QString office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty() || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        FAZHI_SKIP("LibreOffice or pdftotext is not installed: the DOCX pagination cannot be checked here");
    QTemporaryDir dir;
    QStringList files;
    struct Case
    {
        int lines;
        int lastLines;
        QString name;
    };
    QList<Case> cases;
    // Line by line through the foot of the first and the second page, the last paragraph one and five
    // lines long; one soffice call converts them all.
    for (const int lastLines : {1, 5})
        for (int lines = lastLines == 1 ? 10 : 6; lines <= (lastLines == 1 ? 44 : 40); ++lines) {
            const QString name = u"sweep-%1-%2"_s.arg(lastLines).arg(lines);
            auto word = Exporter::create(u"docx"_s);
            REQUIRE(word->write(report(sweepBody(lines, lastLines)), dir.filePath(name + u".docx"_s)));
            files.append(dir.filePath(name + u".docx"_s));
            cases.append({lines, lastLines, name});
        }
    QElapsedTimer timer;
    timer.start();
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir.path()); // a private profile, so a running office does not interfere
    lo.setProcessEnvironment(env);
    lo.start(office,
             QStringList{u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.filePath(u"lo"_s)} +
                 files);
    REQUIRE(lo.waitForFinished(300000));
    CHECK(lo.exitCode() == 0);
    WARN("LibreOffice converted " << files.size() << " documents in " << timer.elapsed() << " ms");
    int multiPage = 0;
    for (const Case &c : cases) {
        INFO(c.name.toStdString());
        const QString pdf = dir.filePath(u"lo/"_s + c.name + u".pdf"_s);
        REQUIRE(QFileInfo::exists(pdf));
        const int count = pdfPages(pdf);
        REQUIRE(count >= 1);
        multiPage += count > 1 ? 1 : 0;
        int organPage = -1;
        int organs = 0;
        int datePage = -1;
        QString signaturePageText;
        for (int p = 1; p <= count; ++p) {
            const QString text = tool(u"pdftotext"_s, {u"-f"_s, QString::number(p), u"-l"_s,
                                                       QString::number(p), u"-layout"_s, pdf, u"-"_s})
                                     .remove(u' ');
            for (const QString &line : text.split(u'\n')) {
                const QString t = line.trimmed();
                if (t == organA || t == organB) {
                    CHECK((organPage < 0 || organPage == p));
                    organPage = p;
                    ++organs;
                    signaturePageText = text;
                }
                if (t == u"2026年1月13日"_s)
                    datePage = p;
            }
        }
        CHECK(organs == 2);
        CHECK(datePage == organPage);
        // On the signature page: the last paragraph's end, two of its lines when it has more than one.
        CHECK(signaturePageText.contains(u"全文完。"_s));
        int lastParagraphLines = 0;
        for (const QString &line : signaturePageText.split(u'\n'))
            lastParagraphLines += line.contains(u"依法"_s) || line.contains(u"全文完"_s) ? 1 : 0;
        CHECK(lastParagraphLines >= std::min(c.lastLines, 2));
    }
    CHECK(multiPage > 0);
}

TEST_CASE("The DOCX ties the last body paragraph, the blank line and the organs to the date", "[paragraphs][docx][signature]")
{
    const auto parts = DocxExporter::parts(report(sweepBody(3, 3)));
    // Per paragraph: its text, whether it keeps with the next, and its direct widow control.
    struct Para
    {
        QString text;
        QString style;
        bool keepNext = false;
        QString widow;
    };
    QList<Para> paras;
    QXmlStreamReader r(parts.value(u"word/document.xml"_s));
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = r.qualifiedName().toString();
        if (name == u"w:p"_s)
            paras.append(Para{});
        else if (name == u"w:pStyle"_s)
            paras.last().style = r.attributes().value(u"w:val"_s).toString();
        else if (name == u"w:keepNext"_s)
            paras.last().keepNext = true;
        else if (name == u"w:widowControl"_s)
            paras.last().widow = r.attributes().value(u"w:val"_s).toString();
        else if (name == u"w:t"_s)
            paras.last().text += r.readElementText();
    }
    qsizetype last = -1;
    for (qsizetype i = 0; i < paras.size(); ++i)
        if (paras.at(i).text.endsWith(u"全文完。"_s))
            last = i;
    REQUIRE(last >= 1);
    REQUIRE(last + 3 < paras.size());
    CHECK(paras.at(last).keepNext);
    CHECK(paras.at(last).widow == u"1"_s);
    CHECK_FALSE(paras.at(last - 1).keepNext); // only the last paragraph goes with the block
    CHECK(paras.at(last + 1).text.isEmpty()); // the blank line under the text
    CHECK(paras.at(last + 1).keepNext);
    CHECK(paras.at(last + 2).text == organA);
    CHECK(paras.at(last + 3).text == organB);

    const QByteArray styles = parts.value(u"word/styles.xml"_s);
    QXmlStreamReader s(styles);
    QString current;
    QHash<QString, QStringList> flags;
    while (!s.atEnd()) {
        if (s.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (s.qualifiedName() == u"w:style"_s)
            current = s.attributes().value(u"w:styleId"_s).toString();
        else if (s.qualifiedName() == u"w:keepNext"_s || s.qualifiedName() == u"w:keepLines"_s)
            flags[current].append(s.qualifiedName().toString());
    }
    CHECK(flags.value(paras.at(last + 2).style).contains(u"w:keepNext"_s));
    CHECK(flags.value(paras.at(last + 2).style).contains(u"w:keepLines"_s));
    const QString dateStyle = paras.at(last + 4).style;
    CHECK(paras.at(last + 4).text == u"2026年1月13日"_s);
    CHECK(flags.value(dateStyle).contains(u"w:keepLines"_s));
}
