// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of published reports imported at once: each file in its own transaction, so one bad file
// spoils nothing, and what was recognised or refused listed per file.
#pragma once

#include "import/Importer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fazhi {

class Database;

/// What became of one file of a batch.
struct BatchImportItem
{
    QString path;
    QString file;            ///< the name inside the folder
    bool ok = false;
    QString error;           ///< why it was refused, a Chinese sentence (empty when ok)
    qint64 reportId = 0;
    qint64 unitId = 0;
    QString unit;
    bool unitCreated = false; ///< the unit was not in the database and was added
    int year = 0;
    QString title;
    int parts = 0;           ///< standard parts recognised
    int metrics = 0;
    int problems = 0;
    QStringList warnings;    ///< what the importer could not recognise with certainty

    QJsonObject toJson() const;
};

class BatchImport
{
public:
    /// The files of `folder` a batch tries, by name: every regular file except hidden ones and office
    /// lock files (~$…). The importer's own dispatch decides what each one is; what it cannot read is
    /// reported as a failure, never skipped silently. Throws Failure(Input) when `folder` is not a folder.
    static QStringList files(const QString &folder);

    /// Imports one file in one transaction (unit matched by name or created). A file the importer refuses,
    /// or whose year or unit cannot be recognised, or whose unit already has a report for the year, is a
    /// failed item and changes nothing. `dryRun` recognises without storing.
    static BatchImportItem importOne(Database &db, const QString &path, const ImportOptions &options = {},
                                     bool dryRun = false);

    /// Called after each file with its index and result; returning false stops the batch (the files
    /// done so far stay stored).
    using Progress = std::function<bool(int index, int total, const BatchImportItem &item)>;
    static QList<BatchImportItem> run(Database &db, const QStringList &paths, const ImportOptions &options = {},
                                      bool dryRun = false, const Progress &progress = {});
};

} // namespace fazhi
