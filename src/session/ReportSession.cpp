// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSession: opening and closing, the mutators the undo commands call, structural writes, undo and redo.
// Saving is in ReportSessionSaving.cpp, other programs' changes in ReportSessionOutside.cpp.
#include "ReportSession.h"
#include "SessionLogging.h"

#include "AutosaveWriter.h"
#include "DocumentLists.h"
#include "LocalJournal.h"
#include "storage/DataVersion.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "text/Numbering.h"
#include "util/Failure.h"

#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

Q_LOGGING_CATEGORY(lcSession, "fazhi.session")

ReportSession::ReportSession(Database &db, qint64 reportId, QObject *parent, Access access)
    : QObject(parent), m_db(db), m_dataVersion(db.engine() == Engine::Sqlite ? DataVersion(db).current() : -1),
      m_stamp(SectionSaveRepository(db).stamp(reportId)), m_doc(DocumentStore(db).load(reportId)),
      m_undo(new QUndoStack(this))
{
    // One rule for the order of problems: the list's index is the stored position.
    renumber(m_doc.problems);
    m_base = m_doc;
    m_references = ReferenceRepository(db).forReport(reportId);
    m_lastSaved = m_doc.report.updatedAt;
    if (access == Access::ReadWrite)
        m_writer = new AutosaveWriter(db.path(), this);
    if (db.engine() == Engine::Postgres) {
        m_autosaveDelayMs = kServerAutosaveDelayMs;
        m_autosaveMaxDelayMs = kServerAutosaveMaxDelayMs;
    }
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &ReportSession::startSave);
    // A SQLite file is on this computer already; a server may become unreachable while the clerk types.
    if (m_writer && db.engine() == Engine::Postgres) {
        m_journal = std::make_unique<LocalJournal>(db.path(), reportId);
        replayLocalJournal();
    }
    connect(&m_watch, &QTimer::timeout, this, &ReportSession::checkOutsideChanges);
    m_watch.start(kOutsidePollMs);
}

ReportSession::~ReportSession()
{
    m_closing = true;
    try {
        flush();
    } catch (const Failure &f) {
        qCWarning(lcSession) << "closing the report: pending changes not written:" << f.message() << f.detail();
    } catch (const std::exception &e) {
        qCWarning(lcSession) << "closing the report: pending changes not written:" << e.what();
    }
    if (hasUnsavedChanges())
        qCWarning(lcSession) << "closing report" << m_doc.report.id << "with changes that could not be written";
}

int ReportSession::indexOf(qint64 id) const { return sectionIndex(m_doc.sections, id); }

const Section *ReportSession::section(qint64 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_doc.sections.at(i);
}

int ReportSession::numberIndex(qint64 sectionId) const
{
    const Section *s = section(sectionId);
    if (!s)
        return 0;
    int n = 0;
    for (const Section &other : m_doc.sections) {
        if (other.parentId != s->parentId)
            continue;
        ++n;
        if (other.id == sectionId)
            return n;
    }
    return 0;
}

QString ReportSession::numberLabel(qint64 sectionId) const
{
    const Section *s = section(sectionId);
    if (!s)
        return {};
    return numbering::label(s->isPart() ? 1 : 2, numberIndex(sectionId));
}

void ReportSession::requireWritable() const
{
    if (!m_writer)
        throw Failure(tr("This database is open in another window; this window is read-only."));
}

void ReportSession::touched()
{
    ++m_revision;
    if (!m_autosave.isActive()) {
        m_firstPending.start();
        m_autosave.start(m_autosaveDelayMs);
    } else {
        // Debounce, but never let continuous typing postpone the write by more than the maximum.
        const qint64 waited = m_firstPending.elapsed();
        m_autosave.start(int(qBound(qint64(0), qint64(m_autosaveMaxDelayMs) - waited, qint64(m_autosaveDelayMs))));
    }
    emit saveStateChanged();
    emit changed();
}

void ReportSession::setSectionBody(qint64 id, const QString &body)
{
    requireWritable();
    const int i = indexOf(id);
    if (i < 0 || m_doc.sections[i].body == body)
        return;
    m_doc.sections[i].body = body;
    m_dirtyBodies.insert(id);
    m_edited.insert(id);
    emit sectionTextChanged(id);
    touched();
}

void ReportSession::setSectionHeading(qint64 id, const QString &heading, bool runIn)
{
    requireWritable();
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_doc.sections[i].heading = heading;
    m_doc.sections[i].runIn = runIn;
    m_dirtyHeadings.insert(id);
    m_edited.insert(id);
    emit sectionHeadingChanged(id);
    touched();
}

void ReportSession::setReport(const Report &report)
{
    requireWritable();
    const ReportRepository::Fields fields = ReportRepository::changedFields(m_doc.report, report);
    ReportRepository::copyFields(m_doc.report, report, fields);
    m_dirtyReport |= fields;
    emit reportFieldsChanged();
    touched();
}

void ReportSession::handOverPending()
{
    requireWritable();
    startSave();
}

void ReportSession::writeNow(const std::function<void(Database &)> &operation)
{
    requireWritable();
    QHash<qint64, int> &revisions = m_storedRevisions;
    revisions.clear();
    m_writer->run([&, reportId = m_doc.report.id, editor = m_editorId](Database &db) {
        operation(db);
        if (editor > 0)
            ReviewRepository(db).noteEditor(reportId, editor);
        // A structural write raises the revisions of the sections it touches: the next text save must name
        // those, or it would take this session's own write for another desk's.
        for (const Section &stored : SectionRepository(db).forReport(reportId))
            revisions.insert(stored.id, stored.revision);
    });
    syncRevisions();
}

void ReportSession::syncRevisions()
{
    for (Section &base : m_base.sections)
        base.revision = m_storedRevisions.value(base.id, base.revision);
}

qint64 ReportSession::insertSubsection(Section s)
{
    handOverPending(); // first the text typed before, and what other programs changed, then this
    if (indexOf(s.parentId) < 0)
        throw Failure(tr("The part for the new subsection no longer exists."));
    s.reportId = m_doc.report.id;
    s.part = 0;
    const bool restoring = s.id > 0;
    QList<Section> planned = m_doc.sections;
    place(planned, s);
    const QList<qint64> siblings = siblingIds(planned, s.parentId);
    writeNow([&](Database &db) {
        SectionRepository repo(db);
        if (restoring)
            repo.restore(s);
        else
            s.id = repo.insert(s);
        QList<qint64> ids = siblings;
        ids.replace(ids.indexOf(restoring ? s.id : 0), s.id);
        repo.reorder(ids);
    });
    place(m_doc.sections, s);
    place(m_base.sections, s);
    syncRevisions(); // the new (or restored) section's revision as stored
    m_edited.insert(s.id);
    emit structureChanged();
    touched();
    return s.id;
}

void ReportSession::removeSubsection(qint64 id)
{
    const int i = indexOf(id);
    if (i < 0 || m_doc.sections.at(i).isPart())
        return;
    handOverPending();
    const qint64 parentId = m_doc.sections.at(i).parentId;
    QList<Section> planned = m_doc.sections;
    remove(planned, id);
    const QList<qint64> siblings = siblingIds(planned, parentId);
    writeNow([&](Database &db) {
        SectionRepository repo(db);
        repo.remove(id);
        repo.reorder(siblings);
    });
    remove(m_doc.sections, id);
    remove(m_base.sections, id);
    m_dirtyBodies.remove(id);
    m_dirtyHeadings.remove(id);
    m_edited.remove(id);
    emit structureChanged();
    touched();
}

void ReportSession::moveSubsection(qint64 id, qint64 newParentId, int newPosition)
{
    const int i = indexOf(id);
    if (i < 0 || m_doc.sections.at(i).isPart() || indexOf(newParentId) < 0)
        return;
    handOverPending();
    const qint64 oldParent = m_doc.sections.at(i).parentId;
    QList<Section> planned = m_doc.sections;
    move(planned, id, newParentId, newPosition);
    const int position = planned.at(sectionIndex(planned, id)).position;
    const QList<qint64> newSiblings = siblingIds(planned, newParentId);
    const QList<qint64> oldSiblings = siblingIds(planned, oldParent);
    writeNow([&](Database &db) {
        SectionRepository repo(db);
        repo.updatePlacement(id, newParentId, position);
        repo.reorder(newSiblings);
        if (oldParent != newParentId)
            repo.reorder(oldSiblings);
    });
    move(m_doc.sections, id, newParentId, newPosition);
    move(m_base.sections, id, newParentId, newPosition);
    emit structureChanged();
    touched();
}

void ReportSession::setMetric(const MetricValue &value)
{
    requireWritable();
    MetricValue v = value;
    v.reportId = m_doc.report.id;
    MetricRepository::Fields fields = kAllMetricFields;
    if (MetricValue *m = findMetric(m_doc.metrics, v.key)) {
        fields = MetricRepository::changedFields(*m, v);
        *m = v;
    } else {
        m_doc.metrics << v;
    }
    m_dirtyMetrics[v.key] |= fields;
    emit metricsChanged();
    touched();
}

void ReportSession::removeMetric(const QString &key)
{
    requireWritable();
    m_doc.metrics.removeIf([&](const MetricValue &m) { return m.key == key; });
    m_dirtyMetrics[key] = {};
    emit metricsChanged();
    touched();
}

void ReportSession::setProblem(const Problem &problem)
{
    requireWritable();
    Problem *p = findProblem(m_doc.problems, problem.id);
    if (!p)
        return;
    const ProblemRepository::Fields fields =
        ProblemRepository::changedFields(*p, problem) & kProblemTextFields;
    ProblemRepository::copyFields(*p, problem, fields);
    m_dirtyProblems[p->id] |= fields;
    emit problemsChanged();
    touched();
}

qint64 ReportSession::insertProblem(Problem problem)
{
    handOverPending();
    problem.reportId = m_doc.report.id;
    problem.position = int(qBound(qsizetype(0), qsizetype(problem.position), m_doc.problems.size()));
    const bool restoring = problem.id > 0;
    QList<Problem> planned = m_doc.problems;
    planned.insert(problem.position, problem);
    writeNow([&](Database &db) {
        ProblemRepository repo(db);
        if (restoring)
            repo.restore(problem);
        else
            problem.id = repo.insert(problem);
        QList<qint64> ids = problemIds(planned);
        ids.replace(problem.position, problem.id);
        repo.setPositions(ids);
    });
    for (QList<Problem> *list : {&m_doc.problems, &m_base.problems}) {
        list->insert(qMin(qsizetype(problem.position), list->size()), problem);
        renumber(*list);
    }
    emit problemsChanged();
    touched();
    return problem.id;
}

void ReportSession::removeProblem(qint64 id)
{
    if (!findProblem(m_doc.problems, id))
        return;
    handOverPending();
    if (!findProblem(m_doc.problems, id))
        return; // deleted elsewhere meanwhile
    QList<Problem> planned = m_doc.problems;
    planned.removeIf([&](const Problem &p) { return p.id == id; });
    writeNow([&](Database &db) {
        ProblemRepository repo(db);
        repo.remove(id);
        repo.setPositions(problemIds(planned));
    });
    for (QList<Problem> *list : {&m_doc.problems, &m_base.problems}) {
        list->removeIf([&](const Problem &p) { return p.id == id; });
        renumber(*list);
    }
    m_dirtyProblems.remove(id);
    emit problemsChanged();
    touched();
}

bool ReportSession::undo()
{
    try {
        m_undo->undo();
        return true;
    } catch (const Failure &f) {
        reportFailure(f, "undo");
    } catch (const std::exception &e) {
        reportFailure(Failure(tr("The change could not be saved."), Failure::Kind::Operation,
                              QString::fromLocal8Bit(e.what())), "undo");
    }
    return false;
}

bool ReportSession::redo()
{
    try {
        m_undo->redo();
        return true;
    } catch (const Failure &f) {
        reportFailure(f, "redo");
    } catch (const std::exception &e) {
        reportFailure(Failure(tr("The change could not be saved."), Failure::Kind::Operation,
                              QString::fromLocal8Bit(e.what())), "redo");
    }
    return false;
}

void ReportSession::reportFailure(const Failure &failure, const char *where)
{
    qCWarning(lcSession) << where << "failed:" << failure.message() << failure.detail();
    emit editFailed(failure.message());
}

} // namespace fazhi
