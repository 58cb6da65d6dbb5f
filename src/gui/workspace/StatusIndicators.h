// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace fazhi {

class ReportSession;

/// The status bar: 字数 of the section and of the report, whether everything is saved, and the checklist.
class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    StatusIndicators(QStatusBar *bar, QObject *parent = nullptr);

    void setSession(ReportSession *session);
    void setCurrentSection(qint64 sectionId);
    void setChecklist(int errors, int warnings, int infos);
    int sectionCount() const { return m_sectionCount; }
    int reportCount() const { return m_reportCount; }
    QString saveText() const;
    /// What the save label says while the server cannot be reached and `characters` wait on this computer.
    static QString keptText(qsizetype characters);
    QString checklistText() const;

private:
    /// Fixes the label's size to fit the widest of `widest` (in bold when asked), so new text never
    /// changes the status bar's layout.
    static void reserveWidth(QLabel *label, const QStringList &widest, bool bold = false);
    void recount();
    void showSaveState();

    QPointer<ReportSession> m_session;
    QLabel *m_section, *m_report, *m_save, *m_checklist;
    QTimer m_recount;
    qint64 m_sectionId = 0;
    int m_sectionCount = 0;
    int m_reportCount = 0;
};

} // namespace fazhi
