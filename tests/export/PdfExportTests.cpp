// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF is drawn by Qt in the official layout: A4, 22 lines a page, fonts embedded, "— N —" page numbers.
#include "ExportTestSupport.h"

#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "PdfExporter.h"
#include "PdfMetadata.h"
#include "PdfUnicodeRepair.h"
#include "text/ReportLayout.h"

#include <QFile>
#include <QFileInfo>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

QString lineText(const OfficialLine &line)
{
    QString text;
    for (const OfficialRun &run : line.runs)
        text += run.text;
    return text;
}

} // namespace

TEST_CASE("PDF export: A4 pages, embedded fonts, title and author, page numbers", "[pdf]")
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        FAZHI_SKIP("poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed");
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name + u".pdf"_s);
        PdfExporter exporter;
        REQUIRE(exporter.write(fixtureDocument(name), path));
        const QString info = tool(u"pdfinfo"_s, {path});
        CHECK(info.contains(u"Page size:       595 x 842 pts (A4)"_s));
        CHECK(pdfPages(path) == exporter.pageCount());
        CHECK(exporter.pageCount() >= 5);
        CHECK(info.contains(u"Title:           "_s + fixtureDocument(name).report.title));
        CHECK(info.contains(u"Author:          "_s + fixtureDocument(name).unit.fullName));
        CHECK(info.contains(u"Creator:         法治报告工作台"_s));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(PdfMetadata::crossReferenceHolds(file.readAll()));

        const QStringList fontLines = tool(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        REQUIRE_FALSE(fontLines.isEmpty());
        for (const QString &line : fontLines) {
            const QStringList cols = line.simplified().split(u' ');
            REQUIRE(cols.size() >= 5);
            CHECK(cols.at(cols.size() - 5) == u"yes"_s); // emb
        }

        for (int page = 1; page <= std::min(3, exporter.pageCount()); ++page) {
            const QString text = tool(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s,
                                                       QString::number(page), u"-layout"_s, path, u"-"_s});
            QStringList lines = text.split(u'\n');
            lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
            REQUIRE_FALSE(lines.isEmpty());
            const QString last = lines.last();
            CHECK(last.simplified() == u"— %1 —"_s.arg(page));
            // Odd pages carry the number at the right, even pages at the left.
            if (page % 2)
                CHECK(last.indexOf(u'—') > 20);
            else
                CHECK(last.indexOf(u'—') < 10);
        }
    }
}

TEST_CASE("Text copied out of the PDF is the report's text, not look-alike radicals", "[pdf]")
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        FAZHI_SKIP("pdftotext is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.pdf"_s);
    PdfExporter exporter;
    REQUIRE(exporter.write(fixtureDocument(u"siping-town-2025"_s), path));
    const QString text = tool(u"pdftotext"_s, {path, u"-"_s});
    CHECK(text.contains(u"重庆市江津区四屏镇人民政府"_s));
    CHECK(text.contains(u"一、2025年推进法治政府建设的主要举措和成效"_s));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    CHECK(PdfUnicodeRepair::ideographFor(0x2F08) == U'人');
    CHECK(PdfUnicodeRepair::ideographFor(0x2EA0) == U'民');
    CHECK(PdfUnicodeRepair::ideographFor(U'人') == U'人');
}

TEST_CASE("Every ideograph copied out of the PDF is one the report used", "[pdf]")
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        FAZHI_SKIP("pdftotext is not installed");
    QTemporaryDir dir;
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        QSet<char32_t> written;
        const ReportLayout layout = ReportLayout::build(doc);
        for (const LayoutBlock &b : layout.blocks())
            for (const char32_t c : b.text.toUcs4())
                written.insert(c);
        const QString path = dir.filePath(name + u".pdf"_s);
        PdfExporter exporter;
        REQUIRE(exporter.write(doc, path));
        QString alien;
        for (const char32_t c : tool(u"pdftotext"_s, {path, u"-"_s}).toUcs4())
            if (c >= 0x2E80 && !written.contains(c) && !alien.contains(QString::fromUcs4(&c, 1)))
                alien += QString::fromUcs4(&c, 1);
        // A font that draws 户 and 戶 with one glyph once made every 用户 copy out as 用戶.
        CHECK(alien.toStdString() == "");
    }
}

TEST_CASE("A glyph the font shares between a radical and an ideograph is named by the one the report used", "[pdf]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    const QList<OfficialPage> pages =
        paginator.paginate(ReportLayout::build(fixtureDocument(u"jiangjin-cgj-2025"_s)));
    const QHash<char32_t, char32_t> aliases = PdfUnicodeRepair::aliases(pages, paginator.usedFonts());
    QString drawn;
    for (const OfficialPage &page : pages)
        for (const OfficialLine &line : page.lines)
            drawn += lineText(line);
    INFO(aliases.size() << " aliases");
    // Whatever the installed fonts substitute, an alias never renames a character the pages draw, and
    // always leads to one they do.
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        CHECK(it.key() != it.value());
        CHECK_FALSE(drawn.contains(QString::fromUcs4(&it.key(), 1)));
        CHECK(drawn.contains(QString::fromUcs4(&it.value(), 1)));
    }
    // Noto draws the radical ⼾ (U+2F3E) with its 户: the pages' 户 names it, not Unicode's 戶.
    CHECK((!aliases.contains(0x2F3E) || aliases.value(0x2F3E) == U'户'));
    // A map as Qt writes it, naming a glyph by its lowest code point, ⼾ (U+2F3E).
    const QByteArray cmap = "%PDF-1.4\n1 0 obj\n<< /Length 0 >>\nstream\nbegincmap\n2 beginbfrange\n"
                            "<0001> <0001> <2F3E>\n<0002> <0003> [<7528> <2F08> ]\nendbfrange\nendcmap\n"
                            "endstream\nendobj\n2 0 obj\n<< /ToUnicode 1 0 R >>\nendobj\n";
    int repaired = 0;
    const QByteArray fixed = PdfUnicodeRepair::repair(cmap, {{0x2F3E, U'户'}}, &repaired);
    CHECK(fixed.contains("<0001> <0001> <6237>"));
    CHECK(fixed.contains("[<7528> <4EBA> ]")); // the radical ⼈ as 人
    CHECK(repaired == 2);
    CHECK(fixed.size() == cmap.size());
    // Without the pages, Unicode's reading.
    CHECK(PdfUnicodeRepair::repair(cmap, {}, &repaired).contains("<0001> <0001> <6236>"));
    CHECK(repaired == 2);
}

TEST_CASE("The paginator puts at most 22 lines on a page and nothing outside the text block",
          "[pdf][paginator]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportLayout layout = ReportLayout::build(fixtureDocument(name));
        const QList<OfficialPage> pages = paginator.paginate(layout);
        REQUIRE(pages.size() > 1);
        int blockChars = 0;
        for (const LayoutBlock &b : layout.blocks()) // a title's lines lose the spaces between organs
            blockChars +=
                int(b.kind == BlockKind::Title ? QString(b.text).remove(u' ').size() : b.text.size());
        int laidOut = 0;
        for (const OfficialPage &page : pages) {
            int textLines = 0;
            for (const OfficialLine &line : page.lines) {
                if (line.row < 0)
                    continue;
                ++textLines;
                CHECK(line.row < OfficialPaginator::linesPerPage);
                laidOut += line.length;
                for (const OfficialRun &run : line.runs)
                    for (const QPointF &p : run.positions) {
                        CHECK(p.x() >= OfficialPaginator::marginLeft - 1);
                        CHECK(p.x() < OfficialPaginator::pageSize.width() - OfficialPaginator::marginRight);
                        CHECK(p.y() > OfficialPaginator::marginTop);
                        CHECK(p.y() < OfficialPaginator::marginTop + OfficialPaginator::textHeight);
                    }
            }
            CHECK(textLines <= OfficialPaginator::linesPerPage);
            CHECK(lineText(page.lines.last()) == u"— %1 —"_s.arg(page.number));
        }
        CHECK(laidOut == blockChars); // every character of every block is on some line, once
    }
}

TEST_CASE("No line starts with closing punctuation or ends with an opening mark (避头尾)", "[pdf][paginator]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    const QString noStart = u"，。、；：？！）》”’"_s;
    const QString noEnd = u"（《“‘"_s;
    int checked = 0;
    for (const QString &name : fixtureReports()) {
        for (const OfficialPage &page : paginator.paginate(ReportLayout::build(fixtureDocument(name)))) {
            for (const OfficialLine &line : page.lines) {
                const QString text = lineText(line);
                if (line.row < 0 || text.isEmpty())
                    continue;
                ++checked;
                INFO(text.toStdString());
                CHECK_FALSE(noStart.contains(text.front()));
                CHECK_FALSE(noEnd.contains(text.back()));
            }
        }
    }
    CHECK(checked > 300);
}

TEST_CASE("Body lines are justified to the full 28-character width", "[pdf][paginator]")
{
    const OfficialFonts fonts;
    const OfficialPaginator paginator(fonts);
    const ReportLayout layout = ReportLayout::build(fixtureDocument(u"siping-town-2025"_s));
    const QList<OfficialPage> pages = paginator.paginate(layout);
    const qreal right = OfficialPaginator::marginLeft + OfficialPaginator::textWidth;
    int full = 0;
    for (const OfficialLine &line : pages.at(1).lines) {
        if (line.row < 0 || line.runs.isEmpty())
            continue;
        const LayoutBlock &block = layout.blocks().at(line.block);
        const bool lastOfBlock = line.start + line.length >= block.text.size();
        if (lastOfBlock)
            continue;
        const OfficialRun &run = line.runs.last();
        // The last cell ends at the right edge of the text block (a hanging mark may pass it by one cell).
        const qreal end = run.positions.last().x() + OfficialPaginator::charPitch;
        CHECK(end > right - 4);
        CHECK(end < right + OfficialPaginator::charPitch + 1);
        ++full;
    }
    CHECK(full > 15);
}

TEST_CASE("Substitute fonts are reported, and each role has an installed family", "[pdf][fonts]")
{
    const OfficialFonts fonts;
    for (int r = 0; r < OfficialFonts::RoleCount; ++r)
        CHECK_FALSE(fonts.family(OfficialFonts::Role(r)).isEmpty());
    QStringList substituted;
    for (int r = 0; r < OfficialFonts::RoleCount; ++r)
        if (fonts.isSubstitute(OfficialFonts::Role(r)))
            substituted.append(OfficialFonts::officialName(OfficialFonts::Role(r)));
    const QStringList notes = fonts.substitutionNotes();
    CHECK(notes.size() == substituted.size());
    for (int i = 0; i < notes.size(); ++i)
        CHECK(notes.at(i).contains(substituted.at(i)));
    PdfExporter exporter;
    QTemporaryDir dir;
    REQUIRE(exporter.write(fixtureDocument(u"jiangjin-cgj-2025"_s), dir.filePath(u"a.pdf"_s)));
    CHECK(exporter.notes() == notes);
}

TEST_CASE("Title lines: organs each on a line, the subject from 关于 on its own", "[title]")
{
    CHECK(OfficialPaginator::titleLines(u"某局关于2025年法治政府建设情况的报告"_s) ==
          QStringList{u"某局关于2025年法治政府建设情况的报告"_s});
    CHECK(OfficialPaginator::titleLines(u"重庆市江津区城市管理局关于2025年法治政府建设情况的报告"_s) ==
          QStringList{u"重庆市江津区城市管理局"_s, u"关于2025年法治政府建设情况的报告"_s});
    CHECK(OfficialPaginator::titleLines(
              u"中共重庆市江津区四屏镇委员会 重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告"_s) ==
          QStringList{u"中共重庆市江津区四屏镇委员会"_s, u"重庆市江津区四屏镇人民政府"_s,
                      u"关于2025年法治政府建设情况的报告"_s});
    // As imported or typed, without a space between the organs: the break still falls where a name ends,
    // and "人民政府办公室" stays one name.
    CHECK(OfficialPaginator::titleLines(
              u"中共重庆市江津区四屏镇委员会重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告"_s) ==
          QStringList{u"中共重庆市江津区四屏镇委员会"_s, u"重庆市江津区四屏镇人民政府"_s,
                      u"关于2025年法治政府建设情况的报告"_s});
    CHECK(OfficialPaginator::titleLines(u"重庆市江津区人民政府办公室重庆市江津区司法局关于2025年法治政府建设情况的报告"_s) ==
          QStringList{u"重庆市江津区人民政府办公室"_s, u"重庆市江津区司法局"_s, u"关于2025年法治政府建设情况的报告"_s});
    for (const QString &line :
         OfficialPaginator::titleLines(u"一个没有任何可以断开之处而且非常非常非常非常非常长的标题文字内容"_s))
        CHECK(line.size() <= 20);
}

TEST_CASE("The author goes into the PDF's document information and every offset still points at its object",
          "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.pdf"_s);
    ReportDocument doc = fixtureDocument(u"siping-town-2025"_s);
    doc.unit.fullName.clear(); // no author: the file is Qt's own
    PdfExporter exporter;
    REQUIRE(exporter.write(doc, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // The file as Qt wrote it: the exporter appends the report's data after it as an incremental update,
    // once the author is in (PdfAttachment), so the author is put into Qt's own file.
    const QByteArray written = file.readAll();
    REQUIRE(written.contains("%%EOF\n"));
    const QByteArray plain = written.left(written.indexOf("%%EOF\n") + 6);
    REQUIRE(PdfMetadata::crossReferenceHolds(plain));
    CHECK_FALSE(plain.contains("/Author"));

    const QString author = u"重庆市江津区四屏镇人民政府 𠀀"_s; // a character outside the BMP too
    const QByteArray withAuthor = PdfMetadata::withAuthor(plain, author);
    CHECK(withAuthor.size() > plain.size());
    CHECK(withAuthor.contains("/Author <FEFF"));
    CHECK(PdfMetadata::crossReferenceHolds(withAuthor));
    // Adding it again changes nothing; a file not laid out as Qt writes it is left alone.
    CHECK(PdfMetadata::withAuthor(withAuthor, author) == withAuthor);
    const QByteArray broken = plain.left(plain.size() / 2);
    CHECK(PdfMetadata::withAuthor(broken, author) == broken);
    CHECK_FALSE(PdfMetadata::crossReferenceHolds(broken));

    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        return;
    const QString patched = dir.filePath(u"b.pdf"_s);
    QFile out(patched);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(withAuthor);
    out.close();
    QProcess p;
    p.start(u"pdfinfo"_s, {patched});
    REQUIRE(p.waitForFinished(60000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(u"Author:          "_s + author));
    CHECK(p.readAllStandardError().isEmpty()); // poppler complains of a damaged cross-reference table
}
