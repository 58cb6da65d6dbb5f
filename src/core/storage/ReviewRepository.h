// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Report.h"

#include <QDate>
#include <QStringList>

namespace fazhi {

class Database;

/// A report's review dates (ReportRepository::setStatus sets the status), and who changed the content in the current round.
/// These writes touch only the review columns, so the lock on a submitted report's content never
/// stands in their way.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    void setSubmitted(qint64 reportId, const QDateTime &at);
    void setApproved(qint64 reportId, const QDateTime &at);
    void setPublished(qint64 reportId, const QDate &date, const QString &url);
    QDateTime submittedAt(qint64 reportId) const;

    /// Records `person` as having changed the report's content in the current round.
    void noteEditor(qint64 reportId, qint64 personId);
    /// The names of the people who changed the content in the current round.
    QStringList editors(qint64 reportId) const;
    /// Ends the round (at submission).
    void clearEditors(qint64 reportId);

private:
    Database &m_db;
};

} // namespace fazhi
