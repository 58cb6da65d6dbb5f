// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommands.h"

#include "ReportSession.h"
#include "util/Failure.h"

#include <QCoreApplication>

namespace fazhi {

namespace {
constexpr int kMergeWindowMs = 1500;
} // namespace

void SessionCommand::redo()
{
    if (m_pushed) {
        apply(); // through ReportSession::redo(), which catches
        return;
    }
    m_pushed = true;
    try {
        apply();
    } catch (const Failure &f) {
        setObsolete(true); // QUndoStack::push deletes an obsolete command instead of adding it
        m_session->reportFailure(f, "edit");
    } catch (const std::exception &e) {
        setObsolete(true);
        m_session->reportFailure(Failure(QCoreApplication::translate("EditCommands", "The change could not be made."),
                                         Failure::Kind::Operation, QString::fromLocal8Bit(e.what())),
                                 "edit");
    }
}

void SessionCommand::undo() { revert(); }

EditBodyCommand::EditBodyCommand(ReportSession *session, qint64 sectionId, QString before, QString after,
                                 const QString &label)
    : SessionCommand(session), m_id(sectionId), m_before(std::move(before)), m_after(std::move(after)),
      m_labelled(!label.isEmpty())
{
    setText(m_labelled ? label : QCoreApplication::translate("EditCommands", "Typing"));
    m_lastEdit.start();
}

void EditBodyCommand::revert() { m_session->setSectionBody(m_id, m_before); }
void EditBodyCommand::apply() { m_session->setSectionBody(m_id, m_after); }

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
    : SessionCommand(session), m_id(sectionId), m_newHeading(std::move(heading)), m_newRunIn(runIn)
{
    const Section *s = session->section(sectionId);
    m_oldHeading = s ? s->heading : QString();
    m_oldRunIn = s ? s->runIn : false;
    setText(QCoreApplication::translate("EditCommands", "Edit heading"));
}

void EditHeadingCommand::revert() { m_session->setSectionHeading(m_id, m_oldHeading, m_oldRunIn); }
void EditHeadingCommand::apply() { m_session->setSectionHeading(m_id, m_newHeading, m_newRunIn); }

bool EditHeadingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditHeadingCommand *>(other);
    if (o->m_id != m_id || o->m_newRunIn != m_newRunIn || o->m_oldRunIn != m_newRunIn)
        return false;
    m_newHeading = o->m_newHeading;
    return true;
}

EditReportCommand::EditReportCommand(ReportSession *session, Report after, const QString &what)
    : SessionCommand(session), m_before(session->document().report), m_after(std::move(after)),
      m_fields(ReportRepository::changedFields(m_before, m_after))
{
    setText(what);
}

void EditReportCommand::put(const Report &values)
{
    Report r = m_session->document().report;
    ReportRepository::copyFields(r, values, m_fields);
    m_session->setReport(r);
}

void EditReportCommand::revert() { put(m_before); }
void EditReportCommand::apply() { put(m_after); }

bool EditReportCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditReportCommand *>(other);
    if (o->text() != text())
        return false;
    // Fields only the newer step changed: their value before is the newer step's before.
    ReportRepository::copyFields(m_before, o->m_before, o->m_fields & ~m_fields);
    m_fields |= o->m_fields;
    m_after = o->m_after;
    return true;
}

AddSubsectionCommand::AddSubsectionCommand(ReportSession *session, qint64 partId, int position, QString heading)
    : SessionCommand(session)
{
    m_section.parentId = partId;
    m_section.position = position;
    m_section.heading = std::move(heading);
    m_section.runIn = true;
    setText(QCoreApplication::translate("EditCommands", "Add subsection"));
}

void AddSubsectionCommand::apply() { m_section.id = m_session->insertSubsection(m_section); }
void AddSubsectionCommand::revert()
{
    if (const Section *s = m_session->section(m_section.id))
        m_section = *s;
    m_session->removeSubsection(m_section.id);
}

DeleteSubsectionCommand::DeleteSubsectionCommand(ReportSession *session, qint64 sectionId) : SessionCommand(session)
{
    if (const Section *s = session->section(sectionId))
        m_section = *s;
    setText(QCoreApplication::translate("EditCommands", "Delete subsection"));
}

void DeleteSubsectionCommand::apply()
{
    if (const Section *s = m_session->section(m_section.id))
        m_section = *s;
    m_session->removeSubsection(m_section.id);
}

void DeleteSubsectionCommand::revert() { m_session->insertSubsection(m_section); }

MoveSubsectionCommand::MoveSubsectionCommand(ReportSession *session, qint64 sectionId, qint64 newParentId,
                                             int newPosition)
    : SessionCommand(session), m_id(sectionId), m_newParent(newParentId), m_newPosition(newPosition)
{
    const Section *s = session->section(sectionId);
    m_oldParent = s ? s->parentId : 0;
    m_oldPosition = s ? s->position : 0;
    setText(QCoreApplication::translate("EditCommands", "Move subsection"));
}

void MoveSubsectionCommand::apply() { m_session->moveSubsection(m_id, m_newParent, m_newPosition); }
void MoveSubsectionCommand::revert() { m_session->moveSubsection(m_id, m_oldParent, m_oldPosition); }

SetMetricCommand::SetMetricCommand(ReportSession *session, const QString &key, std::optional<MetricValue> after)
    : SessionCommand(session), m_key(key), m_after(std::move(after))
{
    if (const MetricValue *v = session->document().metric(key))
        m_before = *v;
    if (m_before && m_after)
        m_fields = MetricRepository::changedFields(*m_before, *m_after);
    setText(QCoreApplication::translate("EditCommands", "Set metric"));
}

void SetMetricCommand::put(const std::optional<MetricValue> &value)
{
    if (!value) {
        m_session->removeMetric(m_key);
        return;
    }
    const MetricValue *current = m_session->document().metric(m_key);
    if (!current || !m_before || !m_after) {
        m_session->setMetric(*value);
        return;
    }
    MetricValue v = *current;
    MetricRepository::copyFields(v, *value, m_fields);
    m_session->setMetric(v);
}

void SetMetricCommand::apply() { put(m_after); }
void SetMetricCommand::revert() { put(m_before); }

EditProblemCommand::EditProblemCommand(ReportSession *session, Problem after)
    : SessionCommand(session), m_after(std::move(after))
{
    for (const Problem &p : session->document().problems)
        if (p.id == m_after.id)
            m_before = p;
    m_fields = ProblemRepository::changedFields(m_before, m_after);
    setText(QCoreApplication::translate("EditCommands", "Edit problem"));
}

void EditProblemCommand::put(const Problem &values)
{
    for (const Problem &p : m_session->document().problems) {
        if (p.id != values.id)
            continue;
        Problem changed = p;
        ProblemRepository::copyFields(changed, values, m_fields);
        m_session->setProblem(changed);
        return;
    }
}

void EditProblemCommand::apply() { put(m_after); }
void EditProblemCommand::revert() { put(m_before); }

AddRemoveProblemCommand::AddRemoveProblemCommand(ReportSession *session, Problem problem, bool remove)
    : SessionCommand(session), m_problem(std::move(problem)), m_remove(remove)
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

void AddRemoveProblemCommand::apply() { m_remove ? drop() : add(); }
void AddRemoveProblemCommand::revert() { m_remove ? add() : drop(); }

} // namespace fazhi
