// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable edits of a report. Each changes the ReportSession, which writes to the database.
#pragma once

#include "model/ReportDocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <optional>

namespace fazhi {

class ReportSession;

/// Typing in a section body; consecutive typing in the same section merges into one step. An edit given a
/// `label` ("Replace", "Fix") is a step of its own under that name and never merges with typing.
class EditBodyCommand : public QUndoCommand
{
public:
    EditBodyCommand(ReportSession *session, qint64 sectionId, QString before, QString after,
                    const QString &label = QString());
    void undo() override;
    void redo() override;
    int id() const override { return m_labelled ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;
    qint64 sectionId() const { return m_id; }

private:
    ReportSession *m_session;
    qint64 m_id;
    QString m_before;
    QString m_after;
    QElapsedTimer m_lastEdit;
    bool m_labelled = false;
};

class EditHeadingCommand : public QUndoCommand
{
public:
    EditHeadingCommand(ReportSession *session, qint64 sectionId, QString heading, bool runIn);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportSession *m_session;
    qint64 m_id;
    QString m_oldHeading, m_newHeading;
    bool m_oldRunIn, m_newRunIn;
};

class EditReportCommand : public QUndoCommand
{
public:
    EditReportCommand(ReportSession *session, Report after, const QString &what);
    void undo() override;
    void redo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportSession *m_session;
    Report m_before, m_after;
};

class AddSubsectionCommand : public QUndoCommand
{
public:
    AddSubsectionCommand(ReportSession *session, qint64 partId, int position, QString heading);
    void undo() override;
    void redo() override;
    qint64 sectionId() const { return m_section.id; }

private:
    ReportSession *m_session;
    Section m_section;
};

class DeleteSubsectionCommand : public QUndoCommand
{
public:
    DeleteSubsectionCommand(ReportSession *session, qint64 sectionId);
    void undo() override;
    void redo() override;

private:
    ReportSession *m_session;
    Section m_section;
};

class MoveSubsectionCommand : public QUndoCommand
{
public:
    MoveSubsectionCommand(ReportSession *session, qint64 sectionId, qint64 newParentId, int newPosition);
    void undo() override;
    void redo() override;

private:
    ReportSession *m_session;
    qint64 m_id;
    qint64 m_oldParent, m_newParent;
    int m_oldPosition, m_newPosition;
};

/// Sets (or, with nullopt, clears) a metric value.
class SetMetricCommand : public QUndoCommand
{
public:
    SetMetricCommand(ReportSession *session, const QString &key, std::optional<MetricValue> after);
    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<MetricValue> &value);
    ReportSession *m_session;
    QString m_key;
    std::optional<MetricValue> m_before, m_after;
};

class EditProblemCommand : public QUndoCommand
{
public:
    EditProblemCommand(ReportSession *session, Problem after);
    void undo() override;
    void redo() override;

private:
    ReportSession *m_session;
    Problem m_before, m_after;
};

/// Adds a problem (with `remove`, deletes it); undo does the opposite, keeping the problem's id.
class AddRemoveProblemCommand : public QUndoCommand
{
public:
    AddRemoveProblemCommand(ReportSession *session, Problem problem, bool remove);
    void undo() override;
    void redo() override;
    qint64 problemId() const { return m_problem.id; }

private:
    void add();
    void drop();
    ReportSession *m_session;
    Problem m_problem;
    bool m_remove;
};

} // namespace fazhi
