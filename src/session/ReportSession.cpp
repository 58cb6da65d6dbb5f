// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSession.h"

#include "AutosaveWriter.h"
#include "DocumentLists.h"
#include "LocalJournal.h"
#include "OutsideMerge.h"
#include "storage/DataVersion.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "text/Numbering.h"
#include "util/Failure.h"

#include <QLoggingCategory>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

namespace {

Q_LOGGING_CATEGORY(lcSession, "fazhi.session")

const QString kOutsideChangeKind = u"outside-change"_s;

} // namespace

ReportSession::ReportSession(Database &db, qint64 reportId, QObject *parent, Access access)
    : QObject(parent), m_db(db), m_dataVersion(DataVersion(db).current()), m_doc(DocumentStore(db).load(reportId)),
      m_undo(new QUndoStack(this))
{
    // One rule for the order of problems: the list's index is the stored position.
    renumber(m_doc.problems);
    m_base = m_doc;
    m_references = ReferenceRepository(db).forReport(reportId);
    m_lastSaved = m_doc.report.updatedAt;
    if (access == Access::ReadWrite)
        m_writer = new AutosaveWriter(db.path(), this);
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

bool ReportSession::hasUnsavedChanges() const
{
    return m_inFlight > 0 || m_dirtyReport || !m_dirtyBodies.isEmpty() || !m_dirtyHeadings.isEmpty()
           || !m_dirtyMetrics.isEmpty() || !m_dirtyProblems.isEmpty();
}

ReportSession::SaveState ReportSession::saveState() const
{
    if (m_offline)
        return SaveState::KeptLocally;
    return hasUnsavedChanges() ? SaveState::Saving : SaveState::Saved;
}

QString ReportSession::localJournalPath() const { return m_journal ? m_journal->path() : QString(); }

void ReportSession::keepLocally()
{
    if (!m_journal)
        return;
    const LocalJournal::Entry entry = LocalJournal::difference(m_doc, m_base);
    m_kept = entry.characters();
    try {
        m_journal->write(entry);
    } catch (const Failure &f) {
        qCWarning(lcSession) << "local journal:" << f.message() << f.detail();
        emit saveFailed(f.message());
    }
}

void ReportSession::replayLocalJournal()
{
    const std::optional<LocalJournal::Entry> entry = m_journal->read();
    if (!entry)
        return;
    qCInfo(lcSession) << "replaying the local journal" << m_journal->path();
    for (const LocalJournal::SectionText &t : entry->sections) {
        const int i = indexOf(t.id);
        const int bi = sectionIndex(m_base.sections, t.id);
        if (i < 0 || bi < 0) {
            // The section was deleted meanwhile: the clerk's text is kept under the report's references.
            keepOutsideText(tr("Text of a deleted section: %1").arg(t.heading), t.body);
            continue;
        }
        // The base is what the clerk started from: a save compares against its revision, so that what
        // another desk stored meanwhile is merged, never overwritten.
        Section &base = m_base.sections[bi];
        base.heading = t.baseHeading;
        base.body = t.baseBody;
        base.runIn = t.baseRunIn;
        base.revision = t.baseRevision;
        Section &mine = m_doc.sections[i];
        if (t.body != t.baseBody) {
            mine.body = t.body;
            m_dirtyBodies.insert(t.id);
        }
        if (t.heading != t.baseHeading || t.runIn != t.baseRunIn) {
            mine.heading = t.heading;
            mine.runIn = t.runIn;
            m_dirtyHeadings.insert(t.id);
        }
        m_edited.insert(t.id);
    }
    if (entry->report) {
        ReportRepository::copyFields(m_doc.report, *entry->report, entry->reportFields);
        m_dirtyReport |= entry->reportFields;
    }
    for (const auto &[value, fields] : entry->metrics) {
        if (MetricValue *m = findMetric(m_doc.metrics, value.key))
            MetricRepository::copyFields(*m, value, fields);
        else
            m_doc.metrics << value;
        m_dirtyMetrics[value.key] |= fields;
    }
    for (const QString &key : entry->removedMetrics) {
        m_doc.metrics.removeIf([&](const MetricValue &m) { return m.key == key; });
        m_dirtyMetrics[key] = {};
    }
    for (const auto &[problem, fields] : entry->problems)
        if (Problem *p = findProblem(m_doc.problems, problem.id)) {
            ProblemRepository::copyFields(*p, problem, fields);
            m_dirtyProblems[p->id] |= fields;
        }
    m_recovered = entry->characters();
    touched();
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
    if (!m_writer)
        return;
    startSave();
    m_writer->waitIdle();
}

void ReportSession::startSave()
{
    m_autosave.stop();
    if (!m_writer)
        return;
    // Look before writing: a field another program changed since the last poll is merged (or kept as a
    // conflict) now rather than overwritten.
    if (!m_closing)
        checkOutsideChanges();
    auto b = std::make_shared<SaveBatch>();
    b->reportId = m_doc.report.id;
    const auto storedRevision = [&](qint64 id) {
        const int i = sectionIndex(m_base.sections, id);
        if (i >= 0)
            b->revisions.insert(id, m_base.sections.at(i).revision);
    };
    for (qint64 id : std::as_const(m_dirtyHeadings))
        if (const Section *s = section(id)) {
            b->headings.append({id, s->heading, s->runIn});
            storedRevision(id);
        }
    for (qint64 id : std::as_const(m_dirtyBodies))
        if (const Section *s = section(id)) {
            b->bodies.append({id, s->body});
            storedRevision(id);
        }
    if (m_dirtyReport) {
        b->report = m_doc.report;
        b->reportFields = m_dirtyReport;
    }
    for (auto it = m_dirtyMetrics.cbegin(); it != m_dirtyMetrics.cend(); ++it) {
        if (const MetricValue *v = m_doc.metric(it.key()))
            b->metrics.append({*v, it.value()});
        else
            b->removedMetrics << it.key();
    }
    for (const Problem &p : std::as_const(m_doc.problems))
        if (m_dirtyProblems.contains(p.id))
            b->problems.append({p, m_dirtyProblems.value(p.id)});
    if (b->isEmpty()) {
        m_dirtyBodies.clear();
        m_dirtyHeadings.clear();
        m_dirtyMetrics.clear();
        m_dirtyProblems.clear();
        m_dirtyReport = {};
        return;
    }
    b->editedHeadings = editedHeadings();
    b->editorId = m_editorId;
    if (m_offline)
        keepLocally(); // first on this computer, then to the server (which may still be away)
    const QSet<qint64> bodies = m_dirtyBodies, headings = m_dirtyHeadings;
    const QHash<QString, MetricRepository::Fields> metrics = m_dirtyMetrics;
    const QHash<qint64, ProblemRepository::Fields> problems = m_dirtyProblems;
    const ReportRepository::Fields report = m_dirtyReport;
    m_dirtyBodies.clear();
    m_dirtyHeadings.clear();
    m_dirtyMetrics.clear();
    m_dirtyProblems.clear();
    m_dirtyReport = {};
    ++m_inFlight;
    m_writer->submit(*b, [this, b, bodies, headings, problems, metrics, report](bool ok, const QString &error,
                                                                                qint64 ms) {
        --m_inFlight;
        if (ok) {
            m_lastSaved = QDateTime::currentDateTime();
            m_lastSaveMs = ms;
            m_offline = false;
            saved(*b);
            if (m_journal && m_journal->exists())
                keepLocally(); // what the server now has leaves the journal; the file goes once all is stored
        } else {
            // Keep the changes pending and try again shortly: nothing typed is lost while the fault lasts.
            m_dirtyBodies.unite(bodies);
            m_dirtyHeadings.unite(headings);
            for (auto it = problems.cbegin(); it != problems.cend(); ++it)
                if (findProblem(m_doc.problems, it.key()))
                    m_dirtyProblems[it.key()] |= it.value();
            for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
                m_dirtyMetrics[it.key()] |= it.value();
            m_dirtyReport |= report;
            if (error == AutosaveWriter::staleMessage()) {
                // Another desk saved one of these sections: read what is stored, merge (a text both
                // changed keeps the clerk's and shows the other beside it), and save again.
                m_dataVersion = -1;
                checkOutsideChanges();
                m_autosave.start(kAutosaveDelayMs);
                emit saveStateChanged();
                return;
            }
            if (error == AutosaveWriter::unreachableMessage() && m_journal) {
                // The server is away: the text stays on this computer until it returns.
                if (!m_offline)
                    qCWarning(lcSession) << "the server cannot be reached; keeping changes in" << m_journal->path();
                m_offline = true;
                keepLocally();
            } else {
                emit saveFailed(error);
            }
            m_autosave.start(kRetryDelayMs);
        }
        emit saveStateChanged();
    });
    emit saveStateChanged();
}

void ReportSession::saved(const SaveBatch &b)
{
    // What is stored now: the base an outside change is measured against.
    // Each compare-and-set write raised the stored revision by one.
    for (const HeadingChange &h : b.headings) {
        const int i = sectionIndex(m_base.sections, h.id);
        if (i >= 0) {
            m_base.sections[i].heading = h.heading;
            m_base.sections[i].runIn = h.runIn;
            ++m_base.sections[i].revision;
        }
    }
    for (const auto &[id, body] : b.bodies) {
        const int i = sectionIndex(m_base.sections, id);
        if (i >= 0) {
            m_base.sections[i].body = body;
            ++m_base.sections[i].revision;
        }
    }
    if (b.report)
        ReportRepository::copyFields(m_base.report, *b.report, b.reportFields);
    for (const auto &[value, fields] : b.metrics) {
        if (MetricValue *m = findMetric(m_base.metrics, value.key))
            MetricRepository::copyFields(*m, value, fields);
        else
            m_base.metrics << value;
    }
    for (const QString &key : b.removedMetrics)
        putMetric(m_base.metrics, std::nullopt, key);
    for (const auto &[problem, fields] : b.problems)
        if (Problem *p = findProblem(m_base.problems, problem.id))
            ProblemRepository::copyFields(*p, problem, fields);
}

void ReportSession::checkOutsideChanges()
{
    if (m_inFlight > 0)
        return; // an own write is on its way; the next tick compares once it has landed
    if (m_offline)
        return; // the writer finds out when the server is back; a read here would wait for the network
    try {
        const qint64 version = DataVersion(m_db).current();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        reconcile(DocumentStore(m_db).load(m_doc.report.id, false));
    } catch (const Failure &f) {
        qCWarning(lcSession) << "reading outside changes failed:" << f.message() << f.detail();
    } catch (const std::exception &e) {
        qCWarning(lcSession) << "reading outside changes failed:" << e.what();
    }
}

void ReportSession::reconcile(const ReportDocument &stored)
{
    // `-> QString`: with QStringBuilder a deduced return type would be a builder of dangling temporaries.
    const OutsideMerge::Result r = OutsideMerge::merge(m_doc, m_base, stored, [this](qint64 id) -> QString {
        const Section *s = section(id);
        return numberLabel(id) + (s ? s->heading : QString());
    });
    // What the clerk changed and the other program changed too is written again, the clerk's way.
    m_dirtyReport |= r.reportToWrite;
    m_dirtyHeadings.unite(r.headingsToWrite);
    m_dirtyBodies.unite(r.bodiesToWrite);
    for (auto it = r.metricsToWrite.cbegin(); it != r.metricsToWrite.cend(); ++it)
        m_dirtyMetrics[it.key()] |= it.value();
    for (auto it = r.problemsToWrite.cbegin(); it != r.problemsToWrite.cend(); ++it)
        m_dirtyProblems[it.key()] |= it.value();
    for (const Problem &p : r.problemsToRestore) {
        if (!m_writer)
            break;
        ++m_inFlight;
        m_writer->submit(AutosaveWriter::Operation([p](Database &db) { ProblemRepository(db).restore(p); }),
                         [this](bool ok, const QString &error, qint64) {
                             --m_inFlight;
                             if (!ok)
                                 emit saveFailed(error);
                             emit saveStateChanged();
                         });
    }
    for (qint64 id : r.headingsChanged)
        emit sectionHeadingChanged(id);
    for (qint64 id : r.bodiesChanged)
        emit sectionTextChanged(id);
    if (r.reportChanged)
        emit reportFieldsChanged();
    if (r.metricsChanged)
        emit metricsChanged();
    if (r.problemsChanged)
        emit problemsChanged();
    if (r.changedAnything()) {
        ++m_revision;
        emit changed();
    }
    if (r.conflicts.isEmpty())
        return;
    QStringList lines;
    for (const OutsideMerge::Conflict &c : r.conflicts) {
        lines << c.summary;
        if (!c.theirs.isEmpty())
            keepOutsideText(c.what, c.theirs);
    }
    if (!m_autosave.isActive())
        m_autosave.start(kAutosaveDelayMs);
    emit saveStateChanged();
    const QString message = tr("Another program changed what you are editing. Your text was kept; the other "
                               "text is kept under the report's references.\n%1")
                                .arg(lines.join(u'\n'));
    // Told once the merge is complete and the current write is on its way, not from inside it.
    const QList<OutsideMerge::Conflict> conflicts = r.conflicts;
    QMetaObject::invokeMethod(
        this,
        [this, message, conflicts] {
            for (const OutsideMerge::Conflict &c : conflicts)
                if (c.sectionId > 0)
                    emit bodyConflict(c.sectionId, c.what, c.theirs);
            emit outsideConflict(message);
        },
        Qt::QueuedConnection);
}

void ReportSession::keepOutsideText(const QString &what, const QString &text)
{
    ReportReference ref;
    ref.reportId = m_doc.report.id;
    ref.kind = kOutsideChangeKind;
    ref.title = tr("Changed elsewhere: %1 (%2)").arg(what, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s));
    ref.body = text;
    qCInfo(lcSession) << "outside change kept as a reference:" << ref.title;
    if (!m_writer) {
        m_references << ref;
        return;
    }
    ++m_inFlight;
    auto id = std::make_shared<qint64>(0);
    m_writer->submit(AutosaveWriter::Operation([ref, id](Database &db) {
                         *id = ReferenceRepository(db).insert(ref.reportId, ref.kind, ref.title, ref.body);
                     }),
                     [this, ref, id](bool ok, const QString &error, qint64) {
                         --m_inFlight;
                         if (!ok) {
                             // Kept in this window's list at least, and in the log.
                             qCWarning(lcSession) << "keeping the outside text failed:" << error << ref.body;
                             m_references << ref;
                             emit saveFailed(error);
                             return;
                         }
                         ReportReference stored = ref;
                         stored.id = *id;
                         m_references << stored;
                         emit referencesChanged();
                         emit saveStateChanged();
                     });
}

} // namespace fazhi
