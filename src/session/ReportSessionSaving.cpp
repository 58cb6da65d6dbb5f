// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSession: saving (the debounced autosave, what a save leaves as the base) and the two journals
// (the crash journal in the database, the local journal while a server is away).
#include "ReportSession.h"
#include "SessionLogging.h"

#include "AutosaveWriter.h"
#include "DocumentLists.h"
#include "LocalJournal.h"
#include "storage/Database.h"
#include "util/Failure.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

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
    // conflict) now rather than overwritten. On a server, text of sections alone needs no look (a round trip
    // on this thread at every save): its compare-and-set refuses a save over another desk's, and the session
    // then reads, merges and saves again.
    const bool sectionTextOnly = !m_dirtyReport && m_dirtyMetrics.isEmpty() && m_dirtyProblems.isEmpty();
    if (!m_closing && !(sectionTextOnly && m_db.engine() == Engine::Postgres))
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
            // The writer saw the report as this session last knew it: what changed since is this save alone,
            // and it need not be read back.
            const SaveOutcome &outcome = *b->outcome;
            if (outcome.before && outcome.after && outcome.before == m_stamp)
                m_stamp = outcome.after;
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
                m_rereadWanted = true;
                checkOutsideChanges();
                m_autosave.start(m_autosaveDelayMs);
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

} // namespace fazhi
