// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <optional>

namespace fazhi {

class Database;

/// Comments and their replies.
class CommentRepository
{
public:
    explicit CommentRepository(Database &db) : m_db(db) {}

    qint64 insert(const Comment &comment);
    std::optional<Comment> find(qint64 id) const;
    QList<Comment> forReport(qint64 reportId) const;
    int openCount(qint64 reportId) const;
    void setStatus(qint64 id, Comment::Status status);
    /// Stores where the comment's words are now (start -1: orphaned), with fresh context.
    void setAnchor(qint64 id, int start, const QString &prefix, const QString &suffix);
    /// The anchored words themselves changed (edited inside): stores the new words and where they are.
    void setQuote(qint64 id, const QString &quote, int start, const QString &prefix, const QString &suffix);

private:
    Database &m_db;
};

} // namespace fazhi
