// SPDX-License-Identifier: GPL-3.0-or-later
// The Word round trip: the diff of two versions as a DOCX with tracked changes and comments, read by
// LibreOffice as such; a reviewer's DOCX (ours, or one LibreOffice made) imported as suggestions and comments.
#include "ExportTestSupport.h"

#include "DocxExporter.h"
#include "DocxTrackedChanges.h"
#include "review/ReviewWorkflow.h"
#include "review/TrackedDocx.h"
#include "review/WordReview.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SuggestionRepository.h"
#include "storage/UnitRepository.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

QByteArray unzipPart(const QByteArray &package, const QString &name)
{
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int countElements(const QByteArray &xml, const QString &qualifiedName) { return int(elements(xml, qualifiedName).size()); }

/// The report's printed paragraphs, blank lines left out.
QStringList paragraphTexts(const ReportDocument &doc)
{
    QStringList texts;
    const ReportLayout layout = ReportLayout::build(doc);
    for (const LayoutBlock &b : layout.blocks())
        texts << b.text;
    return texts;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line;
    return lines;
}

/// The document's text with every change accepted.
QString acceptedText(const TrackedDocx &docx)
{
    QString text = docx.original;
    for (qsizetype i = docx.changes.size() - 1; i >= 0; --i) {
        const TrackedDocx::Change &c = docx.changes.at(i);
        if (c.kind == TrackedDocx::Change::Kind::Deleted)
            text.remove(c.at, c.text.size());
        else
            text.insert(c.at, c.text);
    }
    return text;
}

/// A fixture with a second paragraph in one section, for the edits below to remove.
ReportDocument withTwoParagraphs(ReportDocument doc)
{
    doc.sections[2].body += u"\n此外，本段说明年度工作的其他情况，修改时将被整段删去。"_s;
    return doc;
}

/// The edits a reviewer would make: a sentence changed, a paragraph removed, one added, a heading retitled.
ReportDocument edited(ReportDocument doc)
{
    for (Section &s : doc.sections) {
        if (!s.body.contains(u'\n'))
            continue;
        QStringList paragraphs = s.body.split(u'\n');
        qsizetype second = 1;
        while (second < paragraphs.size() && paragraphs.at(second).trimmed().isEmpty())
            ++second;
        if (second >= paragraphs.size())
            continue;
        paragraphs.removeAt(second);
        s.body = paragraphs.join(u'\n');
        break;
    }
    Section &changed = doc.sections[doc.sections.size() / 2];
    const qsizetype at = changed.body.indexOf(u'，');
    REQUIRE(at > 0);
    changed.body.replace(at + 1, 4, u"切实加强"_s);
    doc.sections.last().body += u"\n同时，建立健全法治建设考核评价机制，将考核结果纳入年度综合考核。"_s;
    doc.sections[1].heading += u"（修订）"_s;
    return doc;
}

/// A database with a unit, a drafter and a reviewer, and `doc` stored as a draft.
struct Office
{
    QTemporaryDir dir;
    Database db;
    qint64 unit = 0;
    qint64 report = 0;
    Person drafter;
    Person reviewer;

    explicit Office(ReportDocument doc)
    {
        db.open(dir.filePath(u"word.sqlite"_s));
        unit = UnitRepository(db).insert({.fullName = doc.unit.fullName.isEmpty() ? u"重庆市江津区四屏镇人民政府"_s : doc.unit.fullName});
        doc.unit.id = unit;
        doc.report.status = ReportStatus::Draft;
        report = DocumentStore(db).insert(doc);
        drafter = person(u"张起草"_s, Role::Drafter);
        reviewer = person(u"李审核"_s, Role::Reviewer);
    }
    Person person(const QString &name, Role role)
    {
        Person p{.name = name, .unitId = unit, .roles = {{unit, role}}};
        p.id = PersonRepository(db).insert(p);
        return *PersonRepository(db).find(p.id);
    }
    ReportDocument current() { return DocumentStore(db).load(report, false); }
};

/// LibreOffice converts `file` to `format` in `outDir`; returns the converted file's path.
QString convert(const QString &file, const QString &format, const QString &outDir)
{
    const QString office = QStandardPaths::findExecutable(u"soffice"_s);
    REQUIRE_FALSE(office.isEmpty()); // libreoffice-writer-nogui is a test package: its absence is a failure
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, outDir); // a private profile
    lo.setProcessEnvironment(env);
    lo.start(office, {u"--headless"_s, u"--convert-to"_s, format, u"--outdir"_s, outDir, file});
    REQUIRE(lo.waitForFinished(240000));
    CHECK(lo.exitCode() == 0);
    const QString converted = QDir(outDir).filePath(QFileInfo(file).completeBaseName() + u'.' + format);
    REQUIRE(QFileInfo::exists(converted));
    return converted;
}

} // namespace

TEST_CASE("the diff of two versions is a DOCX in the official layout with tracked changes and Word comments",
          "[docx][review]")
{
    const ReportDocument before = withTwoParagraphs(fixtureDocument(u"jiulongpo-cgj-2023"_s));
    const ReportDocument after = edited(before);
    const QDateTime when = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    const QString words = after.sections.last().body.mid(10, 8);
    QList<Comment> comments{
        {.id = 1, .sectionId = after.sections.last().id, .author = u"李审核"_s, .quote = words, .body = u"请核实"_s, .createdAt = when},
        {.id = 2, .parentId = 1, .author = u"张起草"_s, .body = u"已核实"_s, .createdAt = when},
        {.id = 3, .author = u"李审核"_s, .quote = u"早已删去的文字"_s, .body = u"这句话去哪了？"_s, .createdAt = when}};
    const DocxTrackedChanges::Result result =
        DocxTrackedChanges::render(before, after, {u"李审核"_s, when}, comments);
    REQUIRE_FALSE(result.data.isEmpty());
    CHECK(result.comments == 3);

    const QByteArray document = unzipPart(result.data, u"word/document.xml"_s);
    const auto ins = elements(document, u"w:ins"_s);
    const auto del = elements(document, u"w:del"_s);
    REQUIRE(!ins.isEmpty());
    REQUIRE(!del.isEmpty());
    for (const auto &change : ins + del) {
        CHECK(attr(change, u"w:author"_s) == u"李审核"_s);
        CHECK(attr(change, u"w:date"_s) == u"2026-11-30T10:00:00Z"_s);
        CHECK_FALSE(attr(change, u"w:id"_s).isEmpty());
    }
    // Whole paragraphs: the removed one's mark deleted, the added one's mark inserted (in w:pPr/w:rPr).
    CHECK(document.contains("<w:rPr><w:del "));
    CHECK(document.contains("<w:rPr><w:ins "));
    CHECK(QString::fromUtf8(document).contains(u"<w:delText>"_s));
    CHECK(QString::fromUtf8(document).contains(u"切实加强"_s));

    // Comments: three in comments.xml, each with its range and reference; the reply threaded.
    CHECK(countElements(unzipPart(result.data, u"word/comments.xml"_s), u"w:comment"_s) == 3);
    CHECK(countElements(document, u"w:commentRangeStart"_s) == 3);
    CHECK(countElements(document, u"w:commentRangeEnd"_s) == 3);
    CHECK(countElements(document, u"w:commentReference"_s) == 3);
    const auto threads = elements(unzipPart(result.data, u"word/commentsExtended.xml"_s), u"w15:commentEx"_s);
    REQUIRE(threads.size() == 3);
    CHECK(threads.at(1).hasAttribute(u"w15:paraIdParent"_s));
    CHECK(QString::fromUtf8(unzipPart(result.data, u"word/comments.xml"_s)).contains(u"早已删去的文字"_s));
    CHECK(unzipPart(result.data, u"word/_rels/document.xml.rels"_s).contains("comments.xml"));
    CHECK(unzipPart(result.data, u"[Content_Types].xml"_s).contains("comments+xml"));
    CHECK(unzipPart(result.data, u"word/settings.xml"_s).contains("w:trackRevisions"));

    // The same layout as the normal DOCX: its styles and its page.
    const auto normal = DocxExporter::parts(after);
    CHECK(unzipPart(result.data, u"word/styles.xml"_s) == normal.value(u"word/styles.xml"_s));
    CHECK(elements(document, u"w:pgMar"_s).size() == 1);
    CHECK(attr(elements(document, u"w:pgMar"_s).first(), u"w:top"_s) ==
          attr(elements(normal.value(u"word/document.xml"_s), u"w:pgMar"_s).first(), u"w:top"_s));
    CHECK_FALSE(normal.value(u"word/document.xml"_s).contains("<w:ins "));

    // Read back: rejecting every change gives the older text, accepting every change the newer.
    const TrackedDocx back = TrackedDocx::read(result.data);
    CHECK(int(back.changes.size()) == result.changes);
    // (The title is written in its lines, the spaces between the organs' names left out.)
    CHECK(nonEmptyLines(back.original).mid(1) == paragraphTexts(before).mid(1));
    CHECK(nonEmptyLines(acceptedText(back)).mid(1) == paragraphTexts(after).mid(1));
    CHECK(nonEmptyLines(back.original).first().remove(u' ') == QString(before.report.title).remove(u' '));
    REQUIRE(back.comments.size() == 3);
    CHECK(back.comments.at(0).text == u"请核实"_s);
    CHECK(back.original.mid(back.comments.at(0).start, back.comments.at(0).end - back.comments.at(0).start) == words);
    CHECK(back.comments.at(1).parent == back.comments.at(0).id);
}

TEST_CASE("LibreOffice converts the tracked-changes DOCX and reads back every change and comment",
          "[docx][review][libreoffice]")
{
    const ReportDocument before = withTwoParagraphs(fixtureDocument(u"jiangjin-cgj-2025"_s));
    const ReportDocument after = edited(before);
    const QDateTime when = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    QList<Comment> comments{
        {.id = 1, .author = u"李审核"_s, .quote = after.sections.last().body.mid(4, 6), .body = u"请核实"_s, .createdAt = when},
        {.id = 2, .parentId = 1, .author = u"张起草"_s, .body = u"已核实"_s, .createdAt = when}};
    const DocxTrackedChanges::Result result = DocxTrackedChanges::render(before, after, {u"李审核"_s, when}, comments);
    QTemporaryDir dir;
    const QString docx = dir.filePath(u"diff.docx"_s);
    writeFile(docx, result.data);

    const QString pdf = convert(docx, u"pdf"_s, dir.path());
    CHECK(QFileInfo(pdf).size() > 10000);
    const QString odt = convert(docx, u"odt"_s, dir.path());
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = unzipPart(file.readAll(), u"content.xml"_s);
    INFO("changes written: " << result.changes);
    CHECK(result.changes >= 4);
    CHECK(countElements(content, u"text:changed-region"_s) == result.changes);
    CHECK(countElements(content, u"office:annotation"_s) == result.comments);
    CHECK(result.comments == 2);
}

TEST_CASE("metric and problem changes, which are not in the printed text, are listed in a remark on the title",
          "[docx][review]")
{
    const ReportDocument before = fixtureDocument(u"jiulongpo-cgj-2023"_s);
    ReportDocument after = before;
    REQUIRE_FALSE(after.metrics.isEmpty());
    after.metrics.first().value += 1;
    const DocxTrackedChanges::Result result = DocxTrackedChanges::render(before, after, {u"李审核"_s, QDateTime::currentDateTimeUtc()});
    CHECK(result.changes == 0);
    REQUIRE(result.comments == 1);
    const QString remarks = QString::fromUtf8(unzipPart(result.data, u"word/comments.xml"_s));
    CHECK(remarks.contains(u"指标"_s));
    CHECK(remarks.contains(QString::number(after.metrics.first().value, 'g', 15)));
}

TEST_CASE("our own diff DOCX imports back with a suggestion for every change, and accepting them all gives the "
          "newer text",
          "[docx][review][suggestions]")
{
    Office office(withTwoParagraphs(fixtureDocument(u"jiulongpo-cgj-2023"_s)));
    const int v1 = ReviewWorkflow(office.db, office.drafter).saveVersion(office.report, u"初稿"_s);
    const ReportDocument first = office.current();
    // The drafter edits: a sentence, a paragraph removed, one added.
    ReportDocument wanted = edited(first);
    for (const Section &s : wanted.sections) {
        SectionRepository(office.db).updateBody(s.id, s.body);
        SectionRepository(office.db).updateHeading(s.id, s.heading, s.runIn);
    }
    wanted = office.current();
    const DocxTrackedChanges::Result diff = DocxTrackedChanges::render(first, wanted, {u"张起草"_s, QDateTime::currentDateTimeUtc()});

    // Back to the first version, and the diff imported onto it.
    ReviewWorkflow(office.db, office.drafter).restoreVersion(office.report, v1);
    const WordReview::Imported imported = WordReview(office.db, office.reviewer).import(office.report, diff.data, u"diff.docx"_s);
    CHECK(int(imported.suggestions.size()) == diff.changes);
    CHECK(imported.unplaced == 0);

    const QList<qint64> left = WordReview(office.db, office.drafter).acceptAll(office.report);
    CHECK(left.isEmpty());
    CHECK(paragraphTexts(office.current()) == paragraphTexts(wanted));
    CHECK(SuggestionRepository(office.db).openCount(office.report) == 0);
}

TEST_CASE("a DOCX that LibreOffice saved with tracked changes and comments imports with every change and comment",
          "[docx][review][suggestions]")
{
    // tests/data/word-review/make-reviewed.py wrote reviewed.fodt; LibreOffice saved it as reviewed.docx.
    const QJsonObject counts = QJsonDocument::fromJson(readText(testData(u"word-review/counts.json"_s)).toUtf8()).object();
    Office office(fixtureDocument(u"siping-town-2025"_s));
    QFile file(testData(u"word-review/reviewed.docx"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(unzipPart(data, u"docProps/app.xml"_s).contains("LibreOffice"));

    const WordReview::Imported imported = WordReview(office.db, office.reviewer).import(office.report, data, u"reviewed.docx"_s);
    CHECK(imported.suggestions.size() == counts.value(u"changes"_s).toInt());
    CHECK(imported.comments.size() == counts.value(u"comments"_s).toInt());
    CHECK(imported.unplaced == 0);
    for (const Suggestion &s : SuggestionRepository(office.db).forReport(office.report)) {
        CHECK(s.author == u"李审核"_s);
        CHECK(s.madeAt.isValid());
    }
    // The comment on body words is anchored on them; the one on the title says its words.
    const QList<Comment> comments = CommentRepository(office.db).forReport(office.report);
    REQUIRE(comments.size() == 2);
    int anchored = 0;
    for (const Comment &c : comments)
        if (c.sectionId > 0 && !c.quote.isEmpty() && c.start >= 0) {
            ++anchored;
            CHECK(SectionRepository(office.db).find(c.sectionId)->body.mid(c.start, c.quote.size()) == c.quote);
        }
    CHECK(anchored == 1);

    const QList<qint64> left = WordReview(office.db, office.drafter).acceptAll(office.report);
    CHECK(left.isEmpty());
    CHECK(paragraphTexts(office.current()) == nonEmptyLines(readText(testData(u"word-review/expected.txt"_s))));
}
