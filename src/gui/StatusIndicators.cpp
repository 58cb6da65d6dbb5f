// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIndicators.h"

#include "ReportSession.h"
#include "TextStats.h"

#include <QLabel>
#include <QStatusBar>

namespace fazhi {

StatusIndicators::StatusIndicators(QStatusBar *bar, QObject *parent) : QObject(parent)
{
    m_section = new QLabel(bar);
    m_report = new QLabel(bar);
    m_save = new QLabel(bar);
    m_checklist = new QLabel(bar);
    for (QLabel *l : {m_section, m_report, m_save, m_checklist}) {
        l->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(l);
    }
    m_recount.setSingleShot(true);
    m_recount.setInterval(120);
    connect(&m_recount, &QTimer::timeout, this, &StatusIndicators::recount);
    setSession(nullptr);
}

void StatusIndicators::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_sectionId = 0;
    if (session) {
        connect(session, &ReportSession::changed, &m_recount, qOverload<>(&QTimer::start));
        connect(session, &ReportSession::saveStateChanged, this, &StatusIndicators::showSaveState);
    }
    recount();
    showSaveState();
    m_checklist->clear();
}

void StatusIndicators::setCurrentSection(qint64 sectionId)
{
    m_sectionId = sectionId;
    recount();
}

void StatusIndicators::recount()
{
    m_sectionCount = m_reportCount = 0;
    if (m_session) {
        const ReportDocument &doc = m_session->document();
        m_reportCount = TextStats::wordCount(doc.report.title) + TextStats::wordCount(doc.report.opening);
        for (const Section &s : doc.sections) {
            const int n = TextStats::wordCount(s.heading) + TextStats::wordCount(s.body);
            m_reportCount += n;
            if (s.id == m_sectionId)
                m_sectionCount = n;
        }
    }
    m_section->setText(m_sectionId > 0 ? tr("Section: %1 characters").arg(m_sectionCount) : QString());
    m_report->setText(m_session ? tr("Report: %1 characters").arg(m_reportCount) : QString());
}

QString StatusIndicators::saveText() const { return m_save->text(); }
QString StatusIndicators::checklistText() const { return m_checklist->text(); }

void StatusIndicators::showSaveState()
{
    if (!m_session) {
        m_save->clear();
        return;
    }
    if (m_session->hasUnsavedChanges())
        m_save->setText(tr("Saving…"));
    else
        m_save->setText(tr("All changes saved %1").arg(m_session->lastSaved().toString(QStringLiteral("HH:mm:ss"))));
}

void StatusIndicators::setChecklist(int errors, int warnings, int infos)
{
    m_checklist->setText(tr("Checklist: %1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(infos));
    m_checklist->setStyleSheet(errors ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

} // namespace fazhi
