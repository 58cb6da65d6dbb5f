// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "model/KeyTable.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
constexpr int kExcerptContext = 30;
/// A short query whose trigrams occur more often than this is common: its hits are dense, and reading
/// the reports in the order of the answer finds the first of them sooner than collecting them all.
constexpr int kSparseInstances = 5000;

/// An FTS5 string: the text in double quotes, quotes doubled.
QString quoted(const QString &text) { return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s; }

/// The owner of an index row: rowid 3n is section n, 3n+1 problem n, 3n+2 comment n.
const QString kOwnerReport = u"CASE %1 % 3 WHEN 0 THEN (SELECT report_id FROM sections WHERE id = %1 / 3) "
                             u"WHEN 1 THEN (SELECT report_id FROM problems WHERE id = %1 / 3) "
                             u"ELSE (SELECT report_id FROM comments WHERE id = %1 / 3) END"_s;

SearchHit::Kind kindOf(qint64 rowid)
{
    return rowid % 3 == 0 ? SearchHit::Kind::Section : rowid % 3 == 1 ? SearchHit::Kind::Problem : SearchHit::Kind::Comment;
}

/// Fills in where the query is in the row's text and the excerpt around it.
void locate(SearchHit &h, QString text, const QString &query)
{
    if (text.endsWith(u"\n\n"_s)) // the two line feeds every indexed text ends with
        text.chop(2);
    h.offset = int(text.indexOf(query));
    if (h.offset < 0)
        h.offset = int(text.indexOf(query, 0, Qt::CaseInsensitive));
    h.offset = qMax(0, h.offset);
    const int from = qMax(0, h.offset - kExcerptContext);
    h.excerpt = text.mid(from, (h.offset - from) + query.size() + kExcerptContext);
    h.excerpt.replace(u'\n', u' ');
    while (h.excerpt.endsWith(u' ')) // a problem's empty reason and measure
        h.excerpt.chop(1);
    h.hitStart = h.offset - from;
    h.hitLength = int(query.size());
}

struct Filter
{
    QString where;
    QVariantList values;
    Filter(qint64 unitId, int year)
    {
        if (unitId > 0) {
            where += u" AND r.unit_id = ?"_s;
            values << unitId;
        }
        if (year > 0) {
            where += u" AND r.year = ?"_s;
            values << year;
        }
    }
};

/// A hit from a row of (rowid, report, year, unit id, unit name, text).
SearchHit hitOf(const QSqlQuery &q, const QString &query)
{
    SearchHit h;
    h.kind = kindOf(q.value(0).toLongLong());
    h.refId = q.value(0).toLongLong() / 3;
    h.reportId = q.value(1).toLongLong();
    h.year = q.value(2).toInt();
    h.unitId = q.value(3).toLongLong();
    h.unit = q.value(4).toString();
    locate(h, q.value(5).toString(), query);
    return h;
}

} // namespace

QString searchKindKey(SearchHit::Kind kind)
{
    static constexpr std::array<std::pair<SearchHit::Kind, QStringView>, 3> kinds{{
        {SearchHit::Kind::Section, u"section"},
        {SearchHit::Kind::Problem, u"problem"},
        {SearchHit::Kind::Comment, u"comment"},
    }};
    return keyOf(kinds, kind);
}

QList<SearchHit> SearchRepository::search(const QString &rawQuery, qint64 unitId, int year, int limit) const
{
    const QString query = rawQuery.simplified();
    if (query.isEmpty() || limit <= 0)
        return {};
    if (dialect::engineOf(m_db.connection()) == Engine::Postgres)
        return searchServer(query, unitId, year, limit);
    // Characters, not UTF-16 units: a character outside the BMP is one character of a trigram.
    if (query.toUcs4().size() >= 3)
        return ordered(u"SELECT rowid AS rid FROM search_text WHERE search_text MATCH ?"_s, {quoted(query)}, query, unitId,
                       year, limit);
    // One or two characters: the trigrams that begin with them (every indexed text ends with two line
    // feeds, so every character begins one). The trigram tokenizer folds case, and its terms sort by their
    // UTF-8 bytes, so U+10FFFF after the query bounds every term that begins with it.
    const QString folded = query.toLower();
    const QVariantList range{folded, QString(folded + QString::fromUcs4(U"\U0010FFFF"))};
    QSqlQuery count = sql::run(m_db.connection(),
                               u"SELECT COUNT(*) FROM (SELECT 1 FROM search_instances WHERE term >= ? AND term < ? LIMIT ?)"_s,
                               range + QVariantList{kSparseInstances});
    const int instances = count.next() ? count.value(0).toInt() : 0;
    if (instances == 0)
        return {};
    if (instances >= kSparseInstances)
        return searchDense(query, unitId, year, limit);
    return ordered(u"SELECT DISTINCT doc AS rid FROM search_instances WHERE term >= ? AND term < ?"_s, range, query,
                   unitId, year, limit);
}

QList<SearchHit> SearchRepository::ordered(const QString &rows, const QVariantList &rowValues, const QString &query,
                                           qint64 unitId, int year, int limit) const
{
    // The rows holding the query, ordered by their reports without reading their text (SQLite computes a
    // result column before it sorts); the text of the rows answered only.
    const Filter filter(unitId, year);
    QList<SearchHit> hits;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"WITH top AS MATERIALIZED (SELECT h.rid AS rid, r.id AS report, r.year AS year, u.id AS unit, "
                           u"u.full_name AS name FROM ("_s
                               + rows + u") h JOIN reports r ON r.id = "_s + kOwnerReport.arg(u"h.rid"_s)
                               + u" JOIN units u ON u.id = r.unit_id WHERE 1"_s + filter.where
                               + u" ORDER BY r.year DESC, u.id, h.rid % 3, h.rid LIMIT ?) "
                                 u"SELECT rid, report, year, unit, name, (SELECT text FROM search_text WHERE rowid = top.rid) "
                                 u"FROM top ORDER BY year DESC, unit, rid % 3, rid"_s,
                           rowValues + filter.values + QVariantList{limit});
    while (q.next())
        hits << hitOf(q, query);
    return hits;
}

QList<SearchHit> SearchRepository::searchDense(const QString &query, qint64 unitId, int year, int limit) const
{
    // A common character or pair: the reports in the order of the answer, each one's rows read until
    // enough hits are found.
    const Filter filter(unitId, year);
    QSqlQuery reports = sql::run(m_db.connection(),
                                 u"SELECT r.id, r.year, u.id, u.full_name FROM reports r JOIN units u ON u.id = r.unit_id "
                                 u"WHERE 1"_s + filter.where + u" ORDER BY r.year DESC, u.id"_s,
                                 filter.values);
    const bool letters = query.toLower() != query.toUpper();
    const QString text = letters ? u"lower(st.text)"_s : u"st.text"_s;
    const QString rows =
        u"SELECT rid, text FROM ("
        u"SELECT st.rowid AS rid, st.text AS text FROM sections s JOIN search_text st ON st.rowid = s.id * 3 WHERE s.report_id = ? AND instr(%1, ?) > 0 "
        u"UNION ALL SELECT st.rowid, st.text FROM problems p JOIN search_text st ON st.rowid = p.id * 3 + 1 WHERE p.report_id = ? AND instr(%1, ?) > 0 "
        u"UNION ALL SELECT st.rowid, st.text FROM comments c JOIN search_text st ON st.rowid = c.id * 3 + 2 WHERE c.report_id = ? AND instr(%1, ?) > 0) "
        u"ORDER BY rid % 3, rid"_s.arg(text);
    const QString needle = letters ? query.toLower() : query;
    QList<SearchHit> hits;
    while (hits.size() < limit && reports.next()) {
        const qint64 reportId = reports.value(0).toLongLong();
        QSqlQuery q = sql::run(m_db.connection(), rows, {reportId, needle, reportId, needle, reportId, needle});
        while (hits.size() < limit && q.next()) {
            SearchHit h;
            h.kind = kindOf(q.value(0).toLongLong());
            h.refId = q.value(0).toLongLong() / 3;
            h.reportId = reportId;
            h.year = reports.value(1).toInt();
            h.unitId = reports.value(2).toLongLong();
            h.unit = reports.value(3).toString();
            locate(h, q.value(1).toString(), query);
            hits << h;
        }
    }
    return hits;
}

/// On the district's server: the trigram index (pg_trgm) answers LIKE for queries of any length; the same
/// order as on SQLite (newest year, unit, sections before problems before comments).
QList<SearchHit> SearchRepository::searchServer(const QString &query, qint64 unitId, int year, int limit) const
{
    QVariantList values;
    const QString where = dialect::searchCondition(Engine::Postgres, query, &values);
    const Filter filter(unitId, year);
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT search_text.rowid, r.id, r.year, u.id, u.full_name, search_text.text "
                           u"FROM search_text JOIN reports r ON r.id = search_text.report_id "
                           u"JOIN units u ON u.id = r.unit_id WHERE "_s
                               + where + filter.where
                               + u" ORDER BY r.year DESC, u.id, search_text.rowid % 3, search_text.rowid LIMIT ?"_s,
                           values + filter.values + QVariantList{limit});
    QList<SearchHit> hits;
    while (q.next())
        hits << hitOf(q, query);
    return hits;
}

} // namespace fazhi
