// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

namespace fazhi {

class Database;

/// A place in a report where the words searched for occur.
struct SearchHit
{
    enum class Kind { Section, Problem, Comment };
    qint64 reportId = 0;
    qint64 unitId = 0;
    QString unit;
    int year = 0;
    Kind kind = Kind::Section;
    qint64 refId = 0;      ///< the section, problem or comment
    QString excerpt;       ///< the text around the first hit
    int hitStart = 0;      ///< where the hit is in the excerpt
    int hitLength = 0;
    int offset = 0;        ///< where the hit is in the section's heading+body text
};

QString searchKindKey(SearchHit::Kind kind); ///< "section", "problem", "comment"

/// Full-text search over every report's headings, text, problems and comments. On SQLite two FTS5 indexes
/// file each row under a key in the answer's order (migration 0009): three or more characters are a phrase
/// of the trigram index, one or two a term of the index of characters and pairs; either index answers in
/// key order, so a search reads about as many rows as it returns. On the server (PostgreSQL migration 0010)
/// the rows carry the same keys, and a GIN index of characters and pairs names the rows that may hold the
/// query; their keys are read in key order a page at a time, and only the page's texts.
class SearchRepository
{
public:
    explicit SearchRepository(Database &db) : m_db(db) {}

    /// The first `limit` hits, newest year first, then by unit, sections before problems before comments.
    QList<SearchHit> search(const QString &query, qint64 unitId = 0, int year = 0, int limit = 200) const;

private:
    QList<SearchHit> searchServer(const QString &query, const QList<std::pair<qint64, qint64>> &ranges, int limit) const;

    Database &m_db;
};

} // namespace fazhi
