// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"

#include <QString>

#include <optional>

namespace fazhi {

/// What a session on a district's server has not yet stored, kept in a file on this computer while the
/// server cannot be reached: the clerk's text of each changed section with the text and revision it was
/// changed from, and the changed fields of the report, its metrics and problems. One file per server
/// address (which names the login) and report, in the user's data folder; written whole through QSaveFile,
/// so a kill or a power cut leaves the previous complete file. The next session on the same report reads
/// it back (ReportSession replays it) and removes it once everything is stored.
class LocalJournal
{
public:
    /// A section's heading and body as the clerk has them, and as they were stored when the clerk changed them.
    struct SectionText
    {
        qint64 id = 0;
        QString heading;
        QString body;
        bool runIn = false;
        QString baseHeading;
        QString baseBody;
        bool baseRunIn = false;
        int baseRevision = 0;
    };
    struct Entry
    {
        qint64 reportId = 0;
        QList<SectionText> sections;
        std::optional<Report> report;
        ReportRepository::Fields reportFields;
        QList<std::pair<MetricValue, MetricRepository::Fields>> metrics;
        QStringList removedMetrics;
        QList<std::pair<Problem, ProblemRepository::Fields>> problems;

        bool isEmpty() const
        {
            return sections.isEmpty() && !report && metrics.isEmpty() && removedMetrics.isEmpty() && problems.isEmpty();
        }
        /// How many characters of clerk's text the entry holds (the status bar says so).
        qsizetype characters() const;
    };

    LocalJournal(const QString &databaseAddress, qint64 reportId);

    /// The file: <data folder>/journal/<hash of address and report>.json.
    QString path() const { return m_path; }
    bool exists() const;
    /// Writes `entry` in place of the previous one (removes the file for an empty entry). Throws Failure.
    void write(const Entry &entry);
    /// The entry kept, if any and readable (a damaged file is renamed aside, never silently dropped).
    std::optional<Entry> read() const;
    void remove();

    /// The differences between what the clerk has (`mine`) and what is stored (`stored`, the session's base).
    static Entry difference(const ReportDocument &mine, const ReportDocument &stored);

private:
    QString m_address;
    qint64 m_reportId = 0;
    QString m_path;
};

} // namespace fazhi
