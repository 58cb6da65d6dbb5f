// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "model/KeyTable.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
constexpr int kExcerptContext = 30;

/// The key each searchable row is filed under on SQLite (migration 0009): it sorts as the answer does.
///     key = (2200 - year) · 2^55 + unit_id · 2^33 + kind · 2^31 + id
constexpr int kYearShift = 55;
constexpr int kUnitShift = 33;
constexpr int kKindShift = 31;
constexpr int kLastYear = 2200;
constexpr qint64 kUnitMask = (qint64(1) << 22) - 1;
constexpr qint64 kIdMask = (qint64(1) << kKindShift) - 1;

qint64 yearKey(int year) { return qint64(kLastYear - year) << kYearShift; }
qint64 unitKey(int year, qint64 unitId) { return yearKey(year) + (unitId << kUnitShift); }

/// An FTS5 string: the text in double quotes, quotes doubled.
QString quoted(const QString &text) { return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s; }

SearchHit::Kind kindOf(int kind)
{
    return kind == 0 ? SearchHit::Kind::Section : kind == 1 ? SearchHit::Kind::Problem : SearchHit::Kind::Comment;
}

/// Fills in where the query is in the row's text and the excerpt around it.
void locate(SearchHit &h, QString text, const QString &query)
{
    if (text.endsWith(u"\n\n"_s)) // the two line feeds every text indexed by migration 0008 ended with
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

/// A hit from a row of (rowid, report, year, unit id, unit name, text): the server's rows, rowid 3n + kind.
SearchHit hitOf(const QSqlQuery &q, const QString &query)
{
    SearchHit h;
    h.kind = kindOf(int(q.value(0).toLongLong() % 3));
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

    // The ranges of keys to read, in the answer's order: everything, a year, or a unit's years. No report
    // has a year outside 1990–2200 (a CHECK of reports) or a unit id past the key's 22 bits (the triggers).
    if ((year != 0 && (year < 1990 || year > kLastYear)) || unitId > kUnitMask)
        return {};
    QList<std::pair<qint64, qint64>> ranges;
    if (unitId > 0) {
        QList<int> years;
        if (year > 0) {
            years << year;
        } else {
            QSqlQuery q = sql::run(m_db.connection(), u"SELECT year FROM reports WHERE unit_id = ? ORDER BY year DESC"_s, {unitId});
            while (q.next())
                years << q.value(0).toInt();
        }
        for (const int y : std::as_const(years))
            ranges.append({unitKey(y, unitId), unitKey(y, unitId + 1) - 1});
    } else if (year > 0) {
        ranges.append({yearKey(year), yearKey(year - 1) - 1});
    } else {
        ranges.append({0, std::numeric_limits<qint64>::max()});
    }

    // Characters, not UTF-16 units: a character outside the BMP is one character of a trigram. One or two
    // characters are a term of the short index, more a phrase of the trigram index; either answers in key
    // order, so the first `limit` rows it reads are the answer.
    const QString index = query.toUcs4().size() >= 3 ? u"search_text"_s : u"search_short"_s;
    const QString match = u"SELECT rowid FROM %1 WHERE %1 MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?"_s.arg(index);
    QList<qint64> keys;
    for (const auto &[from, to] : std::as_const(ranges)) {
        if (keys.size() >= limit)
            break;
        QSqlQuery q = sql::run(m_db.connection(), match, {quoted(query), from, to, limit - int(keys.size())});
        while (q.next())
            keys << q.value(0).toLongLong();
    }

    // The text of the rows answered only.
    QList<SearchHit> hits;
    QSqlQuery row(m_db.connection());
    row.prepare(u"SELECT st.report_id, st.text, (SELECT full_name FROM units WHERE id = ?) FROM search_text st WHERE st.rowid = ?"_s);
    for (const qint64 key : std::as_const(keys)) {
        SearchHit h;
        h.year = kLastYear - int(key >> kYearShift);
        h.unitId = (key >> kUnitShift) & kUnitMask;
        h.kind = kindOf(int((key >> kKindShift) & 3));
        h.refId = key & kIdMask;
        row.addBindValue(h.unitId);
        row.addBindValue(key);
        if (!row.exec())
            throw sql::failureFor(m_db.connection(), row.lastError());
        if (!row.next())
            continue;
        h.reportId = row.value(0).toLongLong();
        h.unit = row.value(2).toString();
        locate(h, row.value(1).toString(), query);
        hits << h;
    }
    return hits;
}

/// On the district's server: the trigram index (pg_trgm) answers ILIKE for queries of three characters or
/// more; shorter ones are read from every text. The same order as on SQLite (newest year, unit, sections
/// before problems before comments) and the same matching (case folded).
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
