// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "model/KeyTable.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
constexpr int kExcerptContext = 30;

/// The key each searchable row is filed under (SQLite's migration 0009, PostgreSQL's 0010): it sorts as the answer does.
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

/// The code points that Qt's case-insensitive comparison takes for `c`: those with the same case folding.
QList<char32_t> caseVariants(char32_t c)
{
    // Every code point whose folding differs from itself, by its folding (built once, about 2,800).
    static const QHash<char32_t, QList<char32_t>> byFolding = [] {
        QHash<char32_t, QList<char32_t>> map;
        for (char32_t u = 0; u <= 0x10FFFF; ++u)
            if (const char32_t f = QChar::toCaseFolded(u); f != u)
                map[f].append(u);
        return map;
    }();
    const char32_t folded = QChar::toCaseFolded(c);
    QList<char32_t> variants{folded};
    for (const char32_t v : byFolding.value(folded))
        variants.append(v);
    return variants;
}

/// What the server's index of characters and pairs (migration 0010) is asked: groups of grams, every row
/// that holds `query` (as Qt compares, case folded) holding one gram of each group. One character: its case
/// variants; more: each adjacent pair's case variants. Exact for one or two characters. The index has no
/// pair with U+0001 in it (its separator): such a pair's characters are asked for instead.
struct GramConditions
{
    QStringList grams;
    QList<int> sizes;

    explicit GramConditions(const QString &query)
    {
        const QList<uint> chars = query.toUcs4();
        QList<QStringList> groups;
        auto add = [&](const QStringList &group) {
            if (!groups.contains(group))
                groups << group;
        };
        auto single = [](char32_t c) {
            QStringList variants;
            for (const char32_t v : caseVariants(c))
                variants << QString::fromUcs4(&v, 1);
            return variants;
        };
        if (chars.size() == 1)
            add(single(chars.first()));
        for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
            if (chars.at(i) == 1 || chars.at(i + 1) == 1) {
                add(single(chars.at(i)));
                add(single(chars.at(i + 1)));
                continue;
            }
            QStringList pairs;
            for (const QString &a : single(chars.at(i)))
                for (const QString &b : single(chars.at(i + 1)))
                    pairs << a + b;
            add(pairs);
        }
        for (const QStringList &group : std::as_const(groups)) {
            grams << group;
            sizes << int(group.size());
        }
    }
    /// The grams as a PostgreSQL array's text: {"a","b"}, quotes and backslashes escaped.
    QString gramsArray() const
    {
        QStringList items;
        for (QString g : grams)
            items << u'"' + g.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s) + u'"';
        return u'{' + items.join(u',') + u'}';
    }
    QString sizesArray() const
    {
        QStringList items;
        for (const int n : sizes)
            items << QString::number(n);
        return u'{' + items.join(u',') + u'}';
    }
};

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
    if (dialect::engineOf(m_db.connection()) == Engine::Postgres)
        return searchServer(query, ranges, limit);

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

/// On the district's server (migration 0010): the index of characters and pairs names the rows that may
/// hold the query; their keys are taken a page at a time in key order, the answer's order, without reading
/// their texts (fazhi_search_page), and the page's texts are looked through here, as reading every row would. A
/// query of one or two characters needs one page; a longer one more only when many rows hold all of its
/// pairs but not the query itself.
QList<SearchHit> SearchRepository::searchServer(const QString &query, const QList<std::pair<qint64, qint64>> &ranges,
                                                int limit) const
{
    const GramConditions conditions(query);
    const QString grams = conditions.gramsArray();
    const QString sizes = conditions.sizesArray();
    const QString page = u"SELECT key, report_id, text, unit FROM fazhi_search_page(?::text[], ?::integer[], ?, ?, ?)"_s;
    const bool exact = query.toUcs4().size() <= 2;
    QList<SearchHit> hits;
    for (auto [from, to] : ranges) {
        int size = exact ? limit - int(hits.size()) : qMax(2 * (limit - int(hits.size())), 64);
        while (hits.size() < limit && from <= to) {
            QSqlQuery q = sql::run(m_db.connection(), page, {grams, sizes, from, to, size});
            int rows = 0;
            while (q.next()) {
                ++rows;
                const qint64 key = q.value(0).toLongLong();
                from = key + 1;
                const QString text = q.value(2).toString();
                if (hits.size() >= limit || !text.contains(query, Qt::CaseInsensitive))
                    continue;
                SearchHit h;
                h.year = kLastYear - int(key >> kYearShift);
                h.unitId = (key >> kUnitShift) & kUnitMask;
                h.kind = kindOf(int((key >> kKindShift) & 3));
                h.refId = key & kIdMask;
                h.reportId = q.value(1).toLongLong();
                h.unit = q.value(3).toString();
                locate(h, text, query);
                hits << h;
            }
            if (rows < size)
                break; // the range holds no more
            size = qMin(size * 2, 4096);
        }
        if (hits.size() >= limit)
            break;
    }
    return hits;
}

} // namespace fazhi
