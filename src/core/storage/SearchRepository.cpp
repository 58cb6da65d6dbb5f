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
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    QVariantList values;
    QString where = dialect::searchCondition(dialect::engineOf(m_db.connection()), query, &values);
    if (unitId > 0) {
        where += u" AND r.unit_id = ?"_s;
        values << unitId;
    }
    if (year > 0) {
        where += u" AND r.year = ?"_s;
        values << year;
    }
    values << limit;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT search_text.rowid, search_text.text, r.id, r.year, u.id, u.full_name "
                           u"FROM search_text JOIN reports r ON r.id = search_text.report_id "
                           u"JOIN units u ON u.id = r.unit_id WHERE "_s
                               + where + u" ORDER BY r.year DESC, u.id, search_text.rowid LIMIT ?"_s,
                           values);
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const QString text = q.value(1).toString();
        SearchHit h;
        h.kind = rowid % 3 == 0 ? SearchHit::Kind::Section : rowid % 3 == 1 ? SearchHit::Kind::Problem : SearchHit::Kind::Comment;
        h.refId = rowid / 3;
        h.reportId = q.value(2).toLongLong();
        h.year = q.value(3).toInt();
        h.unitId = q.value(4).toLongLong();
        h.unit = q.value(5).toString();
        h.offset = int(text.indexOf(query));
        if (h.offset < 0)
            h.offset = int(text.indexOf(query, 0, Qt::CaseInsensitive));
        const int from = qMax(0, h.offset - kExcerptContext);
        h.excerpt = text.mid(from, (h.offset - from) + query.size() + kExcerptContext);
        h.excerpt.replace(u'\n', u' ');
        h.hitStart = h.offset - from;
        h.hitLength = int(query.size());
        hits << h;
    }
    return hits;
}

} // namespace fazhi
