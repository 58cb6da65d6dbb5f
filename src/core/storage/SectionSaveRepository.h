// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fazhi {

class Database;

/// Where a report stands in the database: its revision (raised by every change of its content) and the
/// time of its last write (every write of its own fields sets it). Equal stamps: nobody wrote it in between.
struct ReportStamp
{
    int revision = 0;
    QString updatedAt;
    bool operator==(const ReportStamp &other) const = default;
};

/// What autosave needs beyond the single repositories: the report's stamp, by which a session tells its
/// own writes from other desks', and on a server the save of headings and bodies (what typing makes) as one
/// statement, `fazhi_save_sections` (migration 0011): the compare-and-set of each section, touching the
/// report, noting the editor and the session journal in one round trip instead of eight. It runs as the
/// caller, so the row-level security policies apply as they do to the single statements.
class SectionSaveRepository
{
public:
    explicit SectionSaveRepository(Database &db) : m_db(db) {}

    /// The report's stamp; nullopt when the report is gone (or not readable).
    std::optional<ReportStamp> stamp(qint64 reportId) const;

    /// One change of a section's text: the body when `body` is set, else the heading and run-in flag.
    /// With `revision`, written only while the section is still at it (compare-and-set).
    struct Change
    {
        qint64 id = 0;
        std::optional<int> revision;
        std::optional<QString> body;
        QString heading;
        bool runIn = false;
    };
    /// What the journal of the workspace records with the save (SessionJournal's keys and values).
    struct JournalNote
    {
        QString keyPrefix; ///< "workspace.<login>." on a server
        QString savedAt;
        QString edited;
    };
    struct Saved
    {
        QHash<qint64, int> revisions;      ///< the revision each compare-and-set left
        std::optional<ReportStamp> before; ///< the report as it was just before this save
        std::optional<ReportStamp> after;  ///< and as this save left it
    };
    /// Writes `changes` in order, touches the report, notes `editorId` (when > 0) as an editor of the round
    /// and writes `journal`, in one statement (PostgreSQL only). Nullopt, with nothing written, when a
    /// compare-and-set found another revision. Throws Failure otherwise.
    std::optional<Saved> saveSections(qint64 reportId, const QList<Change> &changes, qint64 editorId,
                                      const JournalNote &journal);

private:
    Database &m_db;
};

} // namespace fazhi
