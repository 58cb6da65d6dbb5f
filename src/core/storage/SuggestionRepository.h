// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <optional>

namespace fazhi {

class Database;

/// The suggestions imported from reviewers' Word documents.
class SuggestionRepository
{
public:
    explicit SuggestionRepository(Database &db) : m_db(db) {}

    qint64 insert(const Suggestion &suggestion);
    std::optional<Suggestion> find(qint64 id) const;
    /// In the order they were imported (the document's reading order).
    QList<Suggestion> forReport(qint64 reportId) const;
    int openCount(qint64 reportId) const;
    void decide(qint64 id, Suggestion::Status status, const QString &person);
    /// Moves an open suggestion's place (after an accepted one before it changed the text).
    void setStart(qint64 id, int start);

private:
    Database &m_db;
};

} // namespace fazhi
