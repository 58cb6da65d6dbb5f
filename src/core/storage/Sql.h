// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the repositories share: prepare, bind, execute, and throw a Failure on error.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlError;

namespace fazhi {
class Failure;
}

namespace fazhi::sql {

/// The Failure for a driver error: a Chinese sentence chosen by SQLite's result code (disk full, read-only,
/// busy, damaged, constraint …), or `message` for a constraint the caller explains; the driver's text is
/// kept as the detail for the log.
Failure failureFor(const QSqlDatabase &db, const QSqlError &error, const QString &message = {});

/// Prepares `statement`, binds `values` positionally and executes it. Throws Failure.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
/// Like run(), but for statements whose failure means a constraint was broken by the user's data:
/// `message` (Chinese) becomes the Failure's message.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
              const QString &message);

QVariant dateValue(const QDate &date);  ///< ISO text or NULL
QDate toDate(const QVariant &value);
QVariant idValue(qint64 id);            ///< NULL for 0

} // namespace fazhi::sql
