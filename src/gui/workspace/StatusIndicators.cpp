// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIndicators.h"

#include "ReportSession.h"
#include "TextStats.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

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
    // Each label is as wide as its widest text from the start. A label whose size can change asks the
    // whole main window to lay itself out again on every new text — a stall of 10–30 ms on every
    // keystroke in a large report; a fixed-size label only repaints itself.
    reserveWidth(m_section, {tr("Section: %1 characters").arg(999999)});
    reserveWidth(m_report, {tr("Report: %1 characters").arg(9999999)});
    reserveWidth(m_save, {tr("Saving…"), tr("All changes saved %1").arg(u"00:00:00"_s), keptText(9999999)});
    reserveWidth(m_checklist, {tr("Checklist: %1 error(s), %2 warning(s), %3 note(s)").arg(999).arg(999).arg(999)},
                 true);
    m_recount.setSingleShot(true);
    m_recount.setInterval(120);
    connect(&m_recount, &QTimer::timeout, this, &StatusIndicators::recount);
    setSession(nullptr);
}

void StatusIndicators::reserveWidth(QLabel *label, const QStringList &widest, bool bold)
{
    QFont font = label->font();
    font.setBold(bold);
    const QFontMetrics metrics(font);
    int width = 0;
    for (const QString &text : widest)
        width = std::max(width, metrics.horizontalAdvance(text));
    const QMargins m = label->contentsMargins();
    label->setFixedSize(width + m.left() + m.right() + 2 * label->margin() + 4, label->sizeHint().height());
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

QString StatusIndicators::keptText(qsizetype characters)
{
    return tr("Server unreachable: %1 characters kept on this computer, sent when it returns").arg(characters);
}

QString StatusIndicators::saveText() const { return m_save->text(); }
QString StatusIndicators::checklistText() const { return m_checklist->text(); }

void StatusIndicators::showSaveState()
{
    if (!m_session) {
        m_save->clear();
        return;
    }
    if (m_session->saveState() == ReportSession::SaveState::KeptLocally)
        m_save->setText(keptText(m_session->keptCharacters()));
    else if (m_session->hasUnsavedChanges())
        m_save->setText(tr("Saving…"));
    else
        m_save->setText(tr("All changes saved %1").arg(m_session->lastSaved().toString(QStringLiteral("HH:mm:ss"))));
}

void StatusIndicators::setChecklist(int errors, int warnings, int infos)
{
    m_checklist->setText(tr("Checklist: %1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(infos));
    // Palette and font rather than a style sheet: restyling a widget is far dearer than repainting it.
    QPalette palette = m_checklist->palette();
    palette.setColor(QPalette::WindowText, errors ? QColor(0xc6, 0x28, 0x28) : QApplication::palette().color(QPalette::WindowText));
    m_checklist->setPalette(palette);
    QFont font = m_checklist->font();
    font.setBold(errors > 0);
    m_checklist->setFont(font);
}

} // namespace fazhi
