// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/ReferenceRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class QUndoStack;

namespace fazhi {

class AutosaveWriter;
class Database;

/// One open report: the document as the clerk sees it, its undo history, and the autosave that writes
/// every change to the database shortly after it is made (debounced, one transaction per write, never
/// more than about a second behind). The mutators are what undo commands call; widgets push commands.
class ReportSession : public QObject
{
    Q_OBJECT

public:
    ReportSession(Database &db, qint64 reportId, QObject *parent = nullptr); ///< throws Failure
    ~ReportSession() override;

    Database &database() const { return m_db; }
    qint64 reportId() const { return m_doc.report.id; }
    const ReportDocument &document() const { return m_doc; }
    const QList<ReportReference> &references() const { return m_references; }
    QUndoStack *undoStack() const { return m_undo; }
    const Section *section(qint64 id) const;
    /// 1-based index of the part among the parts, or of the subsection among its siblings.
    int numberIndex(qint64 sectionId) const;
    /// The number printed before the heading: "一、", "（二）".
    QString numberLabel(qint64 sectionId) const;

    // Mutators (called by undo commands).
    void setSectionBody(qint64 id, const QString &body);
    void setSectionHeading(qint64 id, const QString &heading, bool runIn);
    void setReport(const Report &report);
    /// Inserts subsection `s` under s.parentId at s.position; keeps s.id when non-zero (undo of a deletion).
    qint64 insertSubsection(Section s);
    void removeSubsection(qint64 id);
    void moveSubsection(qint64 id, qint64 newParentId, int newPosition);
    void setMetric(const MetricValue &value);
    void removeMetric(const QString &key);
    void setProblem(const Problem &problem);
    qint64 insertProblem(Problem problem);
    void removeProblem(qint64 id);

    /// Writes pending changes now and waits until they are in the database.
    void flush();
    /// Hands pending changes to the autosave thread (what the debounce timer does).
    void startSave();
    bool hasUnsavedChanges() const;
    QDateTime lastSaved() const { return m_lastSaved; }
    /// Milliseconds the last write took on the autosave thread.
    qint64 lastSaveMs() const { return m_lastSaveMs; }
    /// Increases with every change, so that background work can tell whether its result is current.
    quint64 revision() const { return m_revision; }
    /// Headings of the sections edited since the report was opened (for the recovery message).
    QStringList editedHeadings() const;

    static constexpr int kAutosaveDelayMs = 400;
    static constexpr int kAutosaveMaxDelayMs = 900;

signals:
    void sectionTextChanged(qint64 id);
    void sectionHeadingChanged(qint64 id);
    void structureChanged();
    void reportFieldsChanged();
    void metricsChanged();
    void problemsChanged();
    void changed();
    void saveStateChanged();
    void saveFailed(const QString &message);

private:
    int indexOf(qint64 id) const;
    void renumber(qint64 parentId);
    void touched();
    void siblingsChanged(qint64 parentId);

    Database &m_db;
    ReportDocument m_doc;
    QList<ReportReference> m_references;
    QUndoStack *m_undo = nullptr;
    AutosaveWriter *m_writer = nullptr;
    int m_inFlight = 0;
    QTimer m_autosave;
    QElapsedTimer m_firstPending;
    QSet<qint64> m_dirtyBodies;
    QSet<qint64> m_dirtySections;
    QSet<QString> m_dirtyMetrics;
    QSet<qint64> m_dirtyProblems;
    QSet<qint64> m_edited;
    bool m_dirtyReport = false;
    QDateTime m_lastSaved;
    qint64 m_lastSaveMs = 0;
    quint64 m_revision = 0;
};

} // namespace fazhi
