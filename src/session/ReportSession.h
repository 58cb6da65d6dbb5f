// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionSaveRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace fazhi {

class AutosaveWriter;
class Database;
class LocalJournal;
class Failure;
struct SaveBatch;

/// One open report: the document as the clerk sees it, its undo history, and the one ordered write path
/// of everything the clerk changes. Text changes (bodies, headings, report fields, metrics, problems) are
/// written shortly after they are made (debounced, one transaction per write, never more than about a
/// second behind), column by column; structural changes (add, move, delete a subsection or a problem)
/// first hand the pending text to the writer, then run on the same writer and wait for it. Changes other
/// programs make to the report are noticed and loaded (see checkOutsideChanges).
///
/// The mutators are what undo commands call; widgets push commands. A mutator that cannot write throws
/// Failure and leaves the document as it was.
class ReportSession : public QObject
{
    Q_OBJECT

public:
    enum class Access { ReadWrite, ReadOnly };

    ReportSession(Database &db, qint64 reportId, QObject *parent = nullptr,
                  Access access = Access::ReadWrite); ///< throws Failure
    ~ReportSession() override;

    Database &database() const { return m_db; }
    qint64 reportId() const { return m_doc.report.id; }
    const ReportDocument &document() const { return m_doc; }
    const QList<ReportReference> &references() const { return m_references; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isReadOnly() const { return m_writer == nullptr; }
    const Section *section(qint64 id) const;
    /// 1-based index of the part among the parts, or of the subsection among its siblings.
    int numberIndex(qint64 sectionId) const;
    /// The number printed before the heading: "一、", "（二）".
    QString numberLabel(qint64 sectionId) const;

    /// The person whose changes these are (0: nobody chosen). Every write of the session records them as
    /// an editor of the report's current round, so that they cannot approve what they changed.
    void setEditor(qint64 personId) { m_editorId = personId; }
    qint64 editor() const { return m_editorId; }

    // Mutators (called by undo commands). Each throws Failure, changing nothing, when it cannot write.
    void setSectionBody(qint64 id, const QString &body);
    void setSectionHeading(qint64 id, const QString &heading, bool runIn);
    void setReport(const Report &report);
    /// Inserts subsection `s` under s.parentId at s.position; keeps s.id when non-zero (undo of a deletion).
    qint64 insertSubsection(Section s);
    void removeSubsection(qint64 id);
    void moveSubsection(qint64 id, qint64 newParentId, int newPosition);
    void setMetric(const MetricValue &value);
    void removeMetric(const QString &key);
    /// Changes a problem's fields; its place in the list stays.
    void setProblem(const Problem &problem);
    /// Inserts the problem at index `problem.position` (clamped to the list; the list's size appends);
    /// keeps problem.id when non-zero (undo of a deletion). The stored positions are the list's indexes.
    qint64 insertProblem(Problem problem);
    void removeProblem(qint64 id);

    /// Undo and redo of the history. A step that cannot be written is reported (editFailed) and stays
    /// where it was in the history; returns whether it was done.
    bool undo();
    bool redo();
    /// Logs `failure` and tells the window (editFailed). For the commands, whose first redo runs inside
    /// QUndoStack::push where nothing may be thrown.
    void reportFailure(const Failure &failure, const char *where);

    /// Writes pending changes now and waits until they are in the database (or failed: they stay pending).
    void flush();
    /// Hands pending changes to the autosave thread (what the debounce timer does).
    void startSave();
    bool hasUnsavedChanges() const;
    /// Where the clerk's changes are: all stored, on their way, or kept on this computer because the
    /// server cannot be reached (the status bar says which).
    enum class SaveState { Saved, Saving, KeptLocally };
    SaveState saveState() const;
    /// Characters of the clerk's text held in the local journal (KeptLocally), 0 otherwise.
    qsizetype keptCharacters() const { return m_offline ? m_kept : 0; }
    /// The local journal's file on a server (empty for a SQLite file, which needs none).
    QString localJournalPath() const;
    /// Characters of text the session found in the local journal when it opened (typed while the server
    /// was unreachable, then the program ended): put back and saved again. 0 when there was none.
    qsizetype recoveredCharacters() const { return m_recovered; }
    QDateTime lastSaved() const { return m_lastSaved; }
    /// Milliseconds the last write took on the autosave thread.
    qint64 lastSaveMs() const { return m_lastSaveMs; }
    /// Increases with every change, so that background work can tell whether its result is current.
    quint64 revision() const { return m_revision; }
    /// Headings of the sections edited since the report was opened (for the recovery message).
    QStringList editedHeadings() const;

    /// Loads what other programs (the command line, another desk) changed in the report since it was read,
    /// when the report's stamp (its revision and last write) is not the one the session last read or its own
    /// writer left: the session's own saves are not read back. A field the clerk has not changed takes the stored value;
    /// a field changed on both sides keeps the clerk's text, and the other text is kept as a reference of
    /// the report (kind "outside-change") and announced (outsideConflict). Runs every kOutsidePollMs.
    void checkOutsideChanges();
    /// How many times the report was read again for other programs' changes (tests and the bench count them).
    int outsideReads() const { return m_outsideReads; }

    /// The autosave debounce on a SQLite file: a write a moment after the last change (each write is a
    /// transaction synced to disk), never more than the maximum behind continuous typing.
    static constexpr int kAutosaveDelayMs = 400;
    static constexpr int kAutosaveMaxDelayMs = 900;
    /// On a server a save of typed text is one round trip and no disk of this computer's: shorter, so that
    /// the text is stored within about a second of typing over a slow network; typing still makes one
    /// write every few keystrokes, not one a keystroke.
    static constexpr int kServerAutosaveDelayMs = 150;
    static constexpr int kServerAutosaveMaxDelayMs = 300;
    /// The debounce this session uses (the file's or the server's).
    int autosaveDelayMs() const { return m_autosaveDelayMs; }
    int autosaveMaxDelayMs() const { return m_autosaveMaxDelayMs; }
    static constexpr int kOutsidePollMs = 1000;
    static constexpr int kRetryDelayMs = 2000;

signals:
    void sectionTextChanged(qint64 id);
    void sectionHeadingChanged(qint64 id);
    void structureChanged();
    void reportFieldsChanged();
    void metricsChanged();
    void problemsChanged();
    void referencesChanged();
    void changed();
    void saveStateChanged();
    void saveFailed(const QString &message);
    /// An edit could not be written; the document is as it was before it. `message` is for the clerk.
    void editFailed(const QString &message);
    /// The same field was changed here and by another program; `message` names it and shows both texts.
    void outsideConflict(const QString &message);
    /// A section's text that this window and another desk both changed: the clerk's text was kept, and
    /// `theirs` is offered for a side-by-side merge (told before outsideConflict).
    void bodyConflict(qint64 sectionId, const QString &what, const QString &theirs);

private:
    int indexOf(qint64 id) const;
    void touched();
    void requireWritable() const;
    /// Before a structural change: merges what other programs changed and hands the pending text to the
    /// writer, so that the change is planned on the current report and written after the text.
    void handOverPending();
    /// Runs `operation` on the writer after everything handed to it, and waits. Throws Failure.
    void writeNow(const std::function<void(Database &)> &operation);
    void saved(const SaveBatch &batch);
    void keepOutsideText(const QString &what, const QString &text);
    void reconcile(const ReportDocument &stored);
    /// Writes what is not yet stored (the document against the base) to the local journal, or removes
    /// the journal when nothing is pending.
    void keepLocally();
    /// Puts back what the local journal kept from an earlier session and marks it for saving.
    void replayLocalJournal();

    Database &m_db;
    qint64 m_dataVersion = -1; ///< read before the report, so that no change slips between the two
    /// The report's stamp as last read, or as this session's own writer left it (read before the report).
    std::optional<ReportStamp> m_stamp;
    /// Read the report at the next check whatever the stamp says (a save was refused as stale).
    bool m_rereadWanted = false;
    int m_outsideReads = 0;
    int m_autosaveDelayMs = kAutosaveDelayMs;
    int m_autosaveMaxDelayMs = kAutosaveMaxDelayMs;
    ReportDocument m_doc;
    /// The report as last read from or written to the database: what an outside change is measured against.
    ReportDocument m_base;
    QList<ReportReference> m_references;
    QUndoStack *m_undo = nullptr;
    AutosaveWriter *m_writer = nullptr;
    int m_inFlight = 0;
    QTimer m_autosave;
    QTimer m_watch;
    QElapsedTimer m_firstPending;
    QSet<qint64> m_dirtyBodies;
    QSet<qint64> m_dirtyHeadings;
    ReportRepository::Fields m_dirtyReport;
    QHash<QString, MetricRepository::Fields> m_dirtyMetrics; ///< a key whose metric is gone: removed
    QHash<qint64, ProblemRepository::Fields> m_dirtyProblems;
    QSet<qint64> m_edited;
    QDateTime m_lastSaved;
    qint64 m_lastSaveMs = 0;
    quint64 m_revision = 0;
    bool m_closing = false;
    /// On a server: the file that keeps pending text while the server cannot be reached.
    std::unique_ptr<LocalJournal> m_journal;
    bool m_offline = false;
    qsizetype m_kept = 0;
    qsizetype m_recovered = 0;
    qint64 m_editorId = 0;
    /// The sections' revisions as the last structural write left them (read on the writer, in its transaction).
    QHash<qint64, int> m_storedRevisions;
    void syncRevisions();
};

} // namespace fazhi
