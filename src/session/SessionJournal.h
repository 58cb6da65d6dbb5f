// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SectionSaveRepository.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace fazhi {

class Database;

/// A small record in the settings table of what the workspace is doing: which report is open, when it
/// was last written, and whether the program is running. After an unclean exit it says what to recover.
class SessionJournal
{
public:
    explicit SessionJournal(Database &db) : m_db(db) {}

    struct Recovery
    {
        qint64 reportId = 0;
        QDateTime savedAt;
        QStringList editedHeadings;
    };

    /// Set when the previous run ended without closing the window (crash, kill, power loss).
    std::optional<Recovery> pendingRecovery() const;
    void markRunning();
    void markCleanExit();
    void noteOpened(qint64 reportId);
    /// Written inside the autosave transaction.
    void noteSaved(qint64 reportId, const QStringList &editedHeadings);
    /// What noteSaved writes, for a save that writes it in its own statement (on a server,
    /// SectionSaveRepository::saveSections): the keys' prefix (the keys are it and "report", "saved_at",
    /// "edited") and the values.
    SectionSaveRepository::JournalNote savedNote(const QStringList &editedHeadings) const;
    /// The report that was open when the program last ran, 0 if none.
    qint64 lastReport() const;

private:
    QString key(const QString &name) const;
    QString keyPrefix() const;
    Database &m_db;
};

} // namespace fazhi
