// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Section.h"

#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Parts and subsections of reports.
class SectionRepository
{
public:
    explicit SectionRepository(Database &db) : m_db(db) {}

    qint64 insert(const Section &section);
    /// Puts back a row an undone deletion removed, under its old id, so that what refers to it by id
    /// (the undo history) stays valid.
    void restore(const Section &section);
    void update(const Section &section);
    /// Writes only the body: the path taken on every (debounced) keystroke.
    void updateBody(qint64 id, const QString &body);
    /// Writes the body only while the section is still at `revision` (the one this client last read), in
    /// one compare-and-set UPDATE. Returns the new revision, or nothing when someone else saved the
    /// section meanwhile: then nothing was written.
    std::optional<int> saveBody(qint64 id, const QString &body, int revision);
    /// Writes the heading and run-in flag only while the section is still at `revision` (see saveBody).
    std::optional<int> saveHeading(qint64 id, const QString &heading, bool runIn, int revision);
    /// Writes only the heading and the run-in flag.
    void updateHeading(qint64 id, const QString &heading, bool runIn);
    /// Writes only where the section sits: its parent and its position among the siblings.
    void updatePlacement(qint64 id, qint64 parentId, int position);
    void remove(qint64 id);
    std::optional<Section> find(qint64 id) const;
    /// All sections of a report in reading order (each part followed by its subsections).
    QList<Section> forReport(qint64 reportId) const;
    /// Sets the positions of `orderedIds` (siblings) to 0, 1, 2 …
    void reorder(const QList<qint64> &orderedIds);

private:
    qint64 insertAs(const Section &section, qint64 id); ///< id 0: SQLite assigns one

    Database &m_db;
};

} // namespace fazhi
