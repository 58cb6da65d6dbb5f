// SPDX-License-Identifier: GPL-3.0-or-later
// Search for one, two and many characters: through the indexes for every length, the hit in its excerpt,
// rare and common queries alike, the same answer as reading every text, and indexes that follow each edit
// in the edit's transaction. The same cases run on SQLite and, through ctest, on PostgreSQL.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "model/Review.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

struct SearchFixture
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"search.sqlite"_s};
    Database db;
    SearchFixture() { db.open(where.location()); }

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
    CHECK(f.search(u"法"_s, 0, 1).isEmpty()); // a year no report can have
    CHECK(f.search(u"法"_s, 0, 3000).isEmpty());
    CHECK(f.search(u"法"_s, qint64(1) << 40).isEmpty()); // a unit id past the keys' range
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

namespace {

/// What reading every text finds, independently of the indexes: each section (heading, line feed, body),
/// problem (text, reason, measure on three lines) and comment that holds the query, case folded; newest
/// year first, then unit, sections before problems before comments, then by id; the excerpt around the
/// first occurrence in the query's own case if there is one, else the first in any case.
QList<SearchHit> scan(Database &db, const QString &query, qint64 unitId, int year, int limit)
{
    struct Row
    {
        int year;
        qint64 unit;
        int kind;
        qint64 id;
        qint64 report;
        QString unitName;
        QString text;
    };
    QList<Row> rows;
    // The parts of each text as stored, joined here with line feeds (the same on both engines).
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT r.year, u.id, 0, s.id, r.id, u.full_name, s.heading, s.body, '' FROM sections s "
                   u"JOIN reports r ON r.id = s.report_id JOIN units u ON u.id = r.unit_id "
                   u"UNION ALL SELECT r.year, u.id, 1, p.id, r.id, u.full_name, p.text, p.reason, p.measure "
                   u"FROM problems p JOIN reports r ON r.id = p.report_id JOIN units u ON u.id = r.unit_id "
                   u"UNION ALL SELECT r.year, u.id, 2, c.id, r.id, u.full_name, c.body, NULL, NULL FROM comments c "
                   u"JOIN reports r ON r.id = c.report_id JOIN units u ON u.id = r.unit_id"_s));
    while (q.next()) {
        const int kind = q.value(2).toInt();
        QString text = q.value(6).toString();
        if (kind != 2)
            text += u'\n' + q.value(7).toString();
        if (kind == 1)
            text += u'\n' + q.value(8).toString();
        rows.append({q.value(0).toInt(), q.value(1).toLongLong(), kind, q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toString(), text});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tuple(-a.year, a.unit, a.kind, a.id) < std::tuple(-b.year, b.unit, b.kind, b.id);
    });
    QList<SearchHit> hits;
    for (const Row &row : std::as_const(rows)) {
        if (hits.size() >= limit)
            break;
        if ((unitId > 0 && row.unit != unitId) || (year > 0 && row.year != year))
            continue;
        qsizetype at = row.text.indexOf(query);
        if (at < 0)
            at = row.text.indexOf(query, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        SearchHit h;
        h.reportId = row.report;
        h.unitId = row.unit;
        h.unit = row.unitName;
        h.year = row.year;
        h.kind = SearchHit::Kind(row.kind);
        h.refId = row.id;
        h.offset = int(at);
        const qsizetype from = std::max<qsizetype>(0, at - 30);
        h.excerpt = row.text.mid(from, at - from + query.size() + 30).replace(u'\n', u' ');
        while (h.excerpt.endsWith(u' '))
            h.excerpt.chop(1);
        h.hitStart = int(at - from);
        h.hitLength = int(query.size());
        hits << h;
    }
    return hits;
}

QString describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &h : hits)
        lines << u"%1/%2 %3 %4#%5 @%6 [%7] %8+%9"_s.arg(h.year).arg(h.unitId).arg(h.unit).arg(searchKindKey(h.kind)).arg(h.refId)
                     .arg(h.offset).arg(h.excerpt).arg(h.hitStart).arg(h.hitLength)
              + u" r%1"_s.arg(h.reportId);
    return lines.join(u'\n');
}

/// Text from a small alphabet, so that every query of one or two characters has many hits: Han
/// characters, Latin letters in both cases, digits, punctuation, and now and then a space.
QString randomText(QRandomGenerator &random, int length)
{
    static const QString alphabet = u"法治政府建设依规行执普案件AaBbZz0129，。、；（）“”%-.%"_s;
    QString text;
    for (int i = 0; i < length; ++i)
        text += random.bounded(25) == 0 ? QChar(u' ') : alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

void compareAll(SearchFixture &f, QRandomGenerator &random, const QStringList &extra)
{
    // Queries taken from the texts themselves (one, two, three and six characters), their other case,
    // and some that occur nowhere.
    QStringList texts;
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(u"SELECT body FROM sections UNION ALL SELECT text FROM problems UNION ALL SELECT body FROM comments"_s));
    while (q.next())
        texts << q.value(0).toString();
    QStringList queries = extra;
    for (const int length : {1, 2, 3, 6}) {
        for (int i = 0; i < 12; ++i) {
            const QString &t = texts.at(random.bounded(int(texts.size())));
            if (t.size() <= length)
                continue;
            const QString piece = t.mid(random.bounded(int(t.size() - length)), length).simplified();
            if (!piece.isEmpty())
                queries << piece << piece.toUpper();
        }
    }
    for (const QString &query : std::as_const(queries)) {
        for (const auto &[unit, year, limit] : {std::tuple<qint64, int, int>{0, 0, 200}, {0, 0, 7}, {0, 2024, 200},
                                                 {2, 0, 200}, {3, 2023, 5}, {0, 0, 100000}}) {
            INFO("query «" << query.toStdString() << "» unit " << unit << " year " << year << " limit " << limit);
            const QList<SearchHit> expected = scan(f.db, query.simplified(), unit, year, limit);
            const QList<SearchHit> found = f.search(query, unit, year, limit);
            CHECK(describe(found).toStdString() == describe(expected).toStdString());
        }
    }
}

} // namespace

TEST_CASE("indexed search answers exactly what reading every text answers, for one to six characters", "[search]")
{
    SearchFixture f;
    QRandomGenerator random(20261203);
    // Five units, a report a year for some of the years (not in the order of the answer), sections,
    // problems and comments.
    for (int n = 0; n < 5; ++n) {
        for (const int year : {2025, 2021, 2024, 2022, 2023}) {
            if ((n + year) % 4 == 0)
                continue;
            QStringList bodies;
            for (int s = 0; s < 4; ++s)
                bodies << randomText(random, 20 + random.bounded(300));
            const qint64 report = f.addReport(u"第%1镇人民政府"_s.arg(n + 1), year, bodies, randomText(random, 30));
            Problem p;
            p.reportId = report;
            p.text = randomText(random, 20);
            p.reason = randomText(random, 15);
            p.measure = randomText(random, 15);
            ProblemRepository(f.db).insert(p);
            Comment c;
            c.reportId = report;
            c.author = u"审核人"_s;
            c.body = randomText(random, 25);
            CommentRepository(f.db).insert(c);
        }
    }
    compareAll(f, random, {u"a"_s, u"Z"_s, u"%"_s, u"（"_s, u"0"_s, u"a1"_s, u"法z"_s, u"A法治"_s, u"鑫"_s, u"不在其中的话"_s});

    SECTION("after edits, deletions and a report moved to another year and unit")
    {
        const QList<Report> reports = ReportRepository(f.db).all();
        REQUIRE(reports.size() > 6);
        const QList<Section> sections = SectionRepository(f.db).forReport(reports.at(1).id);
        SectionRepository(f.db).updateBody(sections.at(0).id, randomText(random, 200));
        SectionRepository(f.db).updateHeading(sections.at(1).id, u"新的Heading法治"_s, false);
        SectionRepository(f.db).remove(sections.at(2).id);
        const QList<Problem> problems = ProblemRepository(f.db).forReport(reports.at(2).id);
        ProblemRepository(f.db).remove(problems.first().id);
        Problem changed = problems.last();
        changed.measure = randomText(random, 40);
        ProblemRepository(f.db).update(changed);
        Report moved = reports.at(3);
        moved.year = 2019;
        moved.unitId = reports.at(0).unitId;
        if (ReportRepository(f.db).findByUnitYear(moved.unitId, moved.year))
            moved.year = 2018;
        ReportRepository(f.db).update(moved);
        ReportRepository(f.db).remove(reports.at(4).id);
        UnitRepository(f.db).remove(reports.at(5).unitId);
        compareAll(f, random, {u"a"_s, u"法治"_s, u"Heading"_s, u"新的"_s});
        // Nothing of a removed report or unit is left in either index.
        QSqlQuery q(f.db.connection());
        REQUIRE(q.exec(u"SELECT COUNT(*) FROM search_text"_s));
        REQUIRE(q.next());
        QSqlQuery rows(f.db.connection());
        REQUIRE(rows.exec(u"SELECT (SELECT COUNT(*) FROM sections) + (SELECT COUNT(*) FROM problems) + (SELECT COUNT(*) FROM comments)"_s));
        REQUIRE(rows.next());
        CHECK(q.value(0).toLongLong() == rows.value(0).toLongLong());
        if (!f.where.isServer()) {
            CHECK(q.exec(u"INSERT INTO search_short (search_short, rank) VALUES ('integrity-check', 0)"_s));
            CHECK(q.exec(u"INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 0)"_s));
        }
    }
}

TEST_CASE("search folds case past ASCII as the program compares, and finds text around control characters", "[search]")
{
    SearchFixture f;
    // Greek capitals, the Kelvin sign (folds to k), a title-case digraph (Ǆ ǅ ǆ fold alike), and U+0001,
    // which the server's index uses to cut texts into pairs.
    f.addReport(u"白沙镇人民政府"_s, 2025,
                {u"ΣΟΦΙΑ与法治"_s, u"温度单位\u212A与k"_s, u"ǅ字母"_s, QString(u"甲"_s + QChar(1) + u"乙丙"_s)});
    f.addReport(u"四屏镇人民政府"_s, 2024, {u"σοφια"_s, u"K值"_s});
    for (const QString &query : {u"σοφ"_s, u"ΣΟΦ"_s, u"k"_s, u"K"_s, u"ǆ字"_s, u"Ǆ"_s, QString(QChar(1)),
                                 QString(QChar(1) + u"乙"_s), QString(u"甲"_s + QChar(1) + u"乙"_s), u"乙丙"_s}) {
        INFO("query «" << query.toStdString() << "»");
        const QList<SearchHit> expected = scan(f.db, query, 0, 0, 200);
        CHECK_FALSE(expected.isEmpty());
        CHECK(describe(f.search(query)).toStdString() == describe(expected).toStdString());
    }
    CHECK(f.search(u"σοφ"_s).size() == 2);
    CHECK(f.search(u"k"_s).size() == 2); // 温度单位K与k, K值
}
