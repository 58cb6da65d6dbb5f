// SPDX-License-Identifier: GPL-3.0-or-later
// The web page, plain text and Markdown exports, and how every export fails.
#include "ExportTestSupport.h"

#include "Exporter.h"
#include "HtmlExporter.h"
#include "import/MarkdownForm.h"
#include "text/ReportLayout.h"
#include "TextExporter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("The web page has semantic headings and no script", "[html]")
{
    const ReportDocument doc = fixtureDocument(u"jiulongpo-cgj-2023"_s);
    const QString html = HtmlExporter::html(doc);
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
    CHECK(html.count(u"<h1>"_s) == 1);
    CHECK(html.count(u"<h2>"_s) == doc.parts().size());
    int subsections = 0;
    for (const Section &part : doc.parts())
        subsections += int(doc.subsections(part.id).size());
    CHECK(html.count(u"<h3"_s) == subsections);
    CHECK(html.contains(u"<h2>一、2023年法治政府建设工作情况</h2>"_s));
    CHECK(html.contains(
        u"<h3 class=\"run-in\">（一）深学笃用习近平法治思想和党的二十大精神，推动城市管理部门法治政府建设高质量发展。</h3>"_s));
    CHECK_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(u"http://"_s));
    CHECK_FALSE(html.contains(u"https://"_s)); // self-contained: nothing fetched
}

TEST_CASE("Every piece of the clerk's text is escaped in the web page", "[html]")
{
    ReportDocument doc = fixtureDocument(u"siping-town-2025"_s);
    doc.report.title = u"<script>alert('标题')</script>"_s;
    doc.report.addressee = u"区委&区政府\"<b>"_s;
    doc.sections[1].body = u"正文<script>alert(1)</script>，**重点<img src=x onerror=alert(1)>**。"_s;
    doc.sections[0].heading = u"<i>标题</i>"_s;
    doc.report.signatories = {u"<script>署名</script>"_s};
    const QString html = HtmlExporter::html(doc);
    CHECK_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(u"<img"_s, Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(u"<i>"_s));
    CHECK_FALSE(html.contains(u"<b>"_s));
    CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    CHECK(html.contains(u"<strong>重点&lt;img src=x onerror=alert(1)&gt;</strong>。"_s));
    CHECK(html.contains(u"<title>&lt;script&gt;alert(&#39;标题&#39;)&lt;/script&gt;</title>"_s));
    CHECK(html.contains(u"区委&amp;区政府&quot;&lt;b&gt;："_s));
}

TEST_CASE("Plain text is the report layout's text, Markdown is the lossless form", "[txt][md]")
{
    QTemporaryDir dir;
    const ReportDocument doc = fixtureDocument(u"jiangjin-cgj-2025"_s);
    auto txt = Exporter::create(u"txt"_s);
    REQUIRE(txt->write(doc, dir.filePath(u"a.txt"_s)));
    const QString text = readText(dir.filePath(u"a.txt"_s));
    CHECK(text == ReportLayout::build(doc).plainText() + u'\n');
    CHECK(text.contains(
        u"\n一、主要做法和成效\n（一）深入贯彻落实习近平法治思想，认真履行推进法治政府建设职责。一是"_s));

    auto md = Exporter::create(u"md"_s);
    REQUIRE(md->write(doc, dir.filePath(u"a.md"_s)));
    const QString markdown = readText(dir.filePath(u"a.md"_s));
    CHECK(markdown == MarkdownForm::write(doc));
    CHECK(MarkdownForm::write(MarkdownForm::read(markdown)) == markdown);
}

TEST_CASE("Every format is available by name", "[export]")
{
    CHECK(Exporter::formats() == QStringList{u"pdf"_s, u"docx"_s, u"ofd"_s, u"html"_s, u"txt"_s, u"md"_s});
    for (const QString &f : Exporter::formats()) {
        auto e = Exporter::create(f);
        REQUIRE(e);
        CHECK(e->format() == f);
    }
    CHECK_FALSE(Exporter::create(u"odt"_s));
}

TEST_CASE("A failed export leaves no file and says why in Chinese", "[export]")
{
    QTemporaryDir dir;
    const ReportDocument doc = fixtureDocument(u"jiangjin-cgj-2025"_s);
    for (const QString &f : Exporter::formats()) {
        INFO(f.toStdString());
        auto e = Exporter::create(f);
        const QString missing = dir.filePath(u"没有这个文件夹/报告."_s + f);
        CHECK_FALSE(e->write(doc, missing));
        CHECK(e->errorString().contains(u"不存在"_s));
        CHECK_FALSE(QFileInfo::exists(missing));
        CHECK_FALSE(e->write(doc, dir.path()));
        CHECK(e->errorString().contains(u"文件夹"_s));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("An export replaces an existing file only when it succeeds", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"报告.docx"_s);
    writeFile(path, "old");
    auto e = Exporter::create(u"docx"_s);
    REQUIRE(e->write(fixtureDocument(u"siping-town-2025"_s), path));
    CHECK(QFileInfo(path).size() > 1000);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"报告.docx"_s}); // no temporary left behind
}
