// SPDX-License-Identifier: GPL-3.0-or-later
// Search for one, two and many characters: through the trigram index for every length, the hit in its
// excerpt, rare and common queries alike, and an index that follows each edit in the edit's transaction.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

struct SearchFixture
{
    QTemporaryDir dir;
    Database db;
    SearchFixture() { db.open(dir.filePath(u"search.sqlite"_s)); }

    qint64 addReport(const QString &unitName, int year, const QStringList &bodies, const QString &problem = {})
    {
        ReportDocument doc;
        doc.unit.fullName = unitName;
        doc.unit.kind = UnitKind::Township;
        doc.report.year = year;
        doc.report.title = u"%1%2年法治政府建设年度报告"_s.arg(unitName).arg(year);
        qint64 id = 0;
        for (const QString &body : bodies) {
            Section s;
            s.id = ++id;
            s.part = int(id);
            s.heading = u"第%1部分"_s.arg(id);
            s.body = body;
            doc.sections << s;
        }
        if (!problem.isEmpty()) {
            Problem p;
            p.text = problem;
            doc.problems << p;
        }
        return DocumentStore(db).insert(doc);
    }
    QList<SearchHit> search(const QString &q, qint64 unit = 0, int year = 0, int limit = 200)
    {
        return SearchRepository(db).search(q, unit, year, limit);
    }
};

void checkExcerpts(const QList<SearchHit> &hits, const QString &query)
{
    for (const SearchHit &h : hits) {
        INFO(h.excerpt.toStdString());
        CHECK(h.excerpt.mid(h.hitStart, h.hitLength) == query);
        CHECK_FALSE(h.excerpt.endsWith(u' ')); // the index's closing line feeds never show
    }
}

} // namespace

TEST_CASE("one- and two-character queries find every row that holds them, at its end too", "[search]")
{
    SearchFixture f;
    const qint64 a = f.addReport(u"白沙镇人民政府"_s, 2025, {u"全年办理行政复议案件12件。"_s, u"深入开展普法"_s});
    f.addReport(u"四屏镇人民政府"_s, 2024, {u"法"_s, u"无关的文字"_s}, u"基层执法人员法治素养有待提升"_s);

    // A character at the very end of a row, a row of one character, a heading.
    CHECK(f.search(u"普法"_s).size() == 1);
    CHECK(f.search(u"普法"_s).first().reportId == a);
    const QList<SearchHit> fa = f.search(u"法"_s);
    CHECK(fa.size() == 3); // 普法 in a section, the section 法, the problem
    checkExcerpts(fa, u"法"_s);
    // Newest year first, sections before problems.
    CHECK(fa.first().year == 2025);
    CHECK(fa.last().kind == SearchHit::Kind::Problem);
    CHECK(f.search(u"复议"_s).first().excerpt == u"第1部分 全年办理行政复议案件12件。"_s);
    CHECK(f.search(u"第2"_s).size() == 2); // headings are searched
    CHECK(f.search(u"鑫"_s).isEmpty());
    CHECK(f.search(u"普法"_s, 0, 2024).isEmpty());
    CHECK(f.search(u"法"_s, 0, 2024).size() == 2);
    checkExcerpts(f.search(u"行政复议案件"_s), u"行政复议案件"_s);
}

TEST_CASE("a common character is found by reading reports in order until enough hits are found", "[search]")
{
    SearchFixture f;
    // Thousands of occurrences: the dense way. Every report holds it; the newest come first.
    const QString common = QString(u"依法行政，"_s).repeated(1200);
    for (int i = 0; i < 20; ++i)
        f.addReport(u"第%1镇人民政府"_s.arg(i), 2016 + i % 10, {common, u"第二部分"_s});
    const QList<SearchHit> hits = f.search(u"法"_s, 0, 0, 7);
    REQUIRE(hits.size() == 7);
    CHECK(hits.first().year == 2025);
    for (int i = 1; i < hits.size(); ++i)
        CHECK(hits.at(i - 1).year >= hits.at(i).year);
    checkExcerpts(hits, u"法"_s);
    CHECK(f.search(u"依法"_s, 0, 2019).size() == 2);
    CHECK(f.search(u"二部"_s).size() == 20); // a rare pair among common ones: the sparse way
}

TEST_CASE("the search index follows each edit inside the edit's transaction", "[search]")
{
    SearchFixture f;
    const qint64 report = f.addReport(u"白沙镇人民政府"_s, 2025, {u"旧的说法"_s});
    const qint64 section = SectionRepository(f.db).forReport(report).first().id;
    SectionRepository(f.db).updateBody(section, u"新的提法"_s);
    CHECK(f.search(u"提法"_s).size() == 1);
    CHECK(f.search(u"说法"_s).isEmpty());
    {
        Transaction tx(f.db);
        SectionRepository(f.db).updateBody(section, u"撤回的改动"_s);
        CHECK(f.search(u"撤回"_s).size() == 1);
        // not committed: rolled back with the edit
    }
    CHECK(f.search(u"撤回"_s).isEmpty());
    CHECK(f.search(u"提法"_s).size() == 1);
}
