// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
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

/// Full-text search over every report's headings, text, problems and comments (SQLite FTS5, trigram
/// tokenizer). Queries of three or more characters are a phrase of the index; one or two characters go
/// through the index too: every trigram that begins with them, from the index's vocabulary.
class SearchRepository
{
public:
    explicit SearchRepository(Database &db) : m_db(db) {}

    /// The first `limit` hits, newest year first, then by unit, sections before problems before comments.
    QList<SearchHit> search(const QString &query, qint64 unitId = 0, int year = 0, int limit = 200) const;

private:
    /// The first `limit` of the index rows `rows` (a SELECT of rowids as rid) in the answer's order.
    QList<SearchHit> ordered(const QString &rows, const QVariantList &rowValues, const QString &query, qint64 unitId,
                             int year, int limit) const;
    QList<SearchHit> searchServer(const QString &query, qint64 unitId, int year, int limit) const;
    QList<SearchHit> searchDense(const QString &query, qint64 unitId, int year, int limit) const;

    Database &m_db;
};

} // namespace fazhi
