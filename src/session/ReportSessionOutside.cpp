// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSession: what other programs (the command line, another desk) changed in the open report, merged
// into it, and the other text of a conflict kept under the report's references.
#include "ReportSession.h"
#include "SessionLogging.h"

#include "AutosaveWriter.h"
#include "DocumentLists.h"
#include "OutsideMerge.h"
#include "storage/DataVersion.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "util/Failure.h"

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

namespace {

const QString kOutsideChangeKind = u"outside-change"_s;

} // namespace

void ReportSession::checkOutsideChanges()
{
    if (m_inFlight > 0)
        return; // an own write is on its way; the next tick compares once it has landed
    if (m_offline)
        return; // the writer finds out when the server is back; a read here would wait for the network
    try {
        if (m_db.engine() == Engine::Sqlite) {
            // SQLite's change counter costs nothing: the report is looked at only when some connection
            // (another program, or this session's writer) has committed.
            const qint64 version = DataVersion(m_db).current();
            if (version == m_dataVersion && !m_rereadWanted)
                return;
            m_dataVersion = version;
        }
        // The report's own stamp, not the whole database's: a write to another report, or this session's
        // own save (whose stamp the writer handed back), reads nothing.
        const std::optional<ReportStamp> stamp = SectionSaveRepository(m_db).stamp(m_doc.report.id);
        if (stamp == m_stamp && !m_rereadWanted)
            return;
        m_rereadWanted = false;
        m_stamp = stamp;
        ++m_outsideReads;
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
        m_autosave.start(m_autosaveDelayMs);
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
