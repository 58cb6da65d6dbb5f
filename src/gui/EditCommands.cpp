// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommands.h"

#include "ReportSession.h"

#include <QCoreApplication>

namespace fazhi {

namespace {
constexpr int kMergeWindowMs = 1500;
} // namespace

EditBodyCommand::EditBodyCommand(ReportSession *session, qint64 sectionId, QString before, QString after,
                                 const QString &label)
    : m_session(session), m_id(sectionId), m_before(std::move(before)), m_after(std::move(after)),
      m_labelled(!label.isEmpty())
{
    setText(m_labelled ? label : QCoreApplication::translate("EditCommands", "Typing"));
    m_lastEdit.start();
}

void EditBodyCommand::undo() { m_session->setSectionBody(m_id, m_before); }
void EditBodyCommand::redo() { m_session->setSectionBody(m_id, m_after); }

bool EditBodyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditBodyCommand *>(other);
    if (o->m_id != m_id || m_lastEdit.elapsed() > kMergeWindowMs)
        return false;
    m_after = o->m_after;
    m_lastEdit.start();
    return true;
}

EditHeadingCommand::EditHeadingCommand(ReportSession *session, qint64 sectionId, QString heading, bool runIn)
    : m_session(session), m_id(sectionId), m_newHeading(std::move(heading)), m_newRunIn(runIn)
{
    const Section *s = session->section(sectionId);
    m_oldHeading = s ? s->heading : QString();
    m_oldRunIn = s ? s->runIn : false;
    setText(QCoreApplication::translate("EditCommands", "Edit heading"));
}

void EditHeadingCommand::undo() { m_session->setSectionHeading(m_id, m_oldHeading, m_oldRunIn); }
void EditHeadingCommand::redo() { m_session->setSectionHeading(m_id, m_newHeading, m_newRunIn); }

bool EditHeadingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditHeadingCommand *>(other);
    if (o->m_id != m_id || o->m_newRunIn != m_newRunIn || o->m_oldRunIn != m_newRunIn)
        return false;
    m_newHeading = o->m_newHeading;
    return true;
}

EditReportCommand::EditReportCommand(ReportSession *session, Report after, const QString &what)
    : m_session(session), m_before(session->document().report), m_after(std::move(after))
{
    setText(what);
}

void EditReportCommand::undo() { m_session->setReport(m_before); }
void EditReportCommand::redo() { m_session->setReport(m_after); }

bool EditReportCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditReportCommand *>(other);
    if (o->text() != text())
        return false;
    m_after = o->m_after;
    return true;
}

AddSubsectionCommand::AddSubsectionCommand(ReportSession *session, qint64 partId, int position, QString heading)
    : m_session(session)
{
    m_section.parentId = partId;
    m_section.position = position;
    m_section.heading = std::move(heading);
    m_section.runIn = true;
    setText(QCoreApplication::translate("EditCommands", "Add subsection"));
}

void AddSubsectionCommand::redo() { m_section.id = m_session->insertSubsection(m_section); }
void AddSubsectionCommand::undo()
{
    if (const Section *s = m_session->section(m_section.id))
        m_section = *s;
    m_session->removeSubsection(m_section.id);
}

DeleteSubsectionCommand::DeleteSubsectionCommand(ReportSession *session, qint64 sectionId) : m_session(session)
{
    if (const Section *s = session->section(sectionId))
        m_section = *s;
    setText(QCoreApplication::translate("EditCommands", "Delete subsection"));
}

void DeleteSubsectionCommand::redo()
{
    if (const Section *s = m_session->section(m_section.id))
        m_section = *s;
    m_session->removeSubsection(m_section.id);
}

void DeleteSubsectionCommand::undo() { m_session->insertSubsection(m_section); }

MoveSubsectionCommand::MoveSubsectionCommand(ReportSession *session, qint64 sectionId, qint64 newParentId,
                                             int newPosition)
    : m_session(session), m_id(sectionId), m_newParent(newParentId), m_newPosition(newPosition)
{
    const Section *s = session->section(sectionId);
    m_oldParent = s ? s->parentId : 0;
    m_oldPosition = s ? s->position : 0;
    setText(QCoreApplication::translate("EditCommands", "Move subsection"));
}

void MoveSubsectionCommand::redo() { m_session->moveSubsection(m_id, m_newParent, m_newPosition); }
void MoveSubsectionCommand::undo() { m_session->moveSubsection(m_id, m_oldParent, m_oldPosition); }

SetMetricCommand::SetMetricCommand(ReportSession *session, const QString &key, std::optional<MetricValue> after)
    : m_session(session), m_key(key), m_after(std::move(after))
{
    if (const MetricValue *v = session->document().metric(key))
        m_before = *v;
    setText(QCoreApplication::translate("EditCommands", "Set metric"));
}

void SetMetricCommand::apply(const std::optional<MetricValue> &value)
{
    if (value)
        m_session->setMetric(*value);
    else
        m_session->removeMetric(m_key);
}

void SetMetricCommand::redo() { apply(m_after); }
void SetMetricCommand::undo() { apply(m_before); }

EditProblemCommand::EditProblemCommand(ReportSession *session, Problem after)
    : m_session(session), m_after(std::move(after))
{
    for (const Problem &p : session->document().problems)
        if (p.id == m_after.id)
            m_before = p;
    setText(QCoreApplication::translate("EditCommands", "Edit problem"));
}

void EditProblemCommand::redo() { m_session->setProblem(m_after); }
void EditProblemCommand::undo() { m_session->setProblem(m_before); }

AddRemoveProblemCommand::AddRemoveProblemCommand(ReportSession *session, Problem problem, bool remove)
    : m_session(session), m_problem(std::move(problem)), m_remove(remove)
{
    setText(remove ? QCoreApplication::translate("EditCommands", "Delete problem") : QCoreApplication::translate("EditCommands", "Add problem"));
}

void AddRemoveProblemCommand::add() { m_problem.id = m_session->insertProblem(m_problem); }

void AddRemoveProblemCommand::drop()
{
    for (const Problem &p : m_session->document().problems)
        if (p.id == m_problem.id)
            m_problem = p;
    m_session->removeProblem(m_problem.id);
}

void AddRemoveProblemCommand::redo() { m_remove ? drop() : add(); }
void AddRemoveProblemCommand::undo() { m_remove ? add() : drop(); }

} // namespace fazhi
