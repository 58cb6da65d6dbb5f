// SPDX-License-Identifier: GPL-3.0-or-later
// Our own exports carry the report's data: exported as PDF, DOCX or OFD and imported into an empty database,
// a report shows the same `report show --json` (ids and timestamps aside); an edited file imports its
// visible text and says so.
#include "FormatTestSupport.h"

#include "Exporter.h"
#include "import/DocxReader.h"
#include "import/EmbeddedReport.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

/// The JSON without what a new database numbers or stamps afresh.
QJsonValue withoutIds(const QJsonValue &value)
{
    static const QStringList volatileKeys{u"id"_s, u"unit_id"_s, u"report_id"_s, u"parent_id"_s, u"continues_id"_s,
                                          u"created_at"_s, u"updated_at"_s, u"revision"_s};
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (const QString &k : volatileKeys)
            o.remove(k);
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutIds(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutIds(a.at(i));
        return a;
    }
    return value;
}

/// The zip with one entry's bytes replaced.
QByteArray rezipped(const QByteArray &zipBytes, const QString &entry, const std::function<QByteArray(QByteArray)> &edit)
{
    QByteArray in = zipBytes;
    QBuffer source(&in);
    QuaZip reader(&source);
    REQUIRE(reader.open(QuaZip::mdUnzip));
    QBuffer target;
    target.open(QIODevice::ReadWrite);
    QuaZip writer(&target);
    REQUIRE(writer.open(QuaZip::mdCreate));
    for (bool more = reader.goToFirstFile(); more; more = reader.goToNextFile()) {
        const QString name = reader.getCurrentFileName();
        QuaZipFile file(&reader);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        file.close();
        if (name == entry)
            data = edit(data);
        QuaZipFile out(&writer);
        REQUIRE(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        out.write(data);
        out.close();
    }
    writer.close();
    return target.data();
}

} // namespace

TEST_CASE("A report exported as PDF, DOCX or OFD imports into an empty database as the same report", "[formats][embedded]")
{
    const QString name = GENERATE(u"jiangjin-cgj-2025"_s, u"siping-town-2025"_s);
    const QString format = GENERATE(u"pdf"_s, u"docx"_s, u"ofd"_s);
    INFO(name.toStdString() << " as " << format.toStdString());
    test::CliSession source;
    // The published report, with a problem that has every field set, so that nothing the data carries
    // goes unchecked.
    QString markdown = test::readText(test::testData(u"render/"_s + name + u".md"_s));
    const qsizetype at = markdown.indexOf(u"\nproblem: "_s);
    REQUIRE(at > 0);
    markdown.insert(at, u"\nproblem: {\"text\":\"执法记录仪配备不足\",\"reason\":\"经费有限\",\"measure\":\"分批采购\","
                        u"\"owner\":\"办公室\",\"due_date\":\"2026-06-30\",\"status\":\"in-progress\"}"_s);
    const QString md = source.dir.filePath(u"report.md"_s);
    test::writeFile(md, markdown.toUtf8());
    const qint64 id = source.json({u"import"_s, md}).toObject().value(u"report_id"_s).toInteger();
    REQUIRE(id > 0);
    const QJsonValue original = source.json({u"report"_s, u"show"_s, QString::number(id)});

    const QString file = source.dir.filePath(u"report."_s + format);
    const test::CliResult rendered = source({u"render"_s, u"--report"_s, QString::number(id), u"--format"_s, format, u"-o"_s, file});
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.exitCode == 0);

    test::CliSession target;
    const QJsonObject imported = target.json({u"import"_s, file}).toObject();
    CHECK(imported.value(u"repairs"_s).toArray().first().toString().contains(u"报告数据"_s));
    const QJsonValue restored = target.json({u"report"_s, u"show"_s, QString::number(imported.value(u"report_id"_s).toInteger())});
    CHECK(withoutIds(restored) == withoutIds(original));
}

TEST_CASE("A Word file whose visible text was edited after export imports its text and says so", "[formats][embedded]")
{
    const ReportDocument doc = test::fixtureDocument(u"jiangjin-cgj-2025"_s);
    auto exporter = Exporter::create(u"docx"_s);
    const QByteArray docx = exporter->render(doc);
    REQUIRE_FALSE(DocxReader::embeddedData(docx).isEmpty());

    // The unedited file restores the data; 198 → 199 in the text does not.
    CHECK(Importer::importExtracted({DocxReader::read(docx), {}, {}, DocxReader::embeddedData(docx), {}}).warnings.isEmpty());
    const QByteArray edited = rezipped(docx, u"word/document.xml"_s, [](QByteArray xml) {
        REQUIRE(xml.contains("办理案件198件"));
        return xml.replace("办理案件198件", "办理案件199件");
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edited.docx"_s);
    test::writeFile(path, edited);
    const ImportResult r = Importer::importFile(path);
    REQUIRE_FALSE(r.warnings.isEmpty());
    CHECK(r.warnings.first().contains(u"不一致"_s));
    const MetricValue *cases = r.document.metric(u"enforcement_cases"_s);
    REQUIRE(cases);
    CHECK(cases->value == 199);
}

TEST_CASE("Our own Word file of a report that names its unit only in the page header imports", "[formats][embedded]")
{
    // A report whose title and signature do not name the unit: the clerk relies on the document's header.
    ReportDocument doc = test::fixtureDocument(u"siping-town-2025"_s);
    const QString unit = doc.unit.fullName;
    doc.report.title = u"2025年法治政府建设年度报告"_s;
    doc.report.signatories.clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"header.docx"_s);
    auto exporter = Exporter::create(u"docx"_s);
    REQUIRE(exporter->write(doc, path));
    test::CliSession cli;
    const QJsonObject imported = cli.json({u"import"_s, path}).toObject();
    CHECK(imported.value(u"unit"_s).toString() == unit);
}
