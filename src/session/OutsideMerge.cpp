// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutsideMerge.h"

#include "DocumentLists.h"
#include "model/MetricCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

namespace {

// The messages belong to the session's window, and are translated there.
QString tr(const char *text) { return QCoreApplication::translate("fazhi::ReportSession", text); }

std::optional<MetricValue> metricOf(const ReportDocument &doc, const QString &key)
{
    if (const MetricValue *v = doc.metric(key))
        return *v;
    return std::nullopt;
}

bool sameMetric(const std::optional<MetricValue> &a, const std::optional<MetricValue> &b)
{
    if (!a || !b)
        return !a && !b;
    return !MetricRepository::changedFields(*a, *b);
}

template<typename Fields> QList<typename Fields::enum_type> bitsOf(Fields fields, unsigned last)
{
    QList<typename Fields::enum_type> bits;
    for (unsigned bit = 1; bit <= last; bit <<= 1)
        if (fields.testFlag(typename Fields::enum_type(bit)))
            bits << typename Fields::enum_type(bit);
    return bits;
}

QString reportFieldLabel(ReportRepository::Field field)
{
    using F = ReportRepository::Field;
    switch (field) {
    case F::Unit: return tr("unit");
    case F::Year: return tr("year");
    case F::Title: return tr("title");
    case F::Addressee: return tr("addressee");
    case F::Opening: return tr("opening paragraph");
    case F::Signatories: return tr("signing organs");
    case F::Template: return tr("template");
    case F::Status: return tr("status");
    case F::WrittenDate: return tr("date of writing");
    case F::PublishedDate: return tr("date of publication");
    case F::PublishedUrl: return tr("publication address");
    case F::Note: return tr("note");
    }
    return {};
}

QString metricLabel(const QString &key)
{
    const MetricDefinition *d = MetricCatalog::builtin().find(key);
    return tr("Metric %1").arg(d ? d->name : key);
}

} // namespace

OutsideMerge::Result OutsideMerge::merge(ReportDocument &mine, ReportDocument &base, const ReportDocument &stored,
                                         const std::function<QString(qint64)> &sectionName)
{
    OutsideMerge m(mine, base, stored);
    m.mergeReport();
    m.mergeSections(sectionName);
    m.mergeMetrics();
    m.mergeProblems();
    return m.m_result;
}

void OutsideMerge::conflict(const QString &what, const QString &mine, const QString &theirs)
{
    m_result.conflicts.append({what, tr("%1 — kept yours: %2; the other text: %3").arg(what, mine, theirs), theirs});
}

void OutsideMerge::mergeReport()
{
    const ReportRepository::Fields outside = ReportRepository::changedFields(m_base.report, m_stored.report);
    if (outside) {
        const ReportRepository::Fields clerk = ReportRepository::changedFields(m_base.report, m_mine.report);
        const ReportRepository::Fields adopt = outside & ~clerk;
        for (ReportRepository::Field f : bitsOf(outside & clerk, ReportRepository::kLastField)) {
            const QString mine = ReportRepository::fieldText(m_mine.report, f);
            const QString theirs = ReportRepository::fieldText(m_stored.report, f);
            if (mine == theirs)
                continue;
            conflict(tr("Report %1").arg(reportFieldLabel(f)), mine, theirs);
            m_result.reportToWrite |= f;
        }
        ReportRepository::copyFields(m_mine.report, m_stored.report, adopt);
        ReportRepository::copyFields(m_base.report, m_stored.report, outside);
        m_result.reportChanged = bool(adopt);
    }
    m_base.report.updatedAt = m_stored.report.updatedAt;
}

void OutsideMerge::mergeSections(const std::function<QString(qint64)> &sectionName)
{
    // Text of the sections both sides know. Sections added or deleted elsewhere are not merged: no other
    // program edits the structure of an open report (a second window is read-only).
    for (const Section &st : m_stored.sections) {
        const int bi = sectionIndex(m_base.sections, st.id);
        const int mi = sectionIndex(m_mine.sections, st.id);
        if (bi < 0 || mi < 0)
            continue;
        Section &base = m_base.sections[bi];
        Section &mine = m_mine.sections[mi];
        base.revision = st.revision; // the next save compares against what is stored now
        if (st.heading != base.heading || st.runIn != base.runIn) {
            const bool clerk = mine.heading != base.heading || mine.runIn != base.runIn;
            if (!clerk) {
                mine.heading = st.heading;
                mine.runIn = st.runIn;
                m_result.headingsChanged << st.id;
            } else if (mine.heading != st.heading) {
                conflict(tr("Heading of %1").arg(sectionName(st.id)), mine.heading, st.heading);
                m_result.headingsToWrite.insert(st.id);
            }
            base.heading = st.heading;
            base.runIn = st.runIn;
        }
        if (st.body != base.body) {
            if (mine.body == base.body) {
                mine.body = st.body;
                m_result.bodiesChanged << st.id;
            } else if (mine.body != st.body) {
                const QString what = tr("Text of %1").arg(sectionName(st.id));
                m_result.conflicts.append({what, tr("%1 — kept yours; the other text is in the references").arg(what),
                                           st.body, st.id});
                m_result.bodiesToWrite.insert(st.id);
            }
            base.body = st.body;
        }
    }
}

void OutsideMerge::mergeMetrics()
{
    QStringList keys;
    for (const ReportDocument *doc : std::initializer_list<const ReportDocument *>{&m_stored, &m_base, &m_mine})
        for (const MetricValue &m : doc->metrics)
            if (!keys.contains(m.key))
                keys << m.key;
    for (const QString &key : std::as_const(keys)) {
        const std::optional<MetricValue> base = metricOf(m_base, key);
        const std::optional<MetricValue> theirs = metricOf(m_stored, key);
        const std::optional<MetricValue> mine = metricOf(m_mine, key);
        if (sameMetric(base, theirs))
            continue;
        if (sameMetric(mine, base)) {
            putMetric(m_mine.metrics, theirs, key);
            m_result.metricsChanged = true;
        } else if (base && theirs && mine) {
            // Field by field: what only the other side changed is taken; what both changed keeps the clerk's.
            const MetricRepository::Fields outside = MetricRepository::changedFields(*base, *theirs);
            const MetricRepository::Fields clerk = MetricRepository::changedFields(*base, *mine);
            MetricValue merged = *mine;
            MetricRepository::copyFields(merged, *theirs, outside & ~clerk);
            for (MetricRepository::Field f : bitsOf(outside & clerk, MetricRepository::kLastField)) {
                const QString a = MetricRepository::fieldText(*mine, f), b = MetricRepository::fieldText(*theirs, f);
                if (a == b)
                    continue;
                conflict(metricLabel(key), a, b);
                m_result.metricsToWrite[key] |= f;
            }
            if (outside & ~clerk)
                m_result.metricsChanged = true;
            putMetric(m_mine.metrics, merged, key);
        } else if (!sameMetric(mine, theirs)) {
            // Added or removed on one side, changed on the other: the clerk's is kept and written whole.
            const QString what = metricLabel(key);
            const QString other = theirs ? MetricRepository::fieldText(*theirs, MetricRepository::Field::Value)
                                         : tr("(deleted)");
            m_result.conflicts.append({what, tr("%1 — kept yours; the other value: %2").arg(what, other), other});
            m_result.metricsToWrite[key] = mine ? kAllMetricFields : MetricRepository::Fields();
        }
        putMetric(m_base.metrics, theirs, key);
    }
}

void OutsideMerge::mergeProblems()
{
    for (const Problem &st : m_stored.problems) {
        Problem *base = findProblem(m_base.problems, st.id);
        Problem *mine = findProblem(m_mine.problems, st.id);
        if (!base) {
            if (!mine) { // added elsewhere: it joins the end of the list
                m_mine.problems << st;
                m_base.problems << st;
                m_result.problemsChanged = true;
            }
            continue;
        }
        if (!mine)
            continue;
        const ProblemRepository::Fields outside = ProblemRepository::changedFields(*base, st) & kProblemTextFields;
        if (!outside)
            continue;
        const ProblemRepository::Fields clerk = ProblemRepository::changedFields(*base, *mine) & kProblemTextFields;
        for (ProblemRepository::Field f : bitsOf(outside & clerk, ProblemRepository::kLastField)) {
            const QString a = ProblemRepository::fieldText(*mine, f), b = ProblemRepository::fieldText(st, f);
            if (a == b)
                continue;
            conflict(tr("Problem \"%1\"").arg(mine->text.left(20)), a, b);
            m_result.problemsToWrite[st.id] |= f;
        }
        if (outside & ~clerk) {
            ProblemRepository::copyFields(*mine, st, outside & ~clerk);
            m_result.problemsChanged = true;
        }
        ProblemRepository::copyFields(*base, st, outside);
    }
    // Deleted elsewhere: gone here too, unless the clerk has changed it; then it is written back.
    const QList<Problem> known = m_base.problems;
    for (const Problem &b : known) {
        const bool present = std::any_of(m_stored.problems.begin(), m_stored.problems.end(),
                                         [&](const Problem &st) { return st.id == b.id; });
        if (present)
            continue;
        Problem *mine = findProblem(m_mine.problems, b.id);
        if (mine && (ProblemRepository::changedFields(b, *mine) & kProblemTextFields)) {
            m_result.problemsToRestore << *mine;
            *findProblem(m_base.problems, b.id) = *mine;
            const QString what = tr("Problem \"%1\"").arg(mine->text.left(20));
            m_result.conflicts.append(
                {what, tr("Problem \"%1\" — deleted elsewhere; kept with your changes").arg(mine->text.left(20)), {}});
            continue;
        }
        m_mine.problems.removeIf([&](const Problem &p) { return p.id == b.id; });
        m_base.problems.removeIf([&](const Problem &p) { return p.id == b.id; });
        m_result.problemsChanged = true;
    }
    if (m_result.problemsChanged) {
        renumber(m_mine.problems);
        renumber(m_base.problems);
    }
}

} // namespace fazhi
