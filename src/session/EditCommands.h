// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable edits of a report. Each changes the ReportSession, which writes to the database.
//
// A command's first redo() runs inside QUndoStack::push, which cannot report a failure: when the session
// cannot make the change (a write fails, the window is read-only) the command says why (through the
// session), marks itself obsolete so that the stack drops it, and the document stays as it was. Later
// undo() and redo() calls come through ReportSession::undo()/redo(), which catch and keep the history's
// place.
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <optional>

namespace fazhi {

class ReportSession;

/// What every command of a session shares: the first redo (inside push) never throws.
class SessionCommand : public QUndoCommand
{
public:
    explicit SessionCommand(ReportSession *session) : m_session(session) {}
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;   ///< redo: may throw Failure, changing nothing
    virtual void revert() = 0;  ///< undo: may throw Failure, changing nothing
    ReportSession *m_session;

private:
    bool m_pushed = false;
};

/// Typing in a section body; consecutive typing in the same section merges into one step. An edit given a
/// `label` ("Replace", "Fix") is a step of its own under that name and never merges with typing.
class EditBodyCommand : public SessionCommand
{
public:
    EditBodyCommand(ReportSession *session, qint64 sectionId, QString before, QString after,
                    const QString &label = QString());
    void revert() override;
    void apply() override;
    int id() const override { return m_labelled ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;
    qint64 sectionId() const { return m_id; }

private:
    qint64 m_id;
    QString m_before;
    QString m_after;
    QElapsedTimer m_lastEdit;
    bool m_labelled = false;
};

class EditHeadingCommand : public SessionCommand
{
public:
    EditHeadingCommand(ReportSession *session, qint64 sectionId, QString heading, bool runIn);
    void revert() override;
    void apply() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_id;
    QString m_oldHeading, m_newHeading;
    bool m_oldRunIn, m_newRunIn;
};

/// Changes fields of the report. Undo and redo carry only the fields this step changed, so that a field
/// another program changed meanwhile is not put back.
class EditReportCommand : public SessionCommand
{
public:
    EditReportCommand(ReportSession *session, Report after, const QString &what);
    void revert() override;
    void apply() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void put(const Report &values);
    Report m_before, m_after;
    ReportRepository::Fields m_fields;
};

class AddSubsectionCommand : public SessionCommand
{
public:
    AddSubsectionCommand(ReportSession *session, qint64 partId, int position, QString heading);
    void revert() override;
    void apply() override;
    qint64 sectionId() const { return m_section.id; }

private:
    Section m_section;
};

class DeleteSubsectionCommand : public SessionCommand
{
public:
    DeleteSubsectionCommand(ReportSession *session, qint64 sectionId);
    void revert() override;
    void apply() override;

private:
    Section m_section;
};

class MoveSubsectionCommand : public SessionCommand
{
public:
    MoveSubsectionCommand(ReportSession *session, qint64 sectionId, qint64 newParentId, int newPosition);
    void revert() override;
    void apply() override;

private:
    qint64 m_id;
    qint64 m_oldParent, m_newParent;
    int m_oldPosition, m_newPosition;
};

/// Sets (or, with nullopt, clears) a metric value.
class SetMetricCommand : public SessionCommand
{
public:
    SetMetricCommand(ReportSession *session, const QString &key, std::optional<MetricValue> after);
    void revert() override;
    void apply() override;

private:
    void put(const std::optional<MetricValue> &value);
    QString m_key;
    std::optional<MetricValue> m_before, m_after;
    MetricRepository::Fields m_fields; ///< when both sides have a value: the columns this step changes
};

/// Changes fields of a problem; like EditReportCommand, undo and redo carry only the changed fields.
class EditProblemCommand : public SessionCommand
{
public:
    EditProblemCommand(ReportSession *session, Problem after);
    void revert() override;
    void apply() override;

private:
    void put(const Problem &values);
    Problem m_before, m_after;
    ProblemRepository::Fields m_fields;
};

/// Adds a problem (with `remove`, deletes it); undo does the opposite, keeping the problem's id.
class AddRemoveProblemCommand : public SessionCommand
{
public:
    AddRemoveProblemCommand(ReportSession *session, Problem problem, bool remove);
    void revert() override;
    void apply() override;
    qint64 problemId() const { return m_problem.id; }

private:
    void add();
    void drop();
    Problem m_problem;
    bool m_remove;
};

} // namespace fazhi
