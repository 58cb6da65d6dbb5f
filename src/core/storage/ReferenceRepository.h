// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace fazhi {

class Database;

/// Material attached to a report for the clerk's reference, e.g. last year's part-4 plans.
struct ReportReference
{
    qint64 id = 0;
    qint64 reportId = 0;
    QString kind;   ///< "previous-plans"
    QString title;
    QString body;   ///< Markdown
};

class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db) : m_db(db) {}

    qint64 insert(qint64 reportId, const QString &kind, const QString &title, const QString &body);
    QList<ReportReference> forReport(qint64 reportId) const;

private:
    Database &m_db;
};

} // namespace fazhi
