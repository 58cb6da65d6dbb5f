// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSession.h"

#include "AutosaveWriter.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "text/Numbering.h"
#include "util/Failure.h"

#include <QUndoStack>

namespace fazhi {

ReportSession::ReportSession(Database &db, qint64 reportId, QObject *parent)
    : QObject(parent), m_db(db), m_doc(DocumentStore(db).load(reportId)), m_undo(new QUndoStack(this))
{
    m_references = ReferenceRepository(db).forReport(reportId);
    m_lastSaved = m_doc.report.updatedAt;
    m_writer = new AutosaveWriter(db.path(), this);
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &ReportSession::startSave);
}

ReportSession::~ReportSession()
{
    try {
        flush();
    } catch (...) {
    }
}

int ReportSession::indexOf(qint64 id) const
{
    for (int i = 0; i < m_doc.sections.size(); ++i)
        if (m_doc.sections.at(i).id == id)
            return i;
    return -1;
}

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

void ReportSession::touched()
{
    ++m_revision;
    if (!m_autosave.isActive()) {
        m_firstPending.start();
        m_autosave.start(kAutosaveDelayMs);
    } else {
        // Debounce, but never let continuous typing postpone the write by more than about a second.
        const qint64 waited = m_firstPending.elapsed();
        m_autosave.start(int(qBound(qint64(0), qint64(kAutosaveMaxDelayMs) - waited, qint64(kAutosaveDelayMs))));
    }
    emit saveStateChanged();
    emit changed();
}

void ReportSession::setSectionBody(qint64 id, const QString &body)
{
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
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_doc.sections[i].heading = heading;
    m_doc.sections[i].runIn = runIn;
    m_dirtySections.insert(id);
    m_edited.insert(id);
    emit sectionHeadingChanged(id);
    touched();
}

void ReportSession::setReport(const Report &report)
{
    m_doc.report = report;
    m_dirtyReport = true;
    emit reportFieldsChanged();
    touched();
}

void ReportSession::siblingsChanged(qint64 parentId)
{
    // Positions of the siblings, in the order they now have, go to the database at once.
    QList<qint64> ids;
    for (const Section &s : std::as_const(m_doc.sections))
        if (s.parentId == parentId)
            ids << s.id;
    SectionRepository(m_db).reorder(ids);
}

void ReportSession::renumber(qint64 parentId)
{
    int position = 0;
    for (Section &s : m_doc.sections)
        if (s.parentId == parentId)
            s.position = position++;
}

qint64 ReportSession::insertSubsection(Section s)
{
    const int parentIndex = indexOf(s.parentId);
    if (parentIndex < 0)
        throw Failure(tr("The part for the new subsection no longer exists."));
    int at = parentIndex + 1;
    int seen = 0;
    while (at < m_doc.sections.size() && m_doc.sections.at(at).parentId == s.parentId && seen < s.position) {
        ++at;
        ++seen;
    }
    s.reportId = m_doc.report.id;
    s.part = 0;
    {
        Transaction tx(m_db);
        if (s.id > 0)
            SectionRepository(m_db).restore(s);
        else
            s.id = SectionRepository(m_db).insert(s);
        m_doc.sections.insert(at, s);
        renumber(s.parentId);
        siblingsChanged(s.parentId);
        tx.commit();
    }
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
    const qint64 parentId = m_doc.sections.at(i).parentId;
    {
        Transaction tx(m_db);
        SectionRepository(m_db).remove(id);
        m_doc.sections.removeAt(i);
        renumber(parentId);
        siblingsChanged(parentId);
        tx.commit();
    }
    m_dirtyBodies.remove(id);
    m_dirtySections.remove(id);
    m_edited.remove(id);
    emit structureChanged();
    touched();
}

void ReportSession::moveSubsection(qint64 id, qint64 newParentId, int newPosition)
{
    const int i = indexOf(id);
    if (i < 0 || m_doc.sections.at(i).isPart() || indexOf(newParentId) < 0)
        return;
    Section s = m_doc.sections.takeAt(i);
    const qint64 oldParent = s.parentId;
    s.parentId = newParentId;
    int at = indexOf(newParentId) + 1;
    int seen = 0;
    while (at < m_doc.sections.size() && m_doc.sections.at(at).parentId == newParentId && seen < newPosition) {
        ++at;
        ++seen;
    }
    m_doc.sections.insert(at, s);
    renumber(oldParent);
    renumber(newParentId);
    {
        Transaction tx(m_db);
        if (oldParent != newParentId)
            SectionRepository(m_db).update(*section(id));
        siblingsChanged(newParentId);
        if (oldParent != newParentId)
            siblingsChanged(oldParent);
        tx.commit();
    }
    emit structureChanged();
    touched();
}

void ReportSession::setMetric(const MetricValue &value)
{
    MetricValue v = value;
    v.reportId = m_doc.report.id;
    bool found = false;
    for (MetricValue &m : m_doc.metrics) {
        if (m.key == v.key) {
            m = v;
            found = true;
        }
    }
    if (!found)
        m_doc.metrics << v;
    m_dirtyMetrics.insert(v.key);
    emit metricsChanged();
    touched();
}

void ReportSession::removeMetric(const QString &key)
{
    m_doc.metrics.removeIf([&](const MetricValue &m) { return m.key == key; });
    m_dirtyMetrics.insert(key);
    emit metricsChanged();
    touched();
}

void ReportSession::setProblem(const Problem &problem)
{
    for (Problem &p : m_doc.problems) {
        if (p.id == problem.id) {
            p = problem;
            m_dirtyProblems.insert(p.id);
            emit problemsChanged();
            touched();
            return;
        }
    }
}

qint64 ReportSession::insertProblem(Problem problem)
{
    problem.reportId = m_doc.report.id;
    if (problem.position <= 0 || problem.position > m_doc.problems.size())
        problem.position = int(m_doc.problems.size());
    if (problem.id > 0)
        ProblemRepository(m_db).restore(problem);
    else
        problem.id = ProblemRepository(m_db).insert(problem);
    m_doc.problems.insert(qMin<qsizetype>(problem.position, m_doc.problems.size()), problem);
    emit problemsChanged();
    touched();
    return problem.id;
}

void ReportSession::removeProblem(qint64 id)
{
    ProblemRepository(m_db).remove(id);
    m_doc.problems.removeIf([&](const Problem &p) { return p.id == id; });
    m_dirtyProblems.remove(id);
    emit problemsChanged();
    touched();
}

bool ReportSession::hasUnsavedChanges() const
{
    return m_inFlight > 0 || m_dirtyReport || !m_dirtyBodies.isEmpty() || !m_dirtySections.isEmpty()
           || !m_dirtyMetrics.isEmpty() || !m_dirtyProblems.isEmpty();
}

QStringList ReportSession::editedHeadings() const
{
    QStringList headings;
    for (const Section &s : m_doc.sections)
        if (m_edited.contains(s.id))
            headings << numberLabel(s.id) + s.heading;
    return headings;
}

void ReportSession::flush()
{
    startSave();
    m_writer->waitIdle();
}

void ReportSession::startSave()
{
    m_autosave.stop();
    SaveBatch b;
    b.reportId = m_doc.report.id;
    for (qint64 id : std::as_const(m_dirtySections))
        if (const Section *s = section(id))
            b.sections << *s;
    for (qint64 id : std::as_const(m_dirtyBodies))
        if (!m_dirtySections.contains(id))
            if (const Section *s = section(id))
                b.bodies.append({id, s->body});
    if (m_dirtyReport)
        b.report = m_doc.report;
    for (const QString &key : std::as_const(m_dirtyMetrics)) {
        if (const MetricValue *v = m_doc.metric(key))
            b.metrics << *v;
        else
            b.removedMetrics << key;
    }
    for (const Problem &p : std::as_const(m_doc.problems))
        if (m_dirtyProblems.contains(p.id))
            b.problems << p;
    if (b.sections.isEmpty() && b.bodies.isEmpty() && !b.report && b.metrics.isEmpty() && b.removedMetrics.isEmpty()
        && b.problems.isEmpty())
        return;
    b.editedHeadings = editedHeadings();
    const QSet<qint64> bodies = m_dirtyBodies, sections = m_dirtySections, problems = m_dirtyProblems;
    const QSet<QString> metrics = m_dirtyMetrics;
    const bool report = m_dirtyReport;
    m_dirtyBodies.clear();
    m_dirtySections.clear();
    m_dirtyMetrics.clear();
    m_dirtyProblems.clear();
    m_dirtyReport = false;
    ++m_inFlight;
    m_writer->submit(std::move(b), [this, bodies, sections, problems, metrics, report](bool ok, const QString &error,
                                                                                       qint64 ms) {
        --m_inFlight;
        if (ok) {
            m_lastSaved = QDateTime::currentDateTime();
            m_lastSaveMs = ms;
        } else {
            // Keep the changes pending and try again shortly.
            m_dirtyBodies.unite(bodies);
            m_dirtySections.unite(sections);
            m_dirtyProblems.unite(problems);
            m_dirtyMetrics.unite(metrics);
            m_dirtyReport = m_dirtyReport || report;
            emit saveFailed(error);
            m_autosave.start(2000);
        }
        emit saveStateChanged();
    });
    emit saveStateChanged();
}

} // namespace fazhi
