// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's containers (DOCX, HTML, Markdown), its repairs, and the inputs it must refuse cleanly.
#include "import/HtmlReader.h"
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

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

/// Requires that importing `path` is refused as bad input with a message containing `phrase`.
void refused(const QString &path, const QString &phrase)
{
    try {
        Importer::importFile(path);
        FAIL("accepted " << path.toStdString());
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(phrase));
    }
}

/// A .docx written with QuaZip: the given parts of the package.
void writeDocx(const QString &path, const QMap<QString, QByteArray> &files)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())));
        file.write(it.value());
        file.close();
    }
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

QByteArray paragraph(const QString &text, const QString &style = {}, int numId = 0, int ilvl = 0)
{
    QString p = u"<w:p><w:pPr>"_s;
    if (!style.isEmpty())
        p += u"<w:pStyle w:val=\"%1\"/>"_s.arg(style);
    if (numId)
        p += u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(ilvl).arg(numId);
    // Text split over two runs, as Word does.
    const qsizetype half = text.size() / 2;
    p += u"</w:pPr><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>%2</w:t></w:r></w:p>"_s.arg(
        text.left(half).toHtmlEscaped(), text.mid(half).toHtmlEscaped());
    return p.toUtf8();
}

QByteArray documentXml(const QList<QByteArray> &paragraphs)
{
    QByteArray body;
    for (const QByteArray &p : paragraphs)
        body += p;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "<w:sectPr/></w:body></w:document>";
}

const QByteArray kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/></w:style>"
    "</w:styles>";

/// List 1: （一）（二）… in Chinese counting; list 2: 1. 2. …; list 3: 一、二、…
const QByteArray kNumbering =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"（%1）\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"11\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"12\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/>"
    "<w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"11\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"12\"/></w:num>"
    "</w:numbering>";

QString title() { return u"重庆市某某区司法局关于2025年法治政府建设情况的报告"_s; }

} // namespace

TEST_CASE("DOCX: Word's heading styles and its numbered lists make the parts and subsections", "[import][docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.docx"_s);
    writeDocx(path, {{u"word/document.xml"_s,
                      documentXml({paragraph(title(), u"Title"_s), paragraph(u"区委、区政府："_s),
                                   paragraph(u"2025年，我局坚持以习近平法治思想为指导。现将有关情况报告如下："_s),
                                   paragraph(u"2025年推进法治政府建设的主要举措和成效"_s, u"1"_s),
                                   paragraph(u"深入学习贯彻习近平法治思想"_s, u"Heading2"_s, 1),
                                   paragraph(u"全年处理行政复议案件12件，组织法治培训6场。"_s),
                                   paragraph(u"严格规范公正文明执法"_s, u"Heading2"_s, 1),
                                   paragraph(u"办理行政处罚案件356件，重大执法决定法制审核率100%。"_s),
                                   paragraph(u"2025年推进法治政府建设存在的不足和原因"_s, u"1"_s),
                                   paragraph(u"一是执法人员力量不足。二是普法方式单一，主要原因是经费保障不够。"_s),
                                   paragraph(u"2026年推进法治政府建设的主要安排"_s, u"1"_s),
                                   paragraph(u"加强执法队伍建设。"_s, u"ListParagraph"_s, 2),
                                   paragraph(u"创新普法方式。"_s, u"ListParagraph"_s, 2),
                                   paragraph(u"重庆市某某区司法局"_s), paragraph(u"2026年1月10日"_s)})},
                     {u"word/styles.xml"_s, kStyles},
                     {u"word/numbering.xml"_s, kNumbering}});

    const ImportResult r = Importer::importFile(path);
    const ReportDocument &doc = r.document;
    CHECK(doc.report.title == title());
    CHECK(doc.unit.fullName == u"重庆市某某区司法局"_s);
    CHECK(doc.report.year == 2025);
    CHECK(doc.report.addressee == u"区委、区政府"_s);
    CHECK(doc.report.signatories == QStringList{u"重庆市某某区司法局"_s});
    CHECK(doc.report.writtenDate == QDate(2026, 1, 10));

    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).part == 1);
    CHECK(parts.at(0).heading == u"2025年推进法治政府建设的主要举措和成效"_s);
    CHECK(parts.at(1).part == 2);
    CHECK(parts.at(2).part == 4);
    const QList<Section> subs = doc.subsections(parts.at(0).id);
    REQUIRE(subs.size() == 2);
    CHECK(subs.at(0).heading == u"深入学习贯彻习近平法治思想"_s); // the list's "（一）" is not part of the heading
    CHECK_FALSE(subs.at(0).runIn);
    CHECK(subs.at(0).body == u"全年处理行政复议案件12件，组织法治培训6场。"_s);
    CHECK(subs.at(1).heading == u"严格规范公正文明执法"_s);
    // Items of a numbered list inside a part stay as its text, numbered as Word shows them.
    CHECK(parts.at(2).body.contains(u"加强执法队伍建设。"_s));
    CHECK(parts.at(2).body.contains(u"创新普法方式。"_s));
    CHECK(parts.at(2).body.startsWith(u"1\\."_s));

    REQUIRE(doc.metric(u"admin_review_cases"_s));
    CHECK(doc.metric(u"admin_review_cases"_s)->value == 12);
    REQUIRE(doc.metric(u"enforcement_cases"_s));
    CHECK(doc.metric(u"enforcement_cases"_s)->value == 356);
    REQUIRE(doc.problems.size() == 2);
    CHECK(doc.problems.at(0).text == u"执法人员力量不足"_s);
    CHECK(doc.problems.at(1).reason == u"主要原因是经费保障不够"_s);
}

TEST_CASE("DOCX: parts numbered by a Word list (一、) without heading styles", "[import][docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"numbered.docx"_s);
    writeDocx(path, {{u"word/document.xml"_s,
                      documentXml({paragraph(title()), paragraph(u"区委、区政府："_s), paragraph(u"现将有关情况报告如下："_s),
                                   paragraph(u"主要举措和成效"_s, {}, 3), paragraph(u"推进依法行政。"_s, {}, 1),
                                   paragraph(u"全面推进依法行政，取得明显成效。"_s), paragraph(u"存在问题"_s, {}, 3),
                                   paragraph(u"一是制度建设不够完善。二是队伍能力有待提升。"_s), paragraph(u"下一步工作打算"_s, {}, 3),
                                   paragraph(u"继续推进法治政府建设。"_s)})},
                     {u"word/numbering.xml"_s, kNumbering}});
    const ImportResult r = Importer::importFile(path);
    const QList<Section> parts = r.document.parts();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).heading == u"主要举措和成效"_s);
    CHECK(parts.at(0).part == 1);
    CHECK(parts.at(1).part == 2);
    CHECK(parts.at(2).part == 4);
    const QList<Section> subs = r.document.subsections(parts.at(0).id);
    REQUIRE(subs.size() == 1);
    CHECK(subs.at(0).heading == u"推进依法行政"_s);
    CHECK(r.document.problems.size() == 2);
}

TEST_CASE("DOCX that is not one is refused with a clear message", "[import][docx][bad-input]")
{
    QTemporaryDir dir;
    const QString notZip = dir.filePath(u"fake.docx"_s);
    writeFile(notZip, "这其实是一个文本文件，只是扩展名写成了 docx。");
    refused(notZip, u"不是有效的 Word"_s);

    const QString noDocument = dir.filePath(u"empty.docx"_s);
    writeDocx(noDocument, {{u"word/styles.xml"_s, kStyles}});
    refused(noDocument, u"document.xml"_s);

    const QString truncated = dir.filePath(u"truncated.docx"_s);
    writeDocx(truncated, {{u"word/document.xml"_s, documentXml({paragraph(title())})}});
    QFile f(truncated);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.resize(f.size() / 2);
    f.close();
    CHECK_THROWS_AS(Importer::importFile(truncated), Failure);

    const QString brokenXml = dir.filePath(u"broken.docx"_s);
    writeDocx(brokenXml, {{u"word/document.xml"_s, "<w:document><w:body><w:p><w:t>未闭合"}});
    CHECK_THROWS_AS(Importer::importFile(brokenXml), Failure);
}

TEST_CASE("HTML: a saved government page, furniture and all", "[import][html]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"page.html"_s);
    const QString html = uR"(<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某区司法局</title>
<script>var share = "<p>分享到</p>";</script><style>p { margin: 0 }</style></head><body>
<div class="nav">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; 法治政府建设年度报告</div>
<table class="meta"><tr><td>索引号</td><td>11500000-0000/2026-00012</td></tr><tr><td>发文字号</td><td></td></tr></table>
<h1>重庆市某某区司法局关于2025年法治政府建设情况的报告</h1>
<div class="info"><span>发布日期：2026-02-10</span> <span>字体：大 中 小</span></div>
<div class="content">
<p>区委、区政府：</p>
<p>&emsp;&emsp;2025年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下：</p>
<p><strong>一、主要举措和成效</strong></p>
<p>（一）完善制度体系。全年审核&ldquo;规范性文件&rdquo;15件，
   主动公开政府信息320条。</p>
<p>（二）规范执法行为。办理行政处罚案件88件。</p>
<p>二、存在的问题</p>
<p>一是执法力量不足。二是信息化水平不高。</p>
<p>三、下一步工作安排</p>
<p>持续推进法治政府建设。</p>
<p style="text-align:right">重庆市某某区司法局</p>
<p style="text-align:right">2026年1月20日</p>
</div>
<div class="share">扫一扫在手机打开当前页</div>
<div class="footer"><p>主办：重庆市某某区人民政府办公室</p><p>版权所有：重庆市某某区人民政府</p><p>渝ICP备12345678号</p></div>
</body></html>)"_s;
    writeFile(path, html.toUtf8());

    const ImportResult r = Importer::importFile(path);
    const ReportDocument &doc = r.document;
    CHECK(doc.report.title == u"重庆市某某区司法局关于2025年法治政府建设情况的报告"_s);
    CHECK(doc.report.publishedDate == QDate(2026, 2, 10));
    CHECK(doc.report.writtenDate == QDate(2026, 1, 20));
    CHECK(doc.report.addressee == u"区委、区政府"_s);
    CHECK(doc.report.opening == u"2025年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下："_s);
    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).part == 1);
    CHECK(parts.at(1).part == 2);
    CHECK(parts.at(2).part == 4);
    const QList<Section> subs = doc.subsections(parts.at(0).id);
    REQUIRE(subs.size() == 2);
    CHECK(subs.at(0).heading == u"完善制度体系"_s);
    CHECK(subs.at(0).runIn);
    // Entities decoded, the source line break inside Chinese text joined without a space.
    CHECK(subs.at(0).body == u"全年审核“规范性文件”15件，主动公开政府信息320条。"_s);
    REQUIRE(doc.metric(u"disclosures"_s));
    CHECK(doc.metric(u"disclosures"_s)->value == 320);
    CHECK(doc.problems.size() == 2);
    for (const QString &furniture : {u"当前位置"_s, u"索引号"_s, u"扫一扫"_s, u"版权所有"_s, u"ICP"_s})
        CHECK(r.removed.join(u'\n').contains(furniture));
}

TEST_CASE("HTML declared as GB2312 is decoded", "[import][html]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gbk.htm"_s);
    const QString html = u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
                         u"<p>某某镇人民政府关于2025年法治政府建设情况的报告</p><p>一、主要举措和成效</p><p>依法行政。</p></body></html>"_s;
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    writeFile(path, gb(html));
    const ImportResult r = Importer::importFile(path);
    CHECK(r.document.report.title == u"某某镇人民政府关于2025年法治政府建设情况的报告"_s);
    CHECK(r.document.unit.kind == UnitKind::Township);
}

TEST_CASE("Plain Markdown (not the project's form): # and ## are parts and subsections", "[import][markdown]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.md"_s);
    writeFile(path, u"某某局关于2025年法治政府建设情况的报告\n\n# 主要举措和成效\n\n## 加强党的领导\n\n全年召开会议5次。\n\n# 存在的不足\n\n"
                    u"一是甲。二是乙。\n"_s.toUtf8());
    const ImportResult r = Importer::importFile(path);
    const QList<Section> parts = r.document.parts();
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(0).part == 1);
    REQUIRE(r.document.subsections(parts.at(0).id).size() == 1);
    CHECK(r.document.subsections(parts.at(0).id).first().heading == u"加强党的领导"_s);
    CHECK(parts.at(1).part == 2);
}

TEST_CASE("Traditional characters are converted, and said so", "[import][repair]")
{
    const QString text = u"某某區司法局關於2025年法治政府建設情況的報告\n\n區委、區政府：\n\n2025年，我局認真學習貫徹習近平法治思想。現將有關情況報告如下：\n\n"
                         u"一、主要舉措和成效\n\n（一）推進依法行政。全年辦理行政復議案件6件。\n\n二、存在的問題\n\n一是執法隊伍專業能力不足。二是宣傳形式單一。\n\n"
                         u"三、下一步工作安排\n\n繼續推進法治政府建設。\n"_s;
    const ImportResult r = Importer::importText(text);
    CHECK(r.document.report.title == u"某某区司法局关于2025年法治政府建设情况的报告"_s);
    CHECK(r.document.parts().size() == 3);
    CHECK(r.document.parts().at(0).heading == u"主要举措和成效"_s);
    CHECK(r.repairs.join(u'\n').contains(u"繁体"_s));
    REQUIRE(r.document.metric(u"admin_review_cases"_s));
    CHECK(r.document.metric(u"admin_review_cases"_s)->value == 6);
}

TEST_CASE("Hard line breaks inside paragraphs are joined, headings and short lines are not", "[import][repair]")
{
    const QString paragraph = u"全年共组织开展法治宣传活动二十余场，覆盖群众三千余人次，发放宣传资料五千余份，"
                              u"进一步增强了群众的法治意识，营造了尊法学法守法用法的良好氛围，取得了较好的社会效果。"_s;
    QString wrapped;
    for (qsizetype i = 0; i < paragraph.size(); i += 24)
        wrapped += paragraph.mid(i, 24) + u'\n';
    const QString text = u"某某镇人民政府关于2025年法治政府建设情况的报告\n区委、区政府：\n现将有关情况报告如下：\n一、主要举措和成效\n"_s +
                         wrapped + wrapped + u"二、存在的不足\n一是甲。二是乙。\n三、下一步安排\n继续推进。\n某某镇人民政府\n2026年1月5日\n"_s;
    const ImportResult r = Importer::importText(text);
    const QList<Section> parts = r.document.parts();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).body == paragraph + u"\n\n"_s + paragraph);
    CHECK(r.repairs.join(u'\n').contains(u"硬换行"_s));
    CHECK(r.document.report.signatories == QStringList{u"某某镇人民政府"_s});
}

TEST_CASE("Punctuation: flattened marks restored between Chinese text, a clerk's stray mark is left alone", "[import][repair]")
{
    const ImportResult flattened = Importer::importText(
        u"某局关于2025年法治政府建设情况的报告\n区委,区政府:\n一、主要举措和成效\n(一)强化学习。开展学习12次,培训3场;成效明显。时间11:30,金额1,000元。\n"_s);
    const Section sub = flattened.document.subsections(flattened.document.parts().first().id).first();
    CHECK(sub.heading == u"强化学习"_s);
    CHECK(sub.body == u"开展学习12次，培训3场；成效明显。时间11:30，金额1,000元。"_s);
    CHECK(flattened.document.report.addressee == u"区委，区政府"_s);

    const ImportResult stray = Importer::importText(
        u"某局关于2025年法治政府建设情况的报告\n区委、区政府：\n一、主要举措和成效\n（一）强化学习。开展学习，培训,成效明显。\n"_s);
    const Section s2 = stray.document.subsections(stray.document.parts().first().id).first();
    CHECK(s2.body == u"开展学习，培训,成效明显。"_s);
    CHECK_FALSE(stray.repairs.join(u'\n').contains(u"全角"_s));
}

TEST_CASE("Problems: a reason given once after the items belongs to all of them", "[import][problems]")
{
    const ImportResult r = Importer::importText(
        u"某县人民政府关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n依法行政。\n二、存在的不足和原因\n"
        u"一是行政执法规范化水平有待提高；二是法治宣传针对性不强。究其原因，主要是执法人员培训不够。\n三、下一步安排\n加强培训。\n"_s);
    REQUIRE(r.document.problems.size() == 2);
    CHECK(r.document.problems.at(0).text == u"行政执法规范化水平有待提高"_s);
    CHECK(r.document.problems.at(1).text == u"法治宣传针对性不强"_s);
    for (const Problem &p : r.document.problems)
        CHECK(p.reason == u"究其原因，主要是执法人员培训不够"_s);
}

TEST_CASE("Damaged dates: inferred only when one reading fits, otherwise left empty, and said either way", "[import][date]")
{
    const QString body = u"某局关于2025年法治政府建设情况的报告\n一、主要举措和成效\n依法行政。\n某局\n"_s;
    const ImportResult ambiguous = Importer::importText(body + u"2026121\n"_s);
    CHECK_FALSE(ambiguous.document.report.writtenDate.isValid());
    CHECK(ambiguous.warnings.join(u'\n').contains(u"无法确定"_s));

    const ImportResult withStamp = Importer::importText(u"发布日期：2026-02-28\n"_s + body + u"2026121\n"_s);
    CHECK(withStamp.document.report.writtenDate == QDate(2026, 1, 21));
    CHECK(withStamp.warnings.join(u'\n').contains(u"推断为2026年1月21日"_s));

    const ImportResult chinese = Importer::importText(body + u"二〇二六年一月十三日\n"_s);
    CHECK(chinese.document.report.writtenDate == QDate(2026, 1, 13));
}

TEST_CASE("Bad input: refused with a Chinese message, never a crash", "[import][bad-input]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.txt"_s);
    writeFile(empty, "");
    refused(empty, u"空的"_s);
    const QString blank = dir.filePath(u"blank.txt"_s);
    writeFile(blank, "\n \r\n\t\n");
    refused(blank, u"空的"_s);

    const QString binary = dir.filePath(u"image.txt"_s);
    QByteArray noise(4096, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    noise[10] = '\0';
    writeFile(binary, noise);
    refused(binary, u"不是文本文件"_s);

    refused(dir.filePath(u"missing.txt"_s), u"找不到"_s);
    refused(dir.path(), u"文件夹"_s);

    const QString oldWord = dir.filePath(u"old.doc"_s);
    writeFile(oldWord, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 'x'));
    refused(oldWord, u".docx"_s);

    const QString huge = dir.filePath(u"huge.txt"_s);
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(100LL * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    refused(huge, u"太大"_s);
    CHECK(timer.elapsed() < 1000);
}

TEST_CASE("Text with no recognisable parts becomes one part, flagged", "[import][bad-input]")
{
    const ImportResult r = Importer::importText(u"这是一段随手写下的文字，没有标题，也没有“一、”这样的部分。\n第二段文字。\n"_s);
    const QList<Section> parts = r.document.parts();
    REQUIRE(parts.size() == 1);
    CHECK(parts.first().part == 0);
    CHECK(parts.first().body.contains(u"第二段文字。"_s));
    CHECK(r.warnings.join(u'\n').contains(u"未识别出报告的各个部分"_s));

    // Odd fragments do not throw anything but a Failure.
    for (const QString &odd : {u"一、"_s, u"（一）"_s, u"一、\n（一）\n（二）。\n2026121"_s, u"发布日期：2026-99-99\n关于报告\n"_s, u"。。。"_s,
                               u"(((((((("_s, u"一、二、三、\n一是二是三是"_s, u"\u200b\u3000\n"_s}) {
        INFO(odd.toStdString());
        try {
            const ImportResult any = Importer::importText(odd);
            CHECK(any.toJson().contains(u"parts"_s));
        } catch (const Failure &f) {
            CHECK(f.kind() == Failure::Kind::Input);
        }
    }
}

TEST_CASE("HTML: the publication date from the page's meta tags when the text shows none", "[import][html]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.html"_s);
    writeFile(path, uR"(<html><head><meta charset="utf-8"><meta name="PubDate" content="2026-02-28 09:30">
<title>报告</title></head><body>
<p>重庆市某某区司法局关于2025年法治政府建设情况的报告</p><p>区委、区政府：</p>
<p>一、2025年推进法治政府建设的主要举措和成效</p><p>全年审核规范性文件15件。</p>
<p>重庆市某某区司法局</p><p>2026年1月20日</p></body></html>)"_s.toUtf8());
    CHECK(Importer::importFile(path).document.report.publishedDate == QDate(2026, 2, 28));
    CHECK(HtmlReader::publishedDate(u"<meta property=\"article:published_time\" content=\"2026-03-05T08:00:00+08:00\">"_s) ==
          QDate(2026, 3, 5));
    CHECK_FALSE(HtmlReader::publishedDate(u"<meta name=\"keywords\" content=\"2026-03-05\">"_s).isValid());
}

TEST_CASE("a web page's 生成日期 dates the publication", "[import]")
{
    const ImportResult r = Importer::importText(
        u"生成日期：2026-02-11\n重庆市某某区司法局关于2025年法治政府建设情况的报告\n区委、区政府：\n"
        u"一、2025年推进法治政府建设的主要举措和成效\n全年审核规范性文件15件。\n重庆市某某区司法局\n2026年1月20日\n"_s);
    CHECK(r.document.report.publishedDate == QDate(2026, 2, 11));
}

TEST_CASE("A report without a title or signature takes its unit from the site's name above the text", "[import]")
{
    // A department's website: its name, the breadcrumb and the stamp above a report pasted without its
    // title line, ending with the date alone.
    const QString page =
        u"重庆市某某区城市管理局\n当前位置: 重庆市某某区城市管理局>政务公开>法治政府建设年度报告\n"
        u"发布日期:2026-02-28 11:23:27\n区委、区政府：\n"
        u"2025年，区城市管理局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。\n"
        u"一、2025年推进法治政府建设的主要举措和成效\n全年审核规范性文件15件。\n"
        u"二、存在的不足和原因\n执法人员法治素养有待提高。\n"
        u"三、下一步工作安排\n加强执法人员培训。\n2026年1月20日\n"_s;
    const ImportResult r = Importer::importText(page);
    INFO(r.repairs.join(u'\n').toStdString() << '\n' << r.warnings.join(u'\n').toStdString());
    CHECK(r.document.unit.fullName == u"重庆市某某区城市管理局"_s);
    CHECK(r.document.report.addressee == u"区委、区政府"_s);
    CHECK(r.repairs.join(u'\n').contains(u"按网页页头取为“重庆市某某区城市管理局”"_s));
    CHECK_FALSE(r.warnings.join(u'\n').contains(u"未识别出发文单位"_s));
    CHECK_FALSE(r.document.report.opening.contains(u"重庆市某某区城市管理局"_s));

    // With a signature, the signature names the unit and the header is left alone.
    QString signedPage = page;
    signedPage.replace(u"2026年1月20日"_s, u"重庆市某某区市场监督管理局\n2026年1月20日"_s);
    const ImportResult s = Importer::importText(signedPage);
    CHECK(s.document.unit.fullName == u"重庆市某某区市场监督管理局"_s);
    CHECK_FALSE(s.repairs.join(u'\n').contains(u"网页页头"_s));
}
