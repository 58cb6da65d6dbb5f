// SPDX-License-Identifier: GPL-3.0-or-later
// Batch work of a supervising office: a folder of reports imported at once, and every stored report checked.
#include "TestSupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

/// A folder with the three real reports, a broken DOCX and an empty file.
struct ReportFolder
{
    fazhi::test::CliSession cli;
    QString folder = cli.dir.filePath(u"来稿"_s);
    static inline const QStringList kGood{u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s};

    ReportFolder()
    {
        REQUIRE(QDir().mkpath(folder));
        for (const QString &f : kGood)
            REQUIRE(QFile::copy(fazhi::test::fixture(f), folder + u'/' + f));
        // A .docx whose ZIP stops after its first local header: what a broken download leaves.
        fazhi::test::writeFile(folder + u"/损坏的报告.docx"_s,
                               QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + QByteArray(40, '\x7f'));
        fazhi::test::writeFile(folder + u"/空白.txt"_s, QByteArray());
        // A Word lock file is not a report and is not tried.
        fazhi::test::writeFile(folder + u"/~$损坏的报告.docx"_s, QByteArray("lock"));
    }

    int count(const QString &what) { return int(cli.json({what, u"list"_s}).toArray().size()); }
};

QJsonObject item(const QJsonArray &files, const QString &name)
{
    for (const QJsonValue &v : files)
        if (v.toObject().value(u"file"_s).toString() == name)
            return v.toObject();
    FAIL("no result for " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("a folder import stores the good reports, lists the bad ones with a reason and exits 1", "[cli][batch]")
{
    ReportFolder f;
    const auto r = f.cli({u"--json"_s, u"import"_s, f.folder});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject result = fazhi::test::parseJson(r);
    const QJsonArray files = result.value(u"files"_s).toArray();
    CHECK(files.size() == 5); // the lock file is not tried
    CHECK(result.value(u"imported"_s).toInt() == 3);
    CHECK(result.value(u"failed"_s).toInt() == 2);
    CHECK(result.value(u"units_created"_s).toInt() == 3);

    for (const QString &good : ReportFolder::kGood) {
        const QJsonObject o = item(files, good);
        CHECK(o.value(u"ok"_s).toBool());
        CHECK(o.value(u"report_id"_s).toInteger() > 0);
        CHECK(o.value(u"parts"_s).toInt() >= 3);
    }
    CHECK(item(files, u"jiulongpo-cgj-2023.txt"_s).value(u"year"_s).toInt() == 2023);
    CHECK(item(files, u"jiangjin-cgj-2025.txt"_s).value(u"unit"_s).toString().contains(u"江津区城市管理局"_s));

    const QJsonObject broken = item(files, u"损坏的报告.docx"_s);
    CHECK_FALSE(broken.value(u"ok"_s).toBool());
    CHECK_FALSE(broken.contains(u"report_id"_s));
    const QJsonObject empty = item(files, u"空白.txt"_s);
    CHECK_FALSE(empty.value(u"ok"_s).toBool());
    CHECK(empty.value(u"error"_s).toString().contains(u"空"_s));
    // Reasons are Chinese sentences.
    for (const QJsonObject &bad : {broken, empty})
        CHECK(bad.value(u"error"_s).toString().contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s)));

    // Progress went to standard error, file by file.
    CHECK(r.err.contains(u"[1/5]"_s));
    CHECK(r.err.contains(u"[5/5]"_s));

    // Nothing half-stored: three reports under three units, none for the bad files.
    CHECK(f.count(u"report"_s) == 3);
    CHECK(f.count(u"unit"_s) == 3);
}

TEST_CASE("a folder imported twice adds nothing the second time", "[cli][batch]")
{
    ReportFolder f;
    REQUIRE(f.cli({u"import"_s, f.folder}).exitCode == 1);
    const auto again = f.cli({u"--json"_s, u"import"_s, f.folder});
    CHECK(again.exitCode == 1);
    const QJsonObject result = fazhi::test::parseJson(again);
    CHECK(result.value(u"imported"_s).toInt() == 0);
    CHECK(result.value(u"failed"_s).toInt() == 5);
    CHECK(item(result.value(u"files"_s).toArray(), u"siping-town-2025.txt"_s).value(u"error"_s).toString().contains(u"已有 2025 年度的报告"_s));
    CHECK(f.count(u"report"_s) == 3);
    CHECK(f.count(u"unit"_s) == 3);
}

TEST_CASE("a folder import in words: a summary of what was recognised and what was not", "[cli][batch]")
{
    ReportFolder f;
    const auto r = f.cli({u"import"_s, f.folder});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(u"共 5 个文件：导入 3 份报告"_s));
    CHECK(r.out.contains(u"2 个未导入"_s));
    CHECK(r.out.contains(u"空白.txt："_s));
    CHECK(r.out.contains(u"损坏的报告.docx："_s));
    CHECK(r.out.contains(u"jiangjin-cgj-2025.txt → "_s));
}

TEST_CASE("a folder of good reports imports with exit 0, a dry run stores nothing", "[cli][batch]")
{
    ReportFolder f;
    QFile::remove(f.folder + u"/损坏的报告.docx"_s);
    QFile::remove(f.folder + u"/空白.txt"_s);
    const QJsonObject dry = f.cli.json({u"import"_s, f.folder, u"--dry-run"_s}).toObject();
    CHECK(dry.value(u"imported"_s).toInt() == 3);
    CHECK(f.count(u"report"_s) == 0);
    const QJsonObject real = f.cli.json({u"import"_s, f.folder}).toObject();
    CHECK(real.value(u"imported"_s).toInt() == 3);
    CHECK(f.count(u"report"_s) == 3);

    const QString emptyFolder = f.cli.dir.filePath(u"空文件夹"_s);
    REQUIRE(QDir().mkpath(emptyFolder));
    CHECK(f.cli({u"import"_s, emptyFolder}).exitCode == 2);
    CHECK(f.cli({u"import"_s, f.folder, u"--unit"_s, u"1"_s}).exitCode == 2);
}

TEST_CASE("check --all checks every stored report, or one year's", "[cli][batch][check]")
{
    ReportFolder f;
    REQUIRE(f.cli({u"import"_s, f.folder}).exitCode == 1);
    const auto all = f.cli({u"--json"_s, u"check"_s, u"--all"_s});
    const QJsonArray results = fazhi::test::parseJsonDocument(all).array();
    REQUIRE(results.size() == 3);
    bool anyErrors = false;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(u"report_id"_s).toInteger() > 0);
        CHECK(o.value(u"findings"_s).isArray());
        CHECK_FALSE(o.value(u"unit"_s).toString().isEmpty());
        anyErrors = anyErrors || o.value(u"summary"_s).toObject().value(u"errors"_s).toInt() > 0;
    }
    // Exit 1 exactly when some report has an error, as `check` does for one report.
    CHECK(all.exitCode == (anyErrors ? 1 : 0));

    const QJsonArray of2023 = fazhi::test::parseJsonDocument(f.cli({u"--json"_s, u"check"_s, u"--all"_s, u"--year"_s, u"2023"_s})).array();
    REQUIRE(of2023.size() == 1);
    CHECK(of2023.first().toObject().value(u"year"_s).toInt() == 2023);
    CHECK(f.cli({u"check"_s, u"--all"_s, u"--year"_s, u"2019"_s}).exitCode == 0);
    CHECK(f.cli({u"check"_s, u"--year"_s, u"2023"_s}).exitCode == 2);
    const auto words = f.cli({u"check"_s, u"--all"_s});
    CHECK(words.out.contains(u"共检查 3 份报告"_s));
}
